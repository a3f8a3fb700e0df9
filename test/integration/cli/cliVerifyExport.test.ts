/**
 * Issue #14 item 10, the reproducible evaluation package: an evaluator export names the SHA-256 of
 * the pseudonymised dataset it came from and the command that recomputes it; `werkbank
 * verify-export FILE --dataset D.json` recomputes from D and compares (0 equal, 1 differs, 2 broken).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_PASSPHRASE, tempDir } from '../helpers';
import { werkbank } from './cliHarness';

const env = { WERKBANK_PASSPHRASE: TEST_PASSPHRASE };
const AS_OF = '2025-06-02T10:00:00.000Z';

/** A store with the example, its pseudonymised dataset D.json, and the folder for the exports. */
async function evaluatorPackage(): Promise<{ db: string; dir: string; dataset: string }> {
  const dir = tempDir();
  const db = join(dir, 'w.db');
  expect((await werkbank(['init', '--db', db], env)).code).toBe(0);
  expect((await werkbank(['import', 'test/fixtures/dataset-voorbeeld.json', '--db', db], env)).code).toBe(0);
  const dataset = join(dir, 'D.json');
  expect((await werkbank(['export', '--what', 'dataset', '--format', 'json', '--pseudonymised', '--out', dataset, '--db', db], env)).code).toBe(0);
  return { db, dir, dataset };
}

async function exportOf(p: { db: string; dir: string }, what: string, format: string, extra: string[] = []): Promise<string> {
  const file = join(p.dir, `${what}.${format}`);
  const r = await werkbank(['export', '--what', what, '--format', format, '--year', '2024', '--pseudonymised', '--as-of', AS_OF, ...extra, '--out', file, '--db', p.db], env);
  expect(r.stderr).toBe('');
  return file;
}

/** The canonical bytes: the dataset file without exportedAt and auditHead, two-space JSON and a newline. */
function canonicalHash(datasetFile: string): string {
  const { exportedAt: _a, auditHead: _h, ...rest } = JSON.parse(readFileSync(datasetFile, 'utf8')) as Record<string, unknown>;
  return createHash('sha256').update(`${JSON.stringify(rest, null, 2)}\n`).digest('hex');
}

describe('every evaluator export carries the dataset SHA-256 and its recompute command', () => {
  it('the JSON businesscase names the hash of the canonical bytes of the pseudonymised dataset, and the command with every filter and the moment', async () => {
    const p = await evaluatorPackage();
    const file = await exportOf(p, 'businesscase', 'json', ['--wijk', 'Bloemhof']);
    const { provenance } = JSON.parse(readFileSync(file, 'utf8')) as { provenance: { datasetSha256: string; recompute: string[] } };
    expect(provenance).toEqual({
      datasetSha256: canonicalHash(p.dataset),
      recompute: ['werkbank', 'export', '--what', 'businesscase', '--format', 'json', '--year', '2024', '--wijk', 'Bloemhof', '--pseudonymised', '--as-of', AS_OF, '--out', 'businesscase.json'],
    });
  });
});

describe('werkbank verify-export FILE --dataset D.json', () => {
  it.each([
    ['businesscase', 'json'],
    ['indicators', 'json'],
    ['register', 'json'],
    ['businesscase', 'csv'],
    ['indicators', 'csv'],
    ['register', 'csv'],
  ])('%s as %s, recomputed from its own dataset: equal, exit 0', async (what, format) => {
    const p = await evaluatorPackage();
    const file = await exportOf(p, what, format);
    const r = await werkbank(['verify-export', file, '--dataset', p.dataset]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Gelijk: elk cijfer in ${file} is herberekend uit ${p.dataset} (SHA-256 ${canonicalHash(p.dataset)})`);
  });

  it('a changed figure in the export: exit 1, the first difference named by its path', async () => {
    const p = await evaluatorPackage();
    const file = await exportOf(p, 'businesscase', 'json');
    const json = JSON.parse(readFileSync(file, 'utf8')) as { nettoRendement: number };
    const real = json.nettoRendement;
    writeFileSync(file, JSON.stringify({ ...json, nettoRendement: real + 100 }, null, 2));
    const r = await werkbank(['verify-export', file, '--dataset', p.dataset]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`eerste verschil: nettoRendement: ${String(real + 100)} in het bestand, ${String(real)} herberekend`);
  });

  it('a changed figure in a CSV: exit 1, the line named', async () => {
    const p = await evaluatorPackage();
    const file = await exportOf(p, 'indicators', 'csv');
    const lines = readFileSync(file, 'utf8').split('\r\n');
    const at = lines.findIndex((l) => l.startsWith('Bloemhof;signalen;'));
    lines[at] = 'Bloemhof;signalen;7';
    writeFileSync(file, lines.join('\r\n'));
    const r = await werkbank(['verify-export', file, '--dataset', p.dataset]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`eerste verschil: regel ${String(at + 1)}: "Bloemhof;signalen;7" in het bestand`);
  });

  it('another dataset than the one the export names (a case changed): exit 1, both hashes named', async () => {
    const p = await evaluatorPackage();
    const file = await exportOf(p, 'register', 'json');
    const other = JSON.parse(readFileSync(p.dataset, 'utf8')) as { cases: { attributionPct: number }[] };
    other.cases[0]!.attributionPct = 50;
    const changed = join(p.dir, 'D2.json');
    writeFileSync(changed, JSON.stringify(other, null, 2));
    const r = await werkbank(['verify-export', file, '--dataset', changed]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`is niet de dataset waaruit ${file} is gemaakt (SHA-256 ${canonicalHash(changed)}, de export noemt ${canonicalHash(p.dataset)})`);
  });

  it('a file that is no export with a provenance, or a dataset that is no JSON: exit 2', async () => {
    const p = await evaluatorPackage();
    const noProvenance = join(p.dir, 'x.json');
    writeFileSync(noProvenance, '{"nettoRendement": 1}');
    expect((await werkbank(['verify-export', noProvenance, '--dataset', p.dataset])).code).toBe(2);
    const file = await exportOf(p, 'businesscase', 'json');
    const notJson = join(p.dir, 'D3.json');
    writeFileSync(notJson, '{ kapot');
    expect((await werkbank(['verify-export', file, '--dataset', notJson])).code).toBe(2);
  });
});
