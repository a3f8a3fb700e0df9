import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  describeVerdict,
  judge,
  parseReviewFile,
  readScanResult,
  stagedName,
  type Review,
  type ScanResult,
} from '../../../scripts/electronegativityGate';

const root = join(import.meta.dirname, '../../..');

// The shape Electronegativity 1.10.3's run() returns (severity/confidence are attribute objects
// with more fields than we read), taken from a scan of out/ with the preload staged as index.js.
const severity = (name: string, value: number) => ({ name, value });
const issue = (id: string, sev: string, file: string, line = 0) => ({
  id,
  severity: severity(sev, { HIGH: 3, MEDIUM: 2, LOW: 1 }[sev] ?? 0),
  confidence: { name: 'FIRM', value: 2 },
  file,
  location: { line, column: 14 },
  sample: 'const win = new BrowserWindow(createWindowOptions({',
  description: `description of ${id}`,
  shortenedURL: 'https://github.com/doyensec/electronegativity/wiki',
  manualReview: false,
});

const OUT_RUN = {
  globalChecks: 5,
  atomicChecks: 36,
  issues: [
    issue('CSP_GLOBAL_CHECK', 'LOW', 'renderer/index.html', 5),
    issue('CONTEXT_ISOLATION_JS_CHECK', 'HIGH', 'main/index.js', 14593),
    issue('OPEN_EXTERNAL_JS_CHECK', 'MEDIUM', 'preload/index.js', 12),
    issue('LIMIT_NAVIGATION_GLOBAL_CHECK', 'HIGH', 'N/A'),
  ],
  errors: [
    { file: '/tmp/werkbank-electronegativity-ab12/renderer/assets/index-Dom4_MaK.js', message: 'Unknown node type ClassPrivateProperty.', tolerable: false },
    { file: '/tmp/werkbank-electronegativity-ab12/main/index.js', message: 'Unexpected token', tolerable: true },
  ],
};

const STAGED = '/tmp/werkbank-electronegativity-ab12';
const fromStaged = (file: string): string => (file === 'preload/index.js' ? 'preload/index.cjs' : file);

const review = (over: Partial<Review> = {}): Review => ({
  check: 'CONTEXT_ISOLATION_JS_CHECK',
  target: 'out',
  file: 'main/index.js',
  reason: 'options come from the createWindowOptions factory, which sets contextIsolation true',
  provenBy: [{ file: 'test/unit/electron/windowOptions.test.ts', test: 'keeps contextIsolation on' }],
  ...over,
});

const tests: Record<string, string> = { 'test/unit/electron/windowOptions.test.ts': "it('keeps contextIsolation on', …)" };
const readTest = (file: string): string | null => tests[file] ?? null;

const finding = (check: string, sev: string, file: string, target = 'out') => ({ target, check, severity: sev, file, line: 1, description: `description of ${check}` });
const scanOf = (...findings: ReturnType<typeof finding>[]): ScanResult => ({ findings, errors: [] });

describe('Electron gate (issue #12 item 3): reading the scanner result', () => {
  it('names each finding by target, check, severity and the real file name (the staged .js is the .cjs preload)', () => {
    const scan = readScanResult('out', OUT_RUN, STAGED, fromStaged);
    expect(scan.findings).toEqual([
      { target: 'out', check: 'CSP_GLOBAL_CHECK', severity: 'LOW', file: 'renderer/index.html', line: 5, description: 'description of CSP_GLOBAL_CHECK' },
      { target: 'out', check: 'CONTEXT_ISOLATION_JS_CHECK', severity: 'HIGH', file: 'main/index.js', line: 14593, description: 'description of CONTEXT_ISOLATION_JS_CHECK' },
      { target: 'out', check: 'OPEN_EXTERNAL_JS_CHECK', severity: 'MEDIUM', file: 'preload/index.cjs', line: 12, description: 'description of OPEN_EXTERNAL_JS_CHECK' },
      { target: 'out', check: 'LIMIT_NAVIGATION_GLOBAL_CHECK', severity: 'HIGH', file: 'N/A', line: 0, description: 'description of LIMIT_NAVIGATION_GLOBAL_CHECK' },
    ]);
  });

  it('keeps a file the scanner could not analyse as an error, named relative to the target, and drops its tolerable parser warnings', () => {
    expect(readScanResult('out', OUT_RUN, STAGED, fromStaged).errors).toEqual([
      { target: 'out', file: 'renderer/assets/index-Dom4_MaK.js', message: 'Unknown node type ClassPrivateProperty.' },
    ]);
  });

  it('refuses a result of another shape instead of letting its findings slip through as undefined', () => {
    const changed = { ...OUT_RUN, issues: [{ ...issue('SANDBOX_JS_CHECK', 'MEDIUM', 'main/index.js'), severity: 'MEDIUM' }] };
    expect(() => readScanResult('out', changed, STAGED, fromStaged)).toThrow(/severity/);
    expect(() => readScanResult('out', { issues: [] }, STAGED, fromStaged)).toThrow(/errors/);
  });

  it('stages .cjs and .mjs files as .js, since the scanner reads no other script names, and leaves the rest', () => {
    expect(stagedName('preload/index.cjs')).toBe('preload/index.js');
    expect(stagedName('scripts/x.mjs')).toBe('scripts/x.js');
    expect(stagedName('main/index.js')).toBeNull();
    expect(stagedName('renderer/index.html')).toBeNull();
    expect(stagedName('notes.cjs.txt')).toBeNull();
  });
});

