/**
 * `npm run demo` (issue #13 item 2): a living app at once for a newcomer. Fills a fresh demo store
 * in a new temporary folder with 300 generated, wholly fictitious cases (generateDataset, seed 13),
 * through the normal import, prints the demo passphrase, and starts the browser host (main.ts) on
 * that folder. The folder is removed when the host stops. Never point this at a real store: it
 * only ever makes a new one.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDataset } from '../core/demo/generateDataset';
import { importDataset } from '../core/data/importDataset';
import { DB_FILE_NAME } from '../core/store/session';
import { closeStore, createStore } from '../core/store/store';

/** Printed on purpose: a demo store holds nothing but generated data. */
const DEMO_PASSPHRASE = 'demo-werkbank-2026';
const DEMO_CASES = 300;

const dir = mkdtempSync(join(tmpdir(), 'werkbank-demo-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const db = await createStore(join(dir, DB_FILE_NAME), DEMO_PASSPHRASE);
const counts = importDataset(db, JSON.parse(JSON.stringify(generateDataset({ cases: DEMO_CASES, seed: 13 }))), { actor: 'demo' });
closeStore(db);
console.log(`Demowerkbank met ${String(counts.cases)} fictieve casussen, ${String(counts.interventions)} interventies en ${String(counts.meetings)} bijeenkomsten.`);
console.log(`Wachtwoordzin: ${DEMO_PASSPHRASE}   (de map wordt verwijderd als u de host stopt)`);
process.env.WERKBANK_DATA_DIR = dir;
await import('./main');
