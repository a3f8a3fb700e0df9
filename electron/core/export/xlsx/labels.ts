/**
 * The Dutch names an evaluator reads in a sheet, as the screens show them: spoor, financier and
 * escalatiedoel from shared/format/domainLabels.ts (the screens' own source).
 */
import type { BesluitOutcome } from '../../../../shared/domain/enums';
import { PAYER_LABELS, SPOOR_LABELS, TARGET_LABELS } from '../../../../shared/format/domainLabels';

export const SPOOR_NL = SPOOR_LABELS;
export const PAYER_NL = PAYER_LABELS;
export const TARGET_NL = TARGET_LABELS;

export const OUTCOME_NL: Record<BesluitOutcome | 'open', string> = {
  toegekend: 'toegekend',
  deels_toegekend: 'deels toegekend',
  afgewezen: 'afgewezen',
  open: 'nog open',
};
