/**
 * `werkbank verify`'s words for what it found (issue #11 item 3), in Dutch and in English, naming
 * the sequence numbers so a beheerder can look them up on the audit screen.
 */
import { seqRangesCount, seqRangesText } from '../../shared/format/seqRanges';
import type { AuditProblem } from '../../shared/ipc/channels/audit';

type Ranges = { from: number; to: number }[];

const regels = (ranges: Ranges) => `${seqRangesCount(ranges) > 1 ? 'regels' : 'regel'} ${seqRangesText(ranges)}`;
const entries = (ranges: Ranges) => `${seqRangesCount(ranges) > 1 ? 'entries' : 'entry'} ${seqRangesText(ranges)}`;
const missing = (headSeq: number, anchorSeq: number): Ranges => [{ from: headSeq + 1, to: anchorSeq }];

export function problemText(p: AuditProblem): { nl: string; en: string } {
  switch (p.kind) {
    case 'chain':
      return { nl: `auditketen gebroken bij regel ${String(p.seq)} (${p.reason})`, en: `audit chain broken at entry ${String(p.seq)} (${p.reason})` };
    case 'mac':
      return {
        nl: `MAC klopt niet bij ${regels(p.ranges)}: gewijzigd zonder de auditsleutel`,
        en: `MAC mismatch at ${entries(p.ranges)}: changed without the audit key`,
      };
    case 'unsigned':
      return { nl: `${regels(p.ranges)} zonder MAC`, en: `${entries(p.ranges)} carry no MAC` };
    case 'anchorMissing':
      return {
        nl: 'het anker naast de database (.anchor.json) ontbreekt, dus is niet uit te sluiten dat er regels aan het eind zijn verwijderd',
        en: 'the anchor file beside the database is missing, so removed entries at the end cannot be ruled out',
      };
    case 'anchorInvalid':
      return { nl: 'het anker naast de database is beschadigd', en: 'the anchor file beside the database is damaged' };
    case 'anchorForged':
      return {
        nl: 'de MAC van het anker klopt niet: het is gewijzigd of hoort bij een andere werkbank',
        en: "the anchor's MAC does not match: it was changed or belongs to another store",
      };
    case 'truncated':
      return {
        nl: `het logboek eindigt bij regel ${String(p.headSeq)} maar het anker noemt regel ${String(p.anchorSeq)}: ${regels(missing(p.headSeq, p.anchorSeq))} verwijderd, of een oudere kopie van de database teruggezet`,
        en: `audit log truncated or rolled back: it ends at entry ${String(p.headSeq)} but the anchor names entry ${String(p.anchorSeq)} (${entries(missing(p.headSeq, p.anchorSeq))} missing)`,
      };
    case 'diverged':
      return {
        nl: `regel ${String(p.anchorSeq)} is niet de regel die het anker vastlegde: een oudere kopie van de database is teruggezet en daarna verder gebruikt`,
        en: `rollback: entry ${String(p.anchorSeq)} is not the one the anchor recorded (an older copy was put back and written to since)`,
      };
    default: {
      const never: never = p;
      throw new Error(`unknown problem ${JSON.stringify(never)}`);
    }
  }
}
