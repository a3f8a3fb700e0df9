/** One cell of the side-by-side table as the PDF prints it: the screen's Dutch notation, §5 small cells. */
import { formatDate } from '../../../../shared/format/date';
import { formatEuro, formatRatio } from '../../../../shared/format/money';
import { TUSSENEVALUATIE_LABELS as L } from '../../../../shared/format/tussenevaluatieLabels';
import type { EvalCell } from '../../../../shared/format/tussenevaluatieRows';
import { countText, daysText } from '../pdf/numbers';

export function cellText(cell: EvalCell, pseudonymised: boolean): string {
  switch (cell.kind) {
    case 'count':
      return countText(cell.n, cell.small && pseudonymised);
    case 'euro':
      return formatEuro(cell.cents);
    case 'ratio':
      return formatRatio(cell.value);
    case 'date':
      return formatDate(cell.iso);
    case 'days':
      return daysText(cell.value);
    case 'rules':
      return cell.rules.length === 0 ? L.none : cell.rules.map((r) => `${r.rule} (${countText(r.count, pseudonymised)})`).join('; ');
    case 'none':
      return L.none;
    default: {
      const never: never = cell;
      throw new Error(`unknown cell ${JSON.stringify(never)}`);
    }
  }
}
