/**
 * §5 erasure (issue #11 item 5): a closed case and everything that names it are deleted for real,
 * and the audit log gets one tombstone — the code, when, who and why. The app (`retention:erase`)
 * and `werkbank erase` both call `eraseCase`.
 *
 * What names a case, found by walking the migrations (003–009):
 * - the case row and its own parts — sporen, status history, scores, consent, cost lines,
 *   interventions, arrangements, escalations with their besluit and history (003, 006, 008, 009);
 * - the agenda items that discuss it, with their notes, decisions and actions (004);
 * - knelpunten raised on it keep their rule and wijk for the register, the link to it is cleared (005);
 * - for a case received through a dossier, the record of the store it came from (`settings`).
 * The schema makes each of these follow the case row (ON DELETE CASCADE / SET NULL), so one DELETE
 * removes them together; the received-from record has no foreign key and is removed by name. After
 * that, every column of every table but the audit log is searched for the code
 * (`listCodeOccurrences`): a value that still IS the code means a reference this list does not know
 * (a table added later), and the erasure is refused whole rather than left half done.
 *
 * What is kept, and why:
 * - The audit log's earlier entries keep the code. They hold ids, codes, field names and figures,
 *   never free text about a resident (handlers/support/mutation.ts), and the code is a pseudonym
 *   that nothing in the store links to a person any more once the case is gone; it is never handed
 *   out again (case_code_counters), so it cannot come to point at someone else. Rewriting those
 *   entries would break the append-only hash chain that proves nobody altered the log — the
 *   accountability the AVG asks for (art. 5(2)) — so `werkbank verify` stays ok after an erasure.
 * - The counter of case codes: it holds a number per wijk and year, no code.
 * - The code inside free text elsewhere (another case's notes, a meeting's notes): found, reported
 *   to the person erasing, not rewritten — that text belongs to another case or meeting.
 *
 * The bytes: `secure_delete` overwrites deleted content with zeros, but in WAL mode the new pages go
 * to the `-wal` file while the old ones stay in the database file until a checkpoint copies them
 * back; and frames written earlier still hold the case. So after the commit the WAL is checkpointed
 * and truncated to zero bytes (test/integration/data/erasureBytes.test.ts shows both effects).
 */
import { CASE_STATUS_LABELS } from '../../../shared/domain/caseStatus';
import type { CaseStatus } from '../../../shared/domain/enums';
import { isClosedStatus } from '../../../shared/domain/retention';
import type { Erased } from '../../../shared/ipc/channels/retention';
import { UserError } from '../../../shared/ipc/result';
import type { Db } from '../store/openDatabase';
import { writeAudited } from './audited';
import { listCodeOccurrences } from './retention';
import { cached } from './rows';
import { readReceivedFrom, removeReceivedFrom } from './storeIdentity';

export interface ErasureRequest {
  code: string;
  /** Already checked by the caller's schema (`erasureReason`): trimmed, 1–500 characters. */
  reason: string;
}

const NOTHING = 'Er is niets gewist.';

export function eraseCase(db: Db, request: ErasureRequest, options: { actor: string; now?: Date }): Erased {
  const { code, reason } = request;
  const now = options.now ?? new Date();
  // Never rely on how the caller opened the connection: deleted content must be overwritten.
  db.pragma('secure_delete = ON');
  const erased = writeAudited(db, options.actor, () => now, (tx) => {
    const row = cached(tx, 'SELECT status, alias, retention_until FROM cases WHERE code = ?').get(code) as
      | { status: CaseStatus; alias: string | null; retention_until: string | null }
      | undefined;
    if (row === undefined) throw new UserError('NOT_FOUND', `Casus ${code} bestaat niet in deze werkbank; controleer de code. ${NOTHING}`);
    if (!isClosedStatus(row.status)) {
      throw new UserError(
        'ILLEGAL_TRANSITION',
        `Casus ${code} heeft status '${CASE_STATUS_LABELS[row.status]}'. Alleen een afgesloten of ingetrokken casus kan worden gewist: sluit de casus eerst af of trek haar in. ${NOTHING}`,
      );
    }
    refuseReasonNamingResident(reason, row.alias);
    const received = readReceivedFrom(tx, code) !== null;
    removeReceivedFrom(tx, code);
    deleteCaseRow(tx, code);
    const left = listCodeOccurrences(tx, code);
    const references = left.filter((o) => o.exact).map((o) => `${o.table}.${o.column}`);
    if (references.length > 0) throw unknownReference(code, references);
    return {
      result: { code, mentions: left.map(({ table, column, rows }) => ({ table, column, rows })) },
      // The tombstone: the code (entityId), when and who (the entry's own fields), and why. The
      // reason is the one free text in the log, asked for it; the form says it must not name the
      // resident, and a reason with the case's alias in it is refused above.
      audit: { action: 'case.erase', entity: 'case', entityId: code, detail: { reason, status: row.status, retentionUntil: row.retention_until, received } },
    };
  });
  return { ...erased, walCleared: checkpointWal(db) };
}

function deleteCaseRow(db: Db, code: string): void {
  try {
    cached(db, 'DELETE FROM cases WHERE code = ?').run(code);
  } catch (e) {
    // A table that points at the case without ON DELETE CASCADE / SET NULL (one added later).
    if (e instanceof Error && 'code' in e && e.code === 'SQLITE_CONSTRAINT_FOREIGNKEY') throw unknownReference(code, ['een tabel met een verwijzing naar de casus']);
    throw e;
  }
}

function unknownReference(code: string, where: string[]): UserError {
  return new UserError(
    'CONFLICT',
    `Casus ${code} wordt nog gebruikt in ${where.join(', ')}; de werkbank kan haar daarom niet volledig wissen. ${NOTHING} Meld dit aan de beheerder van de werkbank-software.`,
  );
}

/**
 * The reason stays in the audit log for good, so it may not name the resident. Only the alias can
 * be checked (a name typed otherwise cannot be known); an alias of one or two characters ("A.")
 * would match ordinary words and is left to the person.
 */
function refuseReasonNamingResident(reason: string, alias: string | null): void {
  const name = alias?.trim() ?? '';
  if (name.length < 3) return;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'iu').test(reason)) {
    throw new UserError(
      'BAD_INPUT',
      `Reden: de reden noemt de alias van de bewoner. De reden blijft voorgoed in het logboek staan; schrijf op waarom er gewist wordt zonder de bewoner te noemen. ${NOTHING}`,
    );
  }
}

/**
 * Copies the WAL into the database file and truncates it to zero bytes, so neither file holds a
 * page with the erased case. False when another connection kept it from finishing (the app and the
 * command on the same store at once); the next checkpoint finishes the job.
 */
function checkpointWal(db: Db): boolean {
  const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[];
  return result?.busy === 0;
}
