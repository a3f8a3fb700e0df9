/**
 * The Dutch names of the domain's enumerations that the screens, the XLSX and the PDF all show:
 * kept once here (plain data, no i18next), so a spoor, a financier or a state is called the same
 * in the app and in every file it exports, never by its code. renderer/src/i18n/nl.ts (and the
 * features' nl.ts) take them from here.
 */
import type { ApprovalStatus } from '../calc/weekbedrag';
import type { ActionStatus, BesluitOutcome, CalculationStatus, EscalationTarget, Leefgebied, Payer, Spoor } from '../domain/enums';

export const SPOOR_LABELS: Readonly<Record<Spoor, string>> = {
  samenredzaamheid: 'Samenredzaamheid',
  wonen: 'Wonen',
  werk_dagbesteding: 'Werk en dagbesteding',
  financiele_zekerheid: 'Financiële zekerheid',
};

export const PAYER_LABELS: Readonly<Record<Payer, string>> = {
  wmo: 'Wmo',
  jeugd: 'Jeugd',
  wlz: 'Wlz',
  zvw: 'Zvw',
  participatie: 'Participatie (W&I)',
  schuldhulp: 'Schuldhulp',
  woningcorporatie: 'Woningcorporatie',
  gemeente_overig: 'Gemeente overig',
  overig: 'Overig',
};

export const TARGET_LABELS: Readonly<Record<EscalationTarget, string>> = {
  netwerk: 'Netwerk (klankbord)',
  prio: 'PRIO',
  wijk_mt: 'Wijk-MT',
  jeugd_weekbedrag: 'Jeugd hoog-weekbedragtafel',
  overig: 'Overig',
};

export const CALCULATION_STATUS_LABELS: Readonly<Record<CalculationStatus, string>> = { concept: 'Concept', vastgesteld: 'Vastgesteld' };

export const OUTCOME_LABELS: Readonly<Record<BesluitOutcome, string>> = {
  toegekend: 'Toegekend',
  deels_toegekend: 'Deels toegekend',
  afgewezen: 'Afgewezen',
};

/** The state of an arrangement's hoog-weekbedrag approval (§3.5): its last besluit, or where the request stands. */
export const APPROVAL_LABELS: Readonly<Record<ApprovalStatus, string>> = {
  ...OUTCOME_LABELS,
  aangevraagd: 'Aangevraagd',
  geen_aanvraag: 'Geen aanvraag',
};

export const ACTION_STATUS_LABELS: Readonly<Record<ActionStatus, string>> = { open: 'Open', gedaan: 'Gedaan', vervallen: 'Vervallen' };

export const LEEFGEBIED_LABELS: Readonly<Record<Leefgebied, string>> = {
  financien: 'Financiën',
  dagbesteding: 'Dagbesteding',
  huisvesting: 'Huisvesting',
  huiselijke_relaties: 'Huiselijke relaties',
  geestelijke_gezondheid: 'Geestelijke gezondheid',
  lichamelijke_gezondheid: 'Lichamelijke gezondheid',
  verslaving: 'Verslaving',
  adl_vaardigheden: 'ADL-vaardigheden',
  sociaal_netwerk: 'Sociaal netwerk',
  maatschappelijke_participatie: 'Maatschappelijke participatie',
  justitie: 'Justitie',
};
