import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import type { DatasetFile } from '../../../shared/interchange';
import { exportDataset } from '../../../electron/core/data';
import type { Db } from '../../../electron/core/store/openDatabase';
import { createStore } from '../../../electron/core/store/store';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
export const FIXED_NOW = new Date('2025-06-01T12:00:00.000Z');

/** Stores made by a test; closed and removed by cleanupStores() in afterEach/afterAll. */
const opened: { db: Db; dir: string }[] = [];

/** A fresh encrypted store with the default catalogues, cheap KDF for speed. */
export async function freshStore(): Promise<Db> {
  const dir = mkdtempSync(join(tmpdir(), 'werkbank-data-'));
  const db = await createStore(join(dir, 'werkbank.db'), 'test-wachtwoordzin', { N: 2 ** 10, r: 8, p: 1 });
  opened.push({ db, dir });
  return db;
}

/** A bare in-memory database (no migrations), for stepping through migrations one by one. */
export function bareDatabase(): Db {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  return db;
}

export function cleanupStores(): void {
  for (const { db, dir } of opened.splice(0)) {
    if (db.open) db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function readJson(relative: string): unknown {
  return JSON.parse(readFileSync(join(FIXTURES, relative), 'utf8')) as unknown;
}

/** The example dataset, as a fresh mutable copy. */
export function voorbeeld(): DatasetFile {
  return readJson('dataset-voorbeeld.json') as DatasetFile;
}

export function withoutExportedAt(file: DatasetFile): Omit<DatasetFile, 'exportedAt'> {
  const { exportedAt: _exportedAt, ...rest } = file;
  return rest;
}

export function auditCount(db: Db): number {
  return (db.prepare('SELECT COUNT(*) AS n FROM audit_log').get() as { n: number }).n;
}

/** Everything the store holds except the audit log, for before/after comparisons. */
export function snapshot(db: Db): DatasetFile {
  return exportDataset(db, { now: FIXED_NOW });
}

export function tableNames(db: Db): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
}
