/** §3.2 the calculation's two explicit acts: fix (vaststellen) and the audited recalculation. */
import { z } from 'zod';
import { caseCode, identifier, longText } from '../../interchange';
import { defineChannel } from '../defineChannel';
import { CaseDetail, CaseRef } from './cases';

export const calculationChannels = {
  /** The tafel fixes the calculation (§3.2): it becomes vastgesteld and freezes its price-list version. */
  'calculation:fix': defineChannel(CaseRef, CaseDetail),
  /**
   * The explicit, audited recalculation (§3.2): the case's price-list items are resolved against
   * another version (default: the current one) and the calculation returns to concept, to be fixed again.
   */
  'calculation:recalculate': defineChannel(
    z.strictObject({ code: caseCode, priceListVersion: identifier.optional(), why: longText.min(1, 'Geef een reden voor de herberekening.') }),
    CaseDetail,
  ),
} as const;
