import type { Payer, Spoor } from '../../../../shared/domain/enums';
import type { BusinesscaseReport } from '../../../../shared/ipc/channels/businesscase';

/**
 * A drill-down from a bar to the cases behind it, within the year and filters on screen. A spoor
 * bar is the sum of the cases' attributed part for that spoor, a payer bar the sum of the cases'
 * figures for that payer: the cases behind a bar are exactly those with a part in it (a case with
 * € 0,00 there adds nothing to the bar). A wijk or a year is not a drill: it sets the screen's own
 * filters, which everyone can see and change.
 */
export type Drill = { kind: 'spoor'; spoor: Spoor } | { kind: 'payer'; payer: Payer };

type CaseRow = BusinesscaseReport['cases'][number];

export function casesBehind(cases: readonly CaseRow[], drill: Drill | null): CaseRow[] {
  if (drill === null) return [...cases];
  switch (drill.kind) {
    case 'spoor':
      return cases.filter((c) => c.perSpoor[drill.spoor] !== 0);
    case 'payer':
      return cases.filter((c) => c.perPayer[drill.payer].vermedenKosten !== 0 || c.perPayer[drill.payer].investering !== 0);
    default: {
      const never: never = drill;
      return never;
    }
  }
}
