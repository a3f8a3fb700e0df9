/**
 * §3.8 the kalenderjaar view and the comparison with measure 19, named once for the screen, the
 * PDF, the XLSX and the CSV (as shared/format/businesscaseLabels.ts does for the other figures).
 * Plain data with i18next-style `{{name}}` placeholders.
 */
export const MEASURE19_LABELS = {
  title: 'Geboekt effect maatregel 19',
  intro:
    'De begroting boekt de besparing van maatregel 19 per kalenderjaar. Daarom wordt zij vergeleken met de kalenderjaarweergave van wat de gemeente bespaart (Wmo, Jeugd, Participatie, Schuldhulp en Gemeente overig, vóór toerekening); het cohortcijfer staat ernaast ter vergelijking.',
  caption: 'Geboekt effect maatregel 19 naast het gerealiseerde gemeentelijke cijfer, {{year}}',
  colFigure: 'Cijfer',
  colAmount: 'Bedrag',
  booked: 'Geboekt effect maatregel 19 ({{year}})',
  gemeenteKalenderjaar: 'Gerealiseerd, kalenderjaar: vermeden kosten gemeente',
  gemeenteKalenderjaarInvestering: 'Gerealiseerd, kalenderjaar: investering gemeente',
  gemeenteCohort: 'Ter vergelijking, cohort: vermeden kosten gemeente',
  gemeenteCohortInvestering: 'Ter vergelijking, cohort: investering gemeente',
  difference: 'Verschil: vermeden kosten gemeente (kalenderjaar) min geboekt effect',
  notYear: 'Het geboekte effect van maatregel 19 is per kalenderjaar; kies een jaar om het te vergelijken.',
  notConfigured: 'Voor {{year}} is geen geboekt effect ingesteld.',
  csvKalenderjaar: 'Kalenderjaarweergave',
} as const;

/** §3.8 the two views, each in one sentence (the screen's switch, the exports' context line). */
export const VIEW_LABELS = {
  label: 'Weergave',
  cohort: 'Cohort',
  kalenderjaar: 'Kalenderjaar',
  /** The switch's two choices, each the one sentence that says what the view means. */
  options: {
    cohort: 'Cohort: elke casus telt helemaal mee in de periode van zijn peildatum.',
    kalenderjaar: 'Kalenderjaar: besparingen per jaar naar rato van dagen, investeringen in hun jaar.',
  },
  cohortHint: 'Cohort: elke casus telt met zijn hele horizon mee in de periode van zijn peildatum (de eerste tafelbespreking); zo beoordeelt u casussen.',
  kalenderjaarHint:
    'Kalenderjaar: de besparingen van elke casus verdeeld over de kalenderjaren van zijn horizon, naar rato van de dagen, en de investering in het jaar waarin die viel; zo boekt de begroting.',
  /** The exports' context line (exportContext.ts): one word, so the PDF title block keeps its columns; the file's own section explains it. */
  contextCohort: 'Cohort',
  contextKalenderjaar: 'Kalenderjaar',
  title: 'Kalenderjaarweergave',
  caption: 'Kerncijfers {{year}}, kalenderjaarweergave',
  casesCaption: 'Per casus in {{year}}, kalenderjaarweergave: het deel van de horizon in de periode',
  colDays: 'Dagen in de periode',
  cohortLine: 'Cohort: {{value}}',
  chartsCohort: 'De grafieken en uitsplitsingen hieronder tonen de cohortweergave; de kalenderjaarcijfers staan in de kaarten hierboven en bij Kerncijfers.',
} as const;
