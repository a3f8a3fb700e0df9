/**
 * The Dutch names an evaluator reads in a sheet, as the screens show them
 * (renderer/src/i18n/nl.ts holds the same words; the renderer may not be imported here).
 */
import type { Payer, Spoor } from '../../../../shared/domain/enums';

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
