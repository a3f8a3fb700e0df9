/**
 * §2.4 kengetallen in versions. A version is frozen once a vastgesteld calculation uses it; the
 * triggers of migration 002 then refuse every change to it, so fixed calculations never drift.
 */
import type { PriceListItem } from '../../../shared/calc/types';
import type { PriceListFile } from '../../../shared/interchange';
import { UserError } from '../../../shared/ipc/result';
import type { Db } from '../store/openDatabase';

interface ItemRow {
  version: string;
  id: string;
  name: string;
  unit: PriceListItem['unit'];
  unit_cost_cents: number | null;
  payer: PriceListItem['payer'];
  evidence: PriceListItem['evidence'];
  source: string;
  year: number;
}

export interface StoredPriceList {
  version: string;
  frozen: boolean;
  items: PriceListItem[];
}

const toItem = (r: ItemRow): PriceListItem => ({
  id: r.id,
  name: r.name,
  unit: r.unit,
  unitCostCents: r.unit_cost_cents,
  payer: r.payer,
  evidence: r.evidence,
  source: r.source,
  year: r.year,
});

export function readCurrentPriceListVersion(db: Db): string | null {
  const row = db.prepare('SELECT version FROM price_list_versions WHERE is_current = 1').get() as { version: string } | undefined;
  return row?.version ?? null;
}

/** A version with its items (default: the current one). */
export function readPriceList(db: Db, version?: string): StoredPriceList {
  const wanted = version ?? readCurrentPriceListVersion(db);
  const head =
    wanted === null
      ? undefined
      : (db.prepare('SELECT version, frozen FROM price_list_versions WHERE version = ?').get(wanted) as { version: string; frozen: number } | undefined);
  if (head === undefined) {
    throw new UserError(
      'NOT_FOUND',
      wanted === null
        ? 'Er zijn nog geen kengetallen. Laad de standaardcatalogi of importeer een prijslijst.'
        : `Kengetallenversie '${wanted}' bestaat niet in deze werkbank. Kies een bestaande versie.`,
    );
  }
  const rows = db.prepare('SELECT * FROM price_list_items WHERE version = ? ORDER BY position').all(head.version) as ItemRow[];
  return { version: head.version, frozen: head.frozen === 1, items: rows.map(toItem) };
}

/** Every version for an export: the current one, and the others in their stored order. */
export function readPriceLists(db: Db): { current: PriceListFile | null; history: PriceListFile[] } {
  const versions = db.prepare('SELECT version, is_current FROM price_list_versions ORDER BY position').all() as { version: string; is_current: number }[];
  const items = db.prepare('SELECT * FROM price_list_items ORDER BY version, position').all() as ItemRow[];
  const byVersion = new Map<string, PriceListItem[]>();
  for (const row of items) {
    const list = byVersion.get(row.version) ?? [];
    list.push(toItem(row));
    byVersion.set(row.version, list);
  }
  let current: PriceListFile | null = null;
  const history: PriceListFile[] = [];
  for (const v of versions) {
    const file = { version: v.version, items: byVersion.get(v.version) ?? [] };
    if (v.is_current === 1) current = file;
    else history.push(file);
  }
  return { current, history };
}

const sameItems = (a: readonly PriceListItem[], b: readonly PriceListItem[]): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

export interface VersionSummary {
  version: string;
  frozen: boolean;
  current: boolean;
  itemCount: number;
  itemsWithoutAmount: number;
  usedByCases: number;
}

const SUMMARY_SQL = `
  SELECT v.version, v.frozen, v.is_current,
         (SELECT COUNT(*) FROM price_list_items i WHERE i.version = v.version) AS item_count,
         (SELECT COUNT(*) FROM price_list_items i WHERE i.version = v.version AND i.unit_cost_cents IS NULL) AS without_amount,
         (SELECT COUNT(*) FROM (SELECT c.code FROM cases c WHERE c.calc_price_list_version = v.version
                                UNION SELECT l.case_code FROM cost_lines l WHERE l.price_list_version = v.version)) AS used_by_cases
    FROM price_list_versions v`;

interface SummaryRow {
  version: string;
  frozen: number;
  is_current: number;
  item_count: number;
  without_amount: number;
  used_by_cases: number;
}

const toSummary = (r: SummaryRow): VersionSummary => ({
  version: r.version,
  frozen: r.frozen === 1,
  current: r.is_current === 1,
  itemCount: r.item_count,
  itemsWithoutAmount: r.without_amount,
  usedByCases: r.used_by_cases,
});

/** Every version in its stored order, with what the beheer screen needs to choose one. */
export function listPriceListVersions(db: Db): VersionSummary[] {
  return (db.prepare(`${SUMMARY_SQL} ORDER BY v.position`).all() as SummaryRow[]).map(toSummary);
}

/** One version's summary; NOT_FOUND when it does not exist. */
export function readPriceListVersion(db: Db, version: string): VersionSummary {
  const row = db.prepare(`${SUMMARY_SQL} WHERE v.version = ?`).get(version) as SummaryRow | undefined;
  if (row === undefined) {
    throw new UserError('NOT_FOUND', `Kengetallenversie '${version}' bestaat niet in deze werkbank. Kies een bestaande versie.`);
  }
  return toSummary(row);
}

/** How many case cost lines use each item of a version (only items in use are listed). */
export function listPriceListItemUsage(db: Db, version: string): { item: string; costLines: number }[] {
  return db
    .prepare(
      `SELECT item_id AS item, COUNT(*) AS costLines FROM cost_lines WHERE price_list_version = ? GROUP BY item_id ORDER BY item_id`,
    )
    .all(version) as { item: string; costLines: number }[];
}

