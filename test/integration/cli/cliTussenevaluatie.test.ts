import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_PASSPHRASE, tempDir } from '../helpers';
import { werkbank } from './cliHarness';

const env = { WERKBANK_PASSPHRASE: TEST_PASSPHRASE };

describe('§6 werkbank export --what tussenevaluatie (issue #14 item 3)', () => {
  it('writes pdf, xlsx and json; json holds the nulmeting of every wijk; csv is refused naming the formats', async () => {
    const dir = tempDir();
    const db = join(dir, 'w.db');
    expect((await werkbank(['init', '--db', db], env)).code).toBe(0);
    expect((await werkbank(['import', 'test/fixtures/dataset-voorbeeld.json', '--db', db], env)).code).toBe(0);
    const base = ['export', '--what', 'tussenevaluatie', '--year', '2024', '--db', db];
    for (const format of ['pdf', 'xlsx', 'json']) {
      const r = await werkbank([...base, '--format', format, '--out', join(dir, `t.${format}`)], env);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
    expect(readFileSync(join(dir, 't.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    const json = JSON.parse(readFileSync(join(dir, 't.json'), 'utf8')) as { wijken: { wijk: string; nulmeting: { households: number } }[] };
    expect(json.wijken.map((w) => [w.wijk, w.nulmeting.households])).toEqual([
      ['Bloemhof', 120],
      ['Schiebroek', 85],
    ]);
    const csv = await werkbank([...base, '--format', 'csv', '--out', join(dir, 't.csv')], env);
    expect(csv.code).toBe(1);
    expect(csv.stderr).toContain('pdf, xlsx of json');
  });
});
