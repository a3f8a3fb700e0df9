/**
 * Migration files have one style (issue #7, glossary): `NNN_<name>.ts` with an English name, or a
 * glossary identifier where the glossary keeps the Dutch word (tafels, knelpunten); each has its
 * own test `migration-NNN-<name>.test.ts`. Renaming a file never changes the version a store
 * records in user_version: the versions stay 1, 2, 3 … in order.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/core/store/migrations';

const MIGRATIONS_DIR = join(import.meta.dirname, '..', '..', '..', 'electron', 'core', 'store', 'migrations');
const pad = (n: number) => String(n).padStart(3, '0');

describe('One file per migration, named after its version and its name', () => {
  it('the versions recorded in user_version are 1 … N, in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_m, i) => i + 1));
    expect(MIGRATIONS.length).toBeGreaterThanOrEqual(6);
  });

  it('the files on disk are exactly NNN_<name>.ts of the registered migrations', () => {
    const onDisk = readdirSync(MIGRATIONS_DIR).filter((f) => /^\d{3}_/.test(f)).sort();
    expect(onDisk).toEqual(MIGRATIONS.map((m) => `${pad(m.version)}_${m.name}.ts`));
  });

  it.each(MIGRATIONS.map((m) => [m.version, m.name] as const))('migration %i (%s) has a snake_case name and its own test', (version, name) => {
    expect(name).toMatch(/^[a-z]+(?:_[a-z]+)*$/);
    // 001 (the base schema) is proven by migrations.test.ts, which steps through every version.
    if (version > 1) expect(existsSync(join(import.meta.dirname, `migration-${pad(version)}-${name.replaceAll('_', '-')}.test.ts`))).toBe(true);
  });

  it('the names use the glossary words: no Dutch name where the glossary has an English identifier', () => {
    // The words the old names used (basis, catalogi, casussen, escalatie, historie) are English in code.
    const dutch = MIGRATIONS.filter((m) => /basis|catalogi|casus|escalatie|historie/.test(m.name)).map((m) => m.name);
    expect(dutch).toEqual([]);
  });
});
