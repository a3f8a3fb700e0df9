/** A cell of the side-by-side table as the screen shows it, in the PDF's notation (the screen shows every count). */
import { formatDate } from '../../../../shared/format/date';
import { formatEuro, formatRatio } from '../../../../shared/format/money';
import type { EvalCell } from '../../../../shared/format/tussenevaluatieRows';

const whole = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const upToOne = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

export function cellText(cell: EvalCell, none: string): string {
  switch (cell.kind) {
    case 'count':
      return whole.format(cell.n);
    case 'euro':
      return formatEuro(cell.cents);
    case 'ratio':
      return formatRatio(cell.value);
    case 'date':
      return formatDate(cell.iso);
    case 'days':
      return cell.value === null ? none : upToOne.format(cell.value);
    case 'rules':
      return cell.rules.length === 0 ? none : cell.rules.map((r) => `${r.rule} (${whole.format(r.count)})`).join('; ');
    case 'none':
      return none;
    default: {
      const never: never = cell;
      throw new Error(`unknown cell ${JSON.stringify(never)}`);
    }
  }
}
