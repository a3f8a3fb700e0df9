import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../../shared/ipc/result';
import { importDataset } from '../../../electron/core/data';
import { auditCount, cleanupStores, freshStore, readJson, snapshot, voorbeeld } from './helpers';

afterEach(cleanupStores);

interface InvalidIndex {
  files: { file: string; path: string; rule: string }[];
}
const index = readJson('invalid/index.json') as InvalidIndex;

describe('§4 an invalid file changes nothing and the error names the path of the first offending field', () => {
  it('the index lists every invalid fixture', () => {
    expect(index.files.length).toBeGreaterThanOrEqual(4);
  });

  for (const { file, path, rule } of index.files) {
    it(`${file}: ${rule} → ${path}`, async () => {
      const db = await freshStore();
      importDataset(db, withOtherCodes(), { actor: 'test' });
      const before = snapshot(db);
      const audits = auditCount(db);

      let error: unknown;
      try {
        importDataset(db, readJson(`invalid/${file}`), { actor: 'test' });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).code).toBe('BAD_INPUT');
      expect((error as UserError).message).toContain(`${path}: `);
      expect((error as UserError).message).toMatch(/niets gewijzigd/);
      expect(snapshot(db)).toStrictEqual(before);
      expect(auditCount(db)).toBe(audits);
    });
  }
});

/** The example with other case codes, so the store is not empty and a clash cannot be the reason. */
function withOtherCodes() {
  const file = voorbeeld();
  const rename = (code: string) => code.replace(/-(\d{4})-/, (_m, y: string) => `-${String(Number(y) - 2)}-`);
  for (const c of file.cases) c.code = rename(c.code);
  for (const m of file.meetings ?? []) {
    m.id = `oud-${m.id}`;
    for (const a of m.agenda) {
      a.caseCode = rename(a.caseCode);
      for (const act of a.actions) act.id = `oud-${act.id}`;
    }
  }
  for (const k of file.knelpunten ?? []) {
    k.id = `oud-${k.id}`;
    if (k.caseCode !== null) k.caseCode = rename(k.caseCode);
  }
  return file;
}
