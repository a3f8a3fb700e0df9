/**
 * §2.1 the knelpunten register, one entry at a time: the rule or gap that blocked a case, per wijk,
 * counted per rule for the wijk-MT and policy (§3.6). A knelpunt may name the case it came from.
 */
import type { KnelpuntFile } from '../../../shared/interchange';
import { UserError } from '../../../shared/ipc/result';
import type { Db } from '../store/openDatabase';
import { readWijkName } from './catalogues';
import { readNextNumberedId } from './rows';
import { recordIdTag } from './storeIdentity';
import { insertKnelpunten, readKnelpunt, readKnelpunten } from './knelpunten';

export type KnelpuntInput = Omit<KnelpuntFile, 'id' | 'raisedOn' | 'status'> & Partial<Pick<KnelpuntFile, 'id' | 'raisedOn' | 'status'>>;

/**
 * Creates (id `kp-<tag>-<n>` when absent, the tag this store's own (storeIdentity.ts); today, status open) or updates a knelpunt. The case must
 * exist (NOT_FOUND) and the wijk must be in the catalogue (by name or id; stored as its name).
 */
export function saveKnelpunt(db: Db, input: KnelpuntInput, today: string): { knelpunt: KnelpuntFile; previous: KnelpuntFile | null } {
  if (input.caseCode !== null && db.prepare('SELECT 1 FROM cases WHERE code = ?').get(input.caseCode) === undefined) {
    throw new UserError(
      'NOT_FOUND',
      `knelpunt.caseCode: casus '${input.caseCode}' bestaat niet in deze werkbank. Kies een bestaande casus, of laat de casus leeg voor een signaal zonder casus.`,
    );
  }
  const wijk = readWijkName(db, input.wijk, 'knelpunt.wijk');
  const previous = input.id === undefined ? null : (readKnelpunten(db).find((k) => k.id === input.id) ?? null);
  const knelpunt: KnelpuntFile = {
    id: input.id ?? readNextNumberedId(db, 'knelpunten', `kp-${recordIdTag(db)}-`),
    caseCode: input.caseCode,
    wijk,
    rule: input.rule,
    description: input.description,
    raisedOn: input.raisedOn ?? previous?.raisedOn ?? today,
    status: input.status ?? previous?.status ?? 'open',
  };
  if (previous === null) {
    insertKnelpunten(db, [knelpunt]);
  } else {
    db.prepare(
      `UPDATE knelpunten SET case_code = @caseCode, wijk = @wijk, rule = @rule, description = @description,
              raised_on = @raisedOn, status = @status WHERE id = @id`,
    ).run(knelpunt);
  }
  return { knelpunt, previous };
}

export function setKnelpuntStatus(db: Db, id: string, status: KnelpuntFile['status']): { knelpunt: KnelpuntFile; from: KnelpuntFile['status'] } {
  const current = readKnelpunt(db, id);
  db.prepare('UPDATE knelpunten SET status = ? WHERE id = ?').run(status, id);
  return { knelpunt: { ...current, status }, from: current.status };
}
