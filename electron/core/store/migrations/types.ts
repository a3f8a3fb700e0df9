import type { Db } from '../openDatabase';

/** One schema version. `up` runs inside a transaction together with the user_version bump. */
export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}
