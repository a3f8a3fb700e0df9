/**
 * One case as a document: read it whole, change it, check the whole case again with the same
 * CaseSchema an import uses, and write it back. Every IPC edit of a case goes through here, so a
 * case edited on screen obeys exactly the rules of an imported one (signaal without alias, one
 * score per leefgebied, an escalation's arrangement in the same case, …).
 */
import { resolveCostLine } from '../../../shared/calc/costLine';
import type { PriceListItem } from '../../../shared/calc/types';
import { localIsoDate } from '../../../shared/format/date';
import { withRetention } from '../../../shared/domain/retention';
import { CaseSchema, SCENARIOS, type CaseFile } from '../../../shared/interchange';
import { UserError } from '../../../shared/ipc/result';
import { firstIssueMessage } from '../../../shared/ipc/zodMessage';
import type { Db } from '../store/openDatabase';
import { casesFromRows } from './caseExport';
import { readCaseRows } from './caseRows';
import { replaceCase, writeCase } from './caseWrite';
import { readCurrentPriceListVersion, freezeUsedPriceLists, readPriceList } from './priceList';
import { readRetentionYears } from './retention';

export function readCase(db: Db, code: string): CaseFile {
  const [found] = casesFromRows(readCaseRows(db, { codes: [code] }), readCurrentPriceListVersion(db));
  if (found === undefined) throw new UserError('NOT_FOUND', `Casus ${code} bestaat niet in deze werkbank. Kies een casus uit de lijst.`);
  return found;
}

/**
 * The amounts as stored when each line was written (§3.1 one rounding per line; §3.2 intervention
 * cost), so a screen never recomputes money and shows exactly what the businesscase sums. Same
 * order as the case's `reference`, `actual` and `interventions` lists.
 */
export function readStoredAmounts(db: Db, code: string): { reference: number[]; actual: number[]; interventions: number[] } {
  const lines = db.prepare('SELECT scenario, amount_cents AS a FROM cost_lines WHERE case_code = ? ORDER BY scenario, position').all(code) as { scenario: string; a: number }[];
  const interventions = db.prepare('SELECT cost_cents AS c FROM interventions WHERE case_code = ? ORDER BY position').all(code) as { c: number }[];
  return {
    reference: lines.filter((l) => l.scenario === 'reference').map((l) => l.a),
    actual: lines.filter((l) => l.scenario === 'actual').map((l) => l.a),
    interventions: interventions.map((v) => v.c),
  };
}

/**
 * Validates the whole case and writes it (a new case, or over the stored one). Call inside the
 * transaction of the mutation, so a refusal changes nothing.
 *
 * §5 a case that has just closed gets its retention date here, whatever closed it (a transition,
 * a received dossier): `today` counts only when its history does not say when it closed.
 */
export function saveCase(db: Db, next: CaseFile, mode: 'insert' | 'replace', today: string = localIsoDate(new Date())): CaseFile {
  const parsed = CaseSchema.safeParse(withRetention(next, readRetentionYears(db), today));
  if (!parsed.success) throw new UserError('BAD_INPUT', firstIssueMessage(parsed.error));
  const c = readPinnedCase(db, parsed.data);
  const versionId = c.calculation?.priceListVersion ?? '';
  const items = priceItems(db, versionId);
  for (const scenario of SCENARIOS) {
    c[scenario].forEach((line, i) => {
      const resolved = resolveCostLine(line, items);
      if (resolved.ok) return;
      const unusable = line.item !== undefined && items.has(line.item) && items.get(line.item)?.unitCostCents === null;
      throw new UserError(unusable ? 'UNUSABLE_PRICE' : 'BAD_INPUT', `${scenario}[${i}]: ${resolved.error}`);
    });
  }
  const prices = { currentVersion: versionId, versions: new Map([[versionId, items]]) };
  if (mode === 'insert') writeCase(db, c, prices);
  else replaceCase(db, c, prices);
  // §3.2: a vastgesteld calculation freezes the price-list version it uses.
  if (c.calculationStatus === 'vastgesteld') freezeUsedPriceLists(db);
  return c;
}

/**
 * §3.2 a calculation records the price-list version it uses. A case without one gets the version
 * its item lines were resolved against, else the current one — so an unrelated edit (an alias, a
 * note) never silently moves the case's figures to a newer price list.
 */
export function readPinnedCase(db: Db, c: CaseFile): CaseFile {
  if (c.calculation !== undefined) return c;
  const stored = db
    .prepare('SELECT price_list_version AS v FROM cost_lines WHERE case_code = ? AND price_list_version IS NOT NULL LIMIT 1')
    .get(c.code) as { v: string } | undefined;
  const version = stored?.v ?? readCurrentPriceListVersion(db);
  if (version === null) throw new UserError('NOT_FOUND', 'Er zijn nog geen kengetallen in deze werkbank. Laad de standaardcatalogi of importeer een prijslijst.');
  return { ...c, calculation: { priceListVersion: version } };
}

function priceItems(db: Db, version: string): Map<string, PriceListItem> {
  return new Map(readPriceList(db, version).items.map((it) => [it.id, it]));
}
