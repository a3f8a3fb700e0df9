/**
 * §3.3 a report channel's period: `period` (parsed by the channel's schema) or `year`, shorthand for
 * that calendar year, so a screen or test that still sends a year keeps working. Neither: a Dutch
 * message naming the field, nothing computed.
 */
import { yearPeriod, type Period } from '../../../../shared/calc/period';
import { UserError } from '../../../../shared/ipc/result';

export function queryPeriod(q: { year?: number | undefined; period?: Period | undefined }): Period {
  if (q.period !== undefined) return q.period;
  if (q.year !== undefined) return yearPeriod(q.year);
  throw new UserError('BAD_INPUT', 'year: geef een jaar (bijvoorbeeld 2025) of een periode bij period (bijvoorbeeld 2025-T2, 2025-Q3 of 2025-01-01..2025-06-30).');
}