/**
 * Writes the versions of a file (older ones first, the current one last) and makes the file's
 * current version the store's current one. The merge rule:
 * - a version the store holds frozen must be identical in the file, else CONFLICT;
 * - a version the store holds unfrozen is overwritten by the file's items;
 * - store versions the file does not mention are kept only when frozen or used by a cost line or a
 *   calculation; unused ones (such as the seeded defaults in a fresh store) are replaced.
 */
export function writePriceLists(db: Db, current: PriceListFile, history: readonly PriceListFile[], now: Date): void {
  const inFile = [...history, current];
  const named = new Set(inFile.map((v) => v.version));
  for (const v of inFile) {
    const existing = db.prepare('SELECT frozen FROM price_list_versions WHERE version = ?').get(v.version) as { frozen: number } | undefined;
    if (existing?.frozen === 1 && !sameItems(readPriceList(db, v.version).items, v.items)) {
      throw new UserError(
        'CONFLICT',
        `Kengetallenversie '${v.version}' is al vastgesteld in deze werkbank en wijkt af van de versie in het bestand. Geef de gewijzigde kengetallen een nieuw versienummer.`,
      );
    }
  }
  const unused = db
    .prepare(
      `SELECT version FROM price_list_versions v
        WHERE frozen = 0
          AND NOT EXISTS (SELECT 1 FROM cost_lines l WHERE l.price_list_version = v.version)
          AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.calc_price_list_version = v.version)`,
    )
    .all() as { version: string }[];
  const remove = db.prepare('DELETE FROM price_list_versions WHERE version = ?');
  for (const { version } of unused) if (!named.has(version)) remove.run(version);

  const kept = db.prepare('SELECT COALESCE(MAX(position) + 1, 0) AS n FROM price_list_versions WHERE version NOT IN (SELECT value FROM json_each(?))');
  const base = (kept.get(JSON.stringify([...named])) as { n: number }).n;
  db.prepare('UPDATE price_list_versions SET is_current = 0 WHERE is_current = 1').run();
  const upsertVersion = db.prepare(
    `INSERT INTO price_list_versions (version, position, created_at, frozen, is_current) VALUES (@version, @position, @createdAt, 0, @isCurrent)
     ON CONFLICT (version) DO UPDATE SET position = excluded.position, is_current = excluded.is_current`,
  );
  inFile.forEach((v, i) => {
    upsertVersion.run({ version: v.version, position: base + i, createdAt: now.toISOString(), isCurrent: v === current ? 1 : 0 });
    const frozen = (db.prepare('SELECT frozen FROM price_list_versions WHERE version = ?').get(v.version) as { frozen: number }).frozen;
    if (frozen === 0) replaceItems(db, v);
  });
}

function replaceItems(db: Db, v: PriceListFile): void {
  const ids = JSON.stringify(v.items.map((it) => it.id));
  db.prepare('DELETE FROM price_list_items WHERE version = ? AND id NOT IN (SELECT value FROM json_each(?))').run(v.version, ids);
  const upsert = db.prepare(
    `INSERT INTO price_list_items (version, id, position, name, unit, unit_cost_cents, payer, evidence, source, year)
     VALUES (@version, @id, @position, @name, @unit, @unitCostCents, @payer, @evidence, @source, @year)
     ON CONFLICT (version, id) DO UPDATE SET position = excluded.position, name = excluded.name, unit = excluded.unit,
       unit_cost_cents = excluded.unit_cost_cents, payer = excluded.payer, evidence = excluded.evidence,
       source = excluded.source, year = excluded.year`,
  );
  v.items.forEach((it, i) => upsert.run({ version: v.version, position: i, ...it }));
}

/**
 * Freezes every version that a vastgesteld calculation uses: the one it names, and the one its
 * item-based cost lines were resolved against. Idempotent.
 */
export function freezeUsedPriceLists(db: Db): void {
  db.prepare(
    `UPDATE price_list_versions SET frozen = 1
      WHERE frozen = 0 AND version IN (
        SELECT c.calc_price_list_version FROM cases c
         WHERE c.calculation_status = 'vastgesteld' AND c.calc_price_list_version IS NOT NULL
        UNION
        SELECT l.price_list_version FROM cost_lines l JOIN cases c ON c.code = l.case_code
         WHERE c.calculation_status = 'vastgesteld' AND l.price_list_version IS NOT NULL)`,
  ).run();
}

/**
 * The kengetallen versions the given cases' figures rest on: the version each fixed calculation
 * records, and every version a cost line took its item from. An export names them (issue #10) so a
 * reader can trace each amount to its price list. The codes go in as one JSON array, not as one
 * parameter each: an export over 10.000 cases would pass SQLite's parameter limit.
 */
export function listPriceListVersionsUsedBy(db: Db, caseCodes: readonly string[]): string[] {
  const rows = db
    .prepare(
      `SELECT DISTINCT v FROM (
         SELECT price_list_version AS v FROM cost_lines WHERE case_code IN (SELECT value FROM json_each(@codes))
         UNION SELECT calc_price_list_version AS v FROM cases WHERE code IN (SELECT value FROM json_each(@codes))
       ) WHERE v IS NOT NULL ORDER BY v`,
    )
    .all({ codes: JSON.stringify(caseCodes) }) as { v: string }[];
  return rows.map((r) => r.v);
}