describe('Electron gate (issue #12 item 3): every HIGH/MEDIUM finding is reviewed with a reason', () => {
  it('passes when every HIGH and MEDIUM finding is covered by a review whose test exists', () => {
    const v = judge(scanOf(finding('CONTEXT_ISOLATION_JS_CHECK', 'HIGH', 'main/index.js')), [review()], readTest);
    expect(v.ok).toBe(true);
    expect(v.reviewed.map((f) => f.check)).toEqual(['CONTEXT_ISOLATION_JS_CHECK']);
  });

  it('fails on an unreviewed HIGH finding and on an unreviewed MEDIUM finding', () => {
    const high = judge(scanOf(finding('LIMIT_NAVIGATION_GLOBAL_CHECK', 'HIGH', 'N/A')), [], readTest);
    const medium = judge(scanOf(finding('OPEN_EXTERNAL_JS_CHECK', 'MEDIUM', 'preload/index.cjs')), [], readTest);
    expect([high.ok, medium.ok]).toEqual([false, false]);
    expect(high.unreviewed.map((f) => f.check)).toEqual(['LIMIT_NAVIGATION_GLOBAL_CHECK']);
    expect(medium.unreviewed.map((f) => f.file)).toEqual(['preload/index.cjs']);
  });

  it('does not gate LOW and INFORMATIONAL findings, but reports them', () => {
    const v = judge(scanOf(finding('CSP_GLOBAL_CHECK', 'LOW', 'renderer/index.html'), finding('X_CHECK', 'INFORMATIONAL', 'a.js')), [], readTest);
    expect(v.ok).toBe(true);
    expect(v.notGated.map((f) => f.severity)).toEqual(['LOW', 'INFORMATIONAL']);
  });

  it('fails on a review that matches no finding any more (stale), so the list cannot rot', () => {
    const v = judge(scanOf(), [review()], readTest);
    expect(v.ok).toBe(false);
    expect(v.stale).toEqual([review()]);
  });

  it('counts a review matching only a LOW finding as stale: reviews are for gated findings', () => {
    const v = judge(scanOf(finding('CONTEXT_ISOLATION_JS_CHECK', 'LOW', 'main/index.js')), [review()], readTest);
    expect(v.stale).toHaveLength(1);
  });

  it('matches check, target and file exactly: a review of out/ does not cover the same finding in electron/', () => {
    const v = judge(
      scanOf(finding('CONTEXT_ISOLATION_JS_CHECK', 'HIGH', 'main/index.js', 'electron'), finding('SANDBOX_JS_CHECK', 'MEDIUM', 'main/index.js')),
      [review()],
      readTest,
    );
    expect(v.unreviewed.map((f) => `${f.target} ${f.check}`)).toEqual(['electron CONTEXT_ISOLATION_JS_CHECK', 'out SANDBOX_JS_CHECK']);
    expect(v.stale).toHaveLength(1);
  });

  it('lets * stand for one path segment part (hashed bundle names) and nothing more; dots are literal', () => {
    const hashed = review({ check: 'OPEN_EXTERNAL_JS_CHECK', file: 'renderer/assets/index-*.js' });
    const covered = judge(scanOf(finding('OPEN_EXTERNAL_JS_CHECK', 'MEDIUM', 'renderer/assets/index-Dom4_MaK.js')), [hashed], readTest);
    const deeper = judge(scanOf(finding('OPEN_EXTERNAL_JS_CHECK', 'MEDIUM', 'renderer/assets/index-x/evil.js')), [hashed], readTest);
    const dot = judge(scanOf(finding('CONTEXT_ISOLATION_JS_CHECK', 'HIGH', 'main/indexxjs')), [review()], readTest);
    expect([covered.ok, deeper.ok, dot.ok]).toEqual([true, false, false]);
  });

  it('fails on a review whose named test file or test name no longer exists: the reason lost its proof', () => {
    const f = finding('CONTEXT_ISOLATION_JS_CHECK', 'HIGH', 'main/index.js');
    const renamed = judge(scanOf(f), [review({ provenBy: [{ file: 'test/unit/electron/windowOptions.test.ts', test: 'keeps sandbox on at all times' }] })], readTest);
    const gone = judge(scanOf(f), [review({ provenBy: [{ file: 'test/unit/electron/gone.test.ts', test: 'keeps contextIsolation on' }] })], readTest);
    expect([renamed.ok, gone.ok]).toEqual([false, false]);
    expect(gone.unproven.map((u) => u.proof.file)).toEqual(['test/unit/electron/gone.test.ts']);
  });

  it('fails when the scanner could not read a file, since none of its checks ran on it', () => {
    const v = judge({ findings: [], errors: [{ target: 'out', file: 'renderer/assets/index-a.js', message: 'Unknown node type X.' }] }, [], readTest);
    expect(v.ok).toBe(false);
  });

  it('prints a summary, then each problem with what to do', () => {
    const scan: ScanResult = {
      findings: [finding('CONTEXT_ISOLATION_JS_CHECK', 'HIGH', 'main/index.js'), finding('LIMIT_NAVIGATION_GLOBAL_CHECK', 'HIGH', 'N/A'), finding('CSP_GLOBAL_CHECK', 'LOW', 'renderer/index.html')],
      errors: [{ target: 'out', file: 'renderer/assets/index-a.js', message: 'Unknown node type X.' }],
    };
    const stale = review({ check: 'SANDBOX_JS_CHECK', target: 'electron', file: 'main/index.ts' });
    expect(describeVerdict(judge(scan, [review(), stale], readTest))).toEqual([
      '2 HIGH/MEDIUM findings: 1 reviewed, 1 not reviewed; 1 stale reviews; 1 files not scanned',
      '  reviewed      HIGH CONTEXT_ISOLATION_JS_CHECK in out/main/index.js:1',
      '  not gated     LOW CSP_GLOBAL_CHECK in out/renderer/index.html:1: description of CSP_GLOBAL_CHECK',
      'NOT REVIEWED: HIGH LIMIT_NAVIGATION_GLOBAL_CHECK in out/ (global check): description of LIMIT_NAVIGATION_GLOBAL_CHECK',
      '  fix the code, or add it to security/electronegativity-reviewed.json with the reason it is safe and the test that proves it',
      'STALE REVIEW: SANDBOX_JS_CHECK in electron/main/index.ts is no longer found: remove it from security/electronegativity-reviewed.json',
      'NOT SCANNED: out/renderer/assets/index-a.js: Unknown node type X. (no check ran on this file)',
    ]);
  });
});

