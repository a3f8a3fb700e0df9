/**
 * §2.4 maintaining kengetallen one change at a time: new versions, the current version, and items.
 * A version used by a vastgesteld calculation is immutable (migration 002's triggers enforce it;
 * this module refuses first with a message a person can act on). §2.4: the app never invents a
 * price, so an amount is only accepted together with its public source.
 */
import { costLineAmount } from '../../../shared/calc/costLine';
import type { PriceListItem } from '../../../shared/calc/types';
import { UserError } from '../../../shared/ipc/result';
import type { Db } from '../store/openDatabase';
import { readCurrentPriceListVersion, readPriceList, readPriceListVersion } from './priceList';

/**
 * Refuses any change to a version a fixed calculation uses: frozen, or (should a freeze have been
 * missed) named by a vastgesteld case. The message tells the administrator what to do instead.
 */
function refuseWhenFrozen(db: Db, version: string): void {
  const summary = readPriceListVersion(db, version);
  const fixedUser = db
    .prepare(
      `SELECT 1 FROM cases c WHERE c.calculation_status = 'vastgesteld'
          AND (c.calc_price_list_version = @v OR EXISTS (SELECT 1 FROM cost_lines l WHERE l.case_code = c.code AND l.price_list_version = @v))
        LIMIT 1`,
    )
    .get({ v: version });
  if (summary.frozen || fixedUser !== undefined) {
    throw new UserError(
      'CONFLICT',
      `Kengetallenversie '${version}' is vastgezet: een vastgestelde berekening gebruikt haar, en die mag nooit meer veranderen. ` +
        'Maak een nieuwe kengetallenversie aan (een kopie van deze), wijzig de kengetallen daar en maak haar de huidige versie.',
    );
  }
}

/** A new, unfrozen version holding a copy of `copyFrom`'s items (or of the current version). Not made current. */
export function createPriceListVersion(db: Db, version: string, copyFrom: string | null, now: Date): { copiedFrom: string | null; items: number } {
  if (db.prepare('SELECT 1 FROM price_list_versions WHERE version = ?').get(version) !== undefined) {
    throw new UserError('CONFLICT', `Kengetallenversie '${version}' bestaat al. Kies een ander versienummer.`);
  }
  const source = copyFrom ?? readCurrentPriceListVersion(db);
  const items = source === null ? [] : readPriceList(db, source).items;
  const position = (db.prepare('SELECT COALESCE(MAX(position) + 1, 0) AS n FROM price_list_versions').get() as { n: number }).n;
  db.prepare('INSERT INTO price_list_versions (version, position, created_at, frozen, is_current) VALUES (?, ?, ?, 0, 0)').run(
    version,
    position,
    now.toISOString(),
  );
  const insert = db.prepare(
    `INSERT INTO price_list_items (version, id, position, name, unit, unit_cost_cents, payer, evidence, source, year)
     VALUES (@version, @id, @position, @name, @unit, @unitCostCents, @payer, @evidence, @source, @year)`,
  );
  items.forEach((it, i) => insert.run({ version, position: i, ...it }));
  return { copiedFrom: source, items: items.length };
}

/** Makes `version` the one new calculations use; returns the previous current version. */
export function setCurrentPriceListVersion(db: Db, version: string): string | null {
  readPriceListVersion(db, version);
  const previous = readCurrentPriceListVersion(db);
  if (previous !== version) {
    db.prepare('UPDATE price_list_versions SET is_current = 0 WHERE is_current = 1').run();
    db.prepare('UPDATE price_list_versions SET is_current = 1 WHERE version = ?').run(version);
  }
  return previous;
}

interface LineRow {
  case_code: string;
  scenario: string;
  position: number;
  label: string;
  label_given: number;
  quantity: number;
  probability_pct: number;
}

const linesUsing = (db: Db, version: string, itemId: string): LineRow[] =>
  db
    .prepare(
      `SELECT case_code, scenario, position, label, label_given, quantity, probability_pct
         FROM cost_lines WHERE price_list_version = ? AND item_id = ? ORDER BY case_code, scenario, position`,
    )
    .all(version, itemId) as LineRow[];

export interface SavedItem {
  created: boolean;
  previous: PriceListItem | null;
  costLinesUpdated: number;
}

/**
 * Adds or changes one item of an unfrozen version. The cost lines of (concept) cases that use the
 * item store its resolved values (§3.1), so they follow the change and stay exact; an item in use
 * cannot lose its amount.
 */
