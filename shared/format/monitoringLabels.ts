/**
 * The monitoring indicators' (§3.6) names and captions, shared by the screen's monitoring tab and
 * the PDF report (see businesscaseLabels.ts for why one source).
 */
export const MONITORING_LABELS = {
  title: 'Monitoring',
  intro: 'De indicatoren per wijk over {{from}} t/m {{to}}. Het filter op wijk geldt hier ook; spoor, tafel en vastgesteld niet.',
  colIndicator: 'Indicator',
  totaal: 'Totaal',
  generalCaption: 'Aanmeldingen, besprekingen en doorlooptijden',
  aanmeldingen: 'Aanmeldingen',
  signalen: 'Signalen',
  casesDiscussed: 'Besproken casussen',
  doorbraken: 'Doorbraken',
  voorliggendVeld: 'Verwijzingen naar voorliggend veld',
  voorliggendVeldArrived: 'waarvan aangekomen (opvolging)',
  multiSpoor: 'Casussen met interventies op meer dan één spoor',
  doorbraakZonderPrio: 'Vastgelopen casussen doorbroken zonder PRIO (tafel of netwerk)',
  overdue: 'Escalaties over de termijn (nu)',
  medianDaysToPlan: 'Mediane dagen aanmelding → plan',
  medianDaysToBesluit: 'Mediane dagen indiening → besluit',
  spoorCaption: 'Interventies per spoor',
  escalationCaption: 'Escalaties per doel en uitkomst',
  targetPrefix: 'Doel: {{label}}',
  outcomePrefix: 'Uitkomst: {{label}}',
  scoreCaption: 'Verandering zelfredzaamheid per leefgebied (gemiddeld, vervolg − intake; n = aantal metingen)',
  score: '{{value}} (n = {{n}})',
  knelpuntCaption: 'Knelpunten per regel',
  colRule: 'Regel',
  noKnelpunten: 'Geen knelpunten in deze periode.',
  noData: 'Geen wijken met gegevens in deze periode; alleen het totaal staat hieronder.',
} as const;
