/**
 * Issue #11 item 4: which of SQLite's two online copies keeps the store encrypted. The backup must
 * never be plaintext, so this is measured, not assumed: the backup API (better-sqlite3's
 * `db.backup()`) opens its destination without a key, and SQLite3 Multiple Ciphers refuses to copy an
 * encrypted source into it; `VACUUM INTO` writes the copy with the source's own cipher and key.
 * electron/core/store/backup.ts therefore copies with VACUUM INTO.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/store/openDatabase';
import { tempDir } from '../helpers';

const CANARY = 'Jansen-Bloemhof-canary';

function encryptedStoreWithCanary(dir: string) {
  const key = Buffer.alloc(32, 7);
  const db = openDatabase(join(dir, 'bron.db'), key, { create: true });
  db.exec(`CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('${CANARY}')`);
  return { db, key };
}

describe('issue #11 item 4: the online copy that keeps the encryption', () => {
  it("db.backup() (SQLite's backup API) is refused for an encrypted store: it would have no key for the copy", async () => {
    const dir = tempDir();
    const { db } = encryptedStoreWithCanary(dir);
    const target = join(dir, 'kopie.db');
    await expect(db.backup(target)).rejects.toThrow('backup is not supported with incompatible source and target databases');
    // Whatever it left behind holds nothing of the store.
    expect(existsSync(target) && readFileSync(target).includes(Buffer.from(CANARY))).toBe(false);
    db.close();
  });

  it('VACUUM INTO writes a copy under the same cipher and key: no SQLite header, no plaintext, opens with the key and holds the data', () => {
    const dir = tempDir();
    const { db, key } = encryptedStoreWithCanary(dir);
    const target = join(dir, 'kopie.db');
    db.prepare('VACUUM INTO ?').run(target);
    db.close();
    const bytes = readFileSync(target);
    expect(bytes.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    expect(bytes.includes(Buffer.from(CANARY))).toBe(false);
    expect(bytes.includes(Buffer.from('CREATE TABLE'))).toBe(false);
    const copy = openDatabase(target, key, { create: false, readonly: true });
    expect(copy.prepare('SELECT x FROM t').get()).toEqual({ x: CANARY });
    copy.close();
  });
});
