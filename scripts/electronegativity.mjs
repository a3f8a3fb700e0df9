// `npm run lint:electron`, and a check of `npm test` (issue #12 item 3): the Electron gate.
// Electronegativity (Doyensec) scans the Electron sources (electron/) and the built bundles as
// they ship (out/: main, preload, renderer, scanned together so its global checks see the whole
// app). It always exits 0, so this script judges its findings: it fails on every HIGH or MEDIUM
// finding that security/electronegativity-reviewed.json does not list with the reason it is safe
// and the test that proves it, on every review that no longer matches a finding (the list must
// not rot), and on every file the scanner could not read (no check ran on it). The judging is in
// electronegativityGate.ts, unit-tested.
//
// Electronegativity 1.10.3 is used through its library API (its package's main), offline:
// - It fetches translations and Electron's release list with `got`. Offline under Node 24 the
//   retry crashes the process (p-cancelable: "onCancel handler attached after the promise
//   settled"). `got` is replaced in the module cache by a function that rejects at once, which
//   both callers already handle; the release check (is a newer Electron out?) is excluded too:
//   that is the job of `npm outdated`, not of a gate that must give the same answer offline.
// - Its AST walker (estraverse) does not know Babel's `ClassPrivateProperty`, so it skipped the
//   whole renderer bundle with "Unknown node type". The two node types are taught to it below.
// - It only reads .js/.jsx/.ts/.tsx/.html files, so it would skip the CommonJS preload bundle
//   (index.cjs). Each target is scanned as a staged copy with .cjs/.mjs renamed to .js, and the
//   findings are reported under the real names.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { describeVerdict, judge, parseReviewFile, readScanResult, stagedName } from './electronegativityGate.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const REVIEW_FILE = join(root, 'security/electronegativity-reviewed.json');
const TARGETS = ['electron', 'out'];
const BUNDLES = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];

function fail(message) {
  console.error(`Electron gate: ${message}`);
  process.exit(1);
}

const require = createRequire(import.meta.url);

function loadScannerOffline() {
  let runnerPath;
  try {
    runnerPath = require.resolve('@doyensec/electronegativity');
  } catch {
    fail('@doyensec/electronegativity is not installed: run `npm install` (it is a devDependency)');
  }
  const toolRequire = createRequire(runnerPath);
  const version = toolRequire('../package.json').version;

  const offline = () => Promise.reject(new Error('the Electron gate makes no network requests'));
  offline.head = offline;
  const gotPath = toolRequire.resolve('got');
  require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offline, children: [], paths: [] };

  const estraverse = toolRequire('estraverse-fb');
  for (const [type, keys] of Object.entries({ ClassPrivateProperty: ['key', 'value'], PrivateName: ['id'] })) {
    estraverse.Syntax[type] ??= type;
    estraverse.VisitorKeys[type] ??= keys;
  }
  return { run: toolRequire(runnerPath), version };
}

/** Copies `dir` to a temporary folder with .cjs/.mjs renamed to .js; returns it and the way back. */
function stage(dir) {
  const staged = mkdtempSync(join(tmpdir(), 'werkbank-electronegativity-'));
  cpSync(dir, staged, { recursive: true });
  const original = new Map();
  for (const file of readdirSync(staged, { recursive: true, encoding: 'utf8' })) {
    const renamed = stagedName(file.replaceAll('\\', '/'));
    if (renamed === null) continue;
    if (existsSync(join(staged, renamed))) fail(`cannot stage ${dir}/${file}: ${renamed} exists too`);
    renameSync(join(staged, file), join(staged, renamed));
    original.set(renamed, file.replaceAll('\\', '/'));
  }
  return { staged, originalName: (file) => original.get(file) ?? file };
}

const KNOWN_OFFLINE_NOTICES = new Set([
  'Could not retrieve updated translations for the current locale',
  "Something went wrong while fetching Electron's releases. No connectivity?",
]);

async function scan(run, target, electronVersion) {
  const { staged, originalName } = stage(join(root, target));
  const log = console.log;
  // The scanner says it could not reach the network; that is this script's choice, not news.
  console.log = (...args) => {
    if (!(args.length === 1 && KNOWN_OFFLINE_NOTICES.has(stripVTControlCharacters(String(args[0]))))) log(...args);
  };
  try {
    const raw = await run({
      input: staged,
      isRelative: true,
      isVerbose: false,
      customScan: [],
      excludeFromScan: ['availablesecurityfixesglobalcheck'],
      parserPlugins: [],
      electronVersionOverride: electronVersion,
    });
    return readScanResult(target, raw, staged, originalName);
  } finally {
    console.log = log;
    rmSync(staged, { recursive: true, force: true });
  }
}


let reviews;
try {
  reviews = parseReviewFile(readFileSync(REVIEW_FILE, 'utf8'));
} catch (e) {
  fail(`security/electronegativity-reviewed.json is not valid: ${e instanceof Error ? e.message : String(e)}`);
}

// The version the app ships with; the scanner cannot read it from a missing binary.
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
process.env.LANG = 'en-US'; // the scanner's messages, whatever the machine's locale
const { run, version } = loadScannerOffline();

const build = spawnSync('npx', ['electron-vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) fail('electron-vite build failed: there are no bundles to scan');
for (const bundle of BUNDLES) if (!existsSync(join(root, bundle))) fail(`the build did not produce ${bundle}`);

const findings = [];
const errors = [];
for (const target of TARGETS) {
  const result = await scan(run, target, electronVersion);
  findings.push(...result.findings);
  errors.push(...result.errors);
}

const readTest = (file) => (existsSync(join(root, file)) ? readFileSync(join(root, file), 'utf8') : null);
const verdict = judge({ findings, errors }, reviews, readTest);
console.log(`Electronegativity ${version} (offline) on ${TARGETS.join('/, ')}/ for Electron ${electronVersion}`);
for (const line of describeVerdict(verdict)) console.log(line);
console.log(verdict.ok ? 'Electron gate: passed' : 'Electron gate: FAILED');
process.exit(verdict.ok ? 0 : 1);
