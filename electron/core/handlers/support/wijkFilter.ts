import { readWijken } from '../../data/catalogues';
import type { Db } from '../../store/openDatabase';

/** A wijk filter may name the wijk or give its id; registers store the name. */
export function wijkFilter(db: Db, given: string | undefined): string | undefined {
  if (given === undefined) return undefined;
  return readWijken(db).find((w) => w.id === given)?.name ?? given;
}