describe('Electron gate (issue #12 item 3): the review file', () => {
  const valid = { check: 'SANDBOX_JS_CHECK', target: 'electron', file: 'main/index.ts', reason: review().reason, provenBy: review().provenBy };

  it('refuses an entry without a real reason, without a proof, with an unknown target or an unknown field', () => {
    const file = (entry: object) => JSON.stringify({ reviewed: [entry] });
    expect(parseReviewFile(file(valid))).toEqual([valid]);
    expect(() => parseReviewFile(file({ ...valid, reason: 'safe' }))).toThrow(/reason a reviewer can check/);
    expect(() => parseReviewFile(file({ ...valid, provenBy: [] }))).toThrow(/provenBy/);
    expect(() => parseReviewFile(file({ ...valid, target: 'renderer' }))).toThrow(/target/);
    expect(() => parseReviewFile(file({ ...valid, severity: 'HIGH' }))).toThrow(/severity/);
    expect(() => parseReviewFile(file({ ...valid, provenBy: [{ file: 'README.md', test: 'keeps contextIsolation on' }] }))).toThrow(/a test file under test/);
  });

  it('the committed security/electronegativity-reviewed.json parses and every test it names exists', () => {
    const reviews = parseReviewFile(readFileSync(join(root, 'security/electronegativity-reviewed.json'), 'utf8'));
    const proofs = reviews.flatMap((r) => r.provenBy);
    expect(proofs.filter((p) => !(existsSync(join(root, p.file)) && readFileSync(join(root, p.file), 'utf8').includes(p.test)))).toEqual([]);
    expect(reviews.map((r) => `${r.target} ${r.check}`).sort()).toEqual([
      'electron AUXCLICK_JS_CHECK',
      'electron CONTEXT_ISOLATION_JS_CHECK',
      'electron CSP_GLOBAL_CHECK',
      'electron SANDBOX_JS_CHECK',
      'out AUXCLICK_JS_CHECK',
      'out CONTEXT_ISOLATION_JS_CHECK',
      'out SANDBOX_JS_CHECK',
    ]);
  });
});
