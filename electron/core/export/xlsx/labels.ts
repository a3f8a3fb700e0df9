/**
 * The Dutch names an evaluator reads in a sheet, as the screens show them
 * (renderer/src/i18n/nl.ts holds the same words; the renderer may not be imported here).
 */
import type { BesluitOutcome, EscalationTarget, Payer, Spoor } from '../../../../shared/domain/enums';

export const SPOOR_NL: Record<Spoor, string> = {
  samenredzaamheid: 'Samenredzaamheid',
  wonen: 'Wonen',
  werk_dagbesteding: 'Werk en dagbesteding',
  financiele_zekerheid: 'Financiële zekerheid',
};

export const PAYER_NL: Record<Payer, string> = {
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

export const TARGET_NL: Record<EscalationTarget, string> = {
  netwerk: 'Netwerk (klankbord)',
  prio: 'PRIO',
  wijk_mt: 'Wijk-MT',
  jeugd_weekbedrag: 'Jeugd hoog-weekbedragtafel',
  overig: 'Overig',
};

export const OUTCOME_NL: Record<BesluitOutcome | 'open', string> = {
  toegekend: 'toegekend',
  deels_toegekend: 'deels toegekend',
  afgewezen: 'afgewezen',
  open: 'nog open',
};
