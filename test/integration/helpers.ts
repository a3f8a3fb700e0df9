import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/** Cheap scrypt for tests: the KDF itself is tested once with its real cost. */
export const TEST_KDF = { N: 2 ** 10, r: 8, p: 1 } as const;
export const TEST_PASSPHRASE = 'test-wachtwoordzin-lang';

const dirs: string[] = [];
export function tempDir(prefix = 'werkbank-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