export function savePriceListItem(db: Db, version: string, item: PriceListItem): SavedItem {
  refuseWhenFrozen(db, version);
  const previous = readPriceList(db, version).items.find((it) => it.id === item.id) ?? null;
  checkSource(item, previous);
  const lines = linesUsing(db, version, item.id);
  if (item.unitCostCents === null && lines.length > 0) {
    throw new UserError(
      'CONFLICT',
      `Kengetal '${item.id}' wordt gebruikt in ${describeUse(lines)}; het bedrag kan daar niet leeg worden gemaakt. ` +
        'Vul een bedrag met bron in, of haal het kengetal eerst uit die kostenregels.',
    );
  }
  if (previous === null) {
    const position = (db.prepare('SELECT COALESCE(MAX(position) + 1, 0) AS n FROM price_list_items WHERE version = ?').get(version) as { n: number }).n;
    db.prepare(
      `INSERT INTO price_list_items (version, id, position, name, unit, unit_cost_cents, payer, evidence, source, year)
       VALUES (@version, @id, @position, @name, @unit, @unitCostCents, @payer, @evidence, @source, @year)`,
    ).run({ version, position, ...item });
  } else {
    db.prepare(
      `UPDATE price_list_items SET name = @name, unit = @unit, unit_cost_cents = @unitCostCents, payer = @payer,
              evidence = @evidence, source = @source, year = @year
        WHERE version = @version AND id = @id`,
    ).run({ version, ...item });
  }
  if (item.unitCostCents !== null) updateLines(db, item as PriceListItem & { unitCostCents: number }, lines);
  return { created: previous === null, previous, costLinesUpdated: lines.length };
}

/**
 * §2.4: filling an item that had no amount needs a new source text. (An empty source never gets
 * here: PriceListItemSchema refuses it for every item, at the channel.)
 */
function checkSource(item: PriceListItem, previous: PriceListItem | null): void {
  if (item.unitCostCents === null) return;
  if (previous !== null && previous.unitCostCents === null && previous.source.trim() === item.source.trim()) {
    throw new UserError(
      'BAD_INPUT',
      'item.source: dit kengetal had nog geen bedrag omdat er geen publieke bron was. Vervang de brontekst door de bron van het nieuwe bedrag, en vul bewijsgraad en jaar in.',
    );
  }
}

function updateLines(db: Db, item: PriceListItem & { unitCostCents: number }, lines: readonly LineRow[]): void {
  const update = db.prepare(
    `UPDATE cost_lines SET label = @label, payer = @payer, unit = @unit, unit_cost_cents = @unitCostCents,
            evidence = @evidence, amount_cents = @amount
      WHERE case_code = @caseCode AND scenario = @scenario AND position = @position`,
  );
  for (const l of lines) {
    const label = l.label_given === 1 ? l.label : item.name;
    const line = {
      label,
      payer: item.payer,
      unit: item.unit,
      unitCostCents: item.unitCostCents,
      quantity: l.quantity,
      probabilityPct: l.probability_pct,
      evidence: item.evidence,
    };
    update.run({ ...line, amount: costLineAmount(line), caseCode: l.case_code, scenario: l.scenario, position: l.position });
  }
}

function describeUse(lines: readonly LineRow[]): string {
  const cases = new Set(lines.map((l) => l.case_code)).size;
  return `${String(lines.length)} kostenregel${lines.length === 1 ? '' : 's'} van ${String(cases)} casus${cases === 1 ? '' : 'sen'}`;
}

/** Removes an item from an unfrozen version when no case cost line uses it; returns the removed item. */
export function removePriceListItem(db: Db, version: string, itemId: string): PriceListItem {
  refuseWhenFrozen(db, version);
  const item = readPriceList(db, version).items.find((it) => it.id === itemId);
  if (item === undefined) {
    throw new UserError('NOT_FOUND', `Kengetal '${itemId}' staat niet in kengetallenversie '${version}'. Kies een bestaand kengetal.`);
  }
  const lines = linesUsing(db, version, itemId);
  if (lines.length > 0) {
    throw new UserError(
      'CONFLICT',
      `Kengetal '${itemId}' wordt gebruikt in ${describeUse(lines)} en kan niet worden verwijderd. Haal het eerst uit die kostenregels.`,
    );
  }
  db.prepare('DELETE FROM price_list_items WHERE version = ? AND id = ?').run(version, itemId);
  return item;
}
