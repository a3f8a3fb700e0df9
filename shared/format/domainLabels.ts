/**
 * The Dutch names of the domain's enumerations that the screens, the XLSX and the PDF all show:
 * kept once here (plain data, no i18next), so a spoor or a financier is called the same in the app
 * and in every file it exports. renderer/src/i18n/nl.ts takes them from here.
 */
import type { EscalationTarget, Payer, Spoor } from '../domain/enums';

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
