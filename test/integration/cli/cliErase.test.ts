/** `werkbank erase` (issue #11 item 5, PRODUCT.md §5/§6): exit codes, nothing changed on a refusal, verify ok after. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../electron/core/store/store';
import { tablesHolding, wholeStore } from '../data/storeRows';
import { TEST_PASSPHRASE, tempDir } from '../helpers';
import { werkbank } from './cliHarness';

const env = { WERKBANK_PASSPHRASE: TEST_PASSPHRASE };
const FIXTURE = join(import.meta.dirname, '..', '..', 'fixtures', 'dataset-voorbeeld.json');

/** A store with the example dataset, made by the command itself. */
async function exampleStore(): Promise<string> {
  const db = join(tempDir(), 'w.db');
  expect((await werkbank(['init', '--db', db], env)).code).toBe(0);
  expect((await werkbank(['import', FIXTURE, '--db', db], env)).code).toBe(0);
  return db;
}

async function rows(file: string) {
  const db = await openStore(file, TEST_PASSPHRASE);
  try {
    return wholeStore(db);
  } finally {
    db.close();
  }
}

describe('§6 werkbank erase --case CODE --reason TEXT', () => {
  it('erases a closed case (exit 0); afterwards no row holds the code but the audit tombstone, and verify is ok', async () => {
    const file = await exampleStore();
    const r = await werkbank(['erase', '--db', file, '--case', 'BLO-2024-001', '--reason', 'Bewaartermijn verlopen'], env);
    expect(r).toEqual({
      code: 0,
      stdout: 'Casus BLO-2024-001 is gewist, met alles wat haar noemt. In het auditlog staat alleen: code, moment, wie en de reden.\n',
      stderr: '',
    });
    const db = await openStore(file, TEST_PASSPHRASE);
    try {
      expect(tablesHolding(db, 'BLO-2024-001')).toEqual({ audit_log: 1 });
      expect(db.prepare("SELECT at, actor, action, entity_id AS entityId, detail FROM audit_log WHERE action = 'case.erase'").all()).toEqual([
        {
          at: '2026-11-23T10:00:00.000Z',
          actor: 'cli',
          action: 'case.erase',
          entityId: 'BLO-2024-001',
          detail: JSON.stringify({ reason: 'Bewaartermijn verlopen', status: 'afgesloten', retentionUntil: '2026-10-01', received: false }),
        },
      ]);
    } finally {
      db.close();
    }
    const v = await werkbank(['verify', '--db', file], env);
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/^In orde: database intact, \d+ auditregels, keten geldig, elke MAC geldig/);
  });

  it('refuses a case that is not afgesloten or ingetrokken (exit 1, Dutch and English), and nothing in the store changes', async () => {
    const file = await exampleStore();
    const before = await rows(file);
    const r = await werkbank(['erase', '--db', file, '--case', 'BLO-2024-002', '--reason', 'Bewaartermijn verlopen'], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      "fout: Casus BLO-2024-002 heeft status 'in uitvoering'. Alleen een afgesloten of ingetrokken casus kan worden gewist: sluit de casus eerst af of trek haar in. Er is niets gewist.\nerror: This status change is not allowed\n",
    );
    expect(await rows(file)).toEqual(before);
  });

  it('refuses without --reason, or with an empty one, naming the option (exit 1); nothing changes', async () => {
    const file = await exampleStore();
    const before = await rows(file);
    const none = await werkbank(['erase', '--db', file, '--case', 'BLO-2024-001'], env);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('fout: reason: geef de reden op met --reason TEKST');
    const empty = await werkbank(['erase', '--db', file, '--case', 'BLO-2024-001', '--reason', ' '], env);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('fout: reason: Vul de reden in');
    expect(await rows(file)).toEqual(before);
  });

  it('refuses a code that is no case code, and one the store does not hold (exit 1)', async () => {
    const file = await exampleStore();
    const bad = await werkbank(['erase', '--db', file, '--case', 'mevrouw-a', '--reason', 'x'], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('case: casuscode heeft de vorm WIJK-JAAR-NUMMER');
    const missing = await werkbank(['erase', '--db', file, '--case', 'BLO-2024-099', '--reason', 'Bewaartermijn verlopen'], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('fout: Casus BLO-2024-099 bestaat niet in deze werkbank');
  });
});
