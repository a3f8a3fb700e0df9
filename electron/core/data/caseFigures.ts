/**
 * Each case's §3.3 figures, stored (migration 021, issue #13): what figuredCaseOf(case,
 * computeCaseRendement(case, rules)) gives, written right after the case's summary from that very
 * summary, so the cohort of a year is one read of plain columns instead of every summary parsed
 * and every rendement computed again. The case row's wijk, calculation status and signaal flag are
 * read live.
 * Current or absent, never stale (the migration's triggers); a read computes any case still
 * without figures from its summary (caseFigures.test.ts proves both equal the engine).
 */
import {
  computeCaseRendement,
  figuredCaseOf,
  type BusinesscaseCaseRow,
  type EscalationFact,
  type FiguredCase,
} from '../../../shared/calc';
import { addCents } from '../../../shared/calc/money';
import type { CalculationStatus } from '../../../shared/domain/enums';
import type { Db } from '../store/openDatabase';
import { caseFilterParams, selectedCasesCondition, type CaseFilter } from './caseRows';
import { readCountedCostPerCaseAndType } from './caseSums';
import { readStoredSummedCaseCalcs } from './caseSummaries';
import { readRules } from './catalogues';
import { casesWithoutCurrentRow, currentRowSql } from './derivedRows';
import { decodePerPayer, encodePerPayer, type EncodedPerPayer } from './perPayerCodec';
import { cached } from './rows';

/** The shape of the stored figures; raise it when FiguredCase or its derivation changes (older rows then count as missing). */
const CASE_FIGURES_VERSION = 1;

const FIGURE_COLUMNS = [
  'reference_cents',
  'actual_cents',
  'vermeden_kosten',
  'vermeden_gecorrigeerd',
  'vermeden_zeker',
  'investering',
  'netto_rendement',
  'rendement_per_euro',
  'begrensd_door_beleid',
  'niet_toegerekend',
  'spoor_samenredzaamheid',
  'spoor_wonen',
  'spoor_werk_dagbesteding',
  'spoor_financiele_zekerheid',
  'per_payer',
  'counted',
  'doorbraken',
  'voorliggend_veld',
  'escalations',
  'days_to_plan',
  'counted_cost_per_type',
] as const;

/** A stored row as read: the case's code, wijk, calculation status and signaal flag, then FIGURE_COLUMNS in order. */
type FiguresRow = [
  code: string,
  wijk: string,
  calculationStatus: CalculationStatus,
  isSignaal: number,
  referenceCents: number,
  actualCents: number,
  vermedenKosten: number,
  vermedenGecorrigeerd: number,
  vermedenZeker: number,
  investering: number,
  nettoRendement: number,
  rendementPerEuro: number | null,
  begrensdDoorBeleid: number,
  nietToegerekend: number,
  samenredzaamheid: number,
  wonen: number,
  werkDagbesteding: number,
  financieleZekerheid: number,
  perPayer: string,
  counted: number,
  doorbraken: number,
  voorliggendVeld: number,
  escalations: string | null,
  daysToPlan: number | null,
  countedCostPerType: string,
];

/** A case's figures with its §3.7 input: the counted interventions' cost per type (every type with one). */
export interface StoredCaseFigures extends FiguredCase {
  countedCostPerType: readonly CostOfType[];
}
type CostOfType = readonly [type: string, cents: number];

function valuesOf(f: StoredCaseFigures): (string | number | null)[] {
  const r = f.rendement;
  return [
    r.referenceCents,
    r.actualCents,
    r.vermedenKosten,
    r.vermedenGecorrigeerd,
    r.vermedenZeker,
    r.investering,
    r.nettoRendement,
    r.rendementPerEuro,
    r.begrensdDoorBeleid,
    r.nietToegerekend,
    r.perSpoor.samenredzaamheid,
    r.perSpoor.wonen,
    r.perSpoor.werk_dagbesteding,
    r.perSpoor.financiele_zekerheid,
    JSON.stringify(encodePerPayer(r.perPayer)),
    f.counted,
    f.doorbraken,
    f.voorliggendVeld,
    f.escalations.length === 0 ? null : JSON.stringify(f.escalations),
    f.daysToPlan,
    JSON.stringify(f.countedCostPerType),
  ];
}

const NO_ESCALATIONS: readonly EscalationFact[] = Object.freeze([]);

/** A stored row back as the engine's FiguredCase: the same keys in the same order, the same cents. */
function figuredCaseFromRow(row: FiguresRow): StoredCaseFigures {
  const rendement: BusinesscaseCaseRow = {
    code: row[0],
    wijk: row[1],
    calculationStatus: row[2],
    referenceCents: row[4],
    actualCents: row[5],
    vermedenKosten: row[6],
    vermedenGecorrigeerd: row[7],
    vermedenZeker: row[8],
    investering: row[9],
    nettoRendement: row[10],
    rendementPerEuro: row[11],
    perPayer: decodePerPayer(JSON.parse(row[18]) as EncodedPerPayer),
    perSpoor: { samenredzaamheid: row[14], wonen: row[15], werk_dagbesteding: row[16], financiele_zekerheid: row[17] },
    nietToegerekend: row[13],
    begrensdDoorBeleid: row[12],
  };
  return {
    code: row[0],
    wijk: row[1],
    calculationStatus: row[2],
    rendement,
    isSignaal: row[3] === 1,
    counted: row[19],
    doorbraken: row[20],
    voorliggendVeld: row[21],
    escalations: row[22] === null ? NO_ESCALATIONS : (JSON.parse(row[22]) as EscalationFact[]),
    daysToPlan: row[23],
    countedCostPerType: JSON.parse(row[24]) as CostOfType[],
  };
}

const casesWithoutFigures = (db: Db, filter: CaseFilter) => casesWithoutCurrentRow(db, 'case_figures', CASE_FIGURES_VERSION, filter);

/** The engine's figures of these cases, from their summaries (or their rows where a summary is missing). */
function computeFigures(db: Db, codes: readonly string[]): StoredCaseFigures[] {
  if (codes.length === 0) return [];
  const rules = readRules(db);
  const costs = readCountedCostPerCaseAndType(db, codes);
  return readStoredSummedCaseCalcs(db, { codes: [...codes] }).map((c) => ({
    ...figuredCaseOf(c, computeCaseRendement(c, rules)),
    countedCostPerType: costs.get(c.code) ?? NO_COSTS,
  }));
}

const NO_COSTS: readonly CostOfType[] = Object.freeze([]);

/** §3.7's input over these cases: their counted cost per type summed, for the given types only (readCountedCostPerType's result). */
export function countedCostPerTypeOf(cases: readonly StoredCaseFigures[], typeIds: readonly string[]): Map<string, number> {
  const wanted = new Set(typeIds);
  const sums = new Map<string, number>();
  for (const c of cases) {
    for (const [type, cents] of c.countedCostPerType) if (wanted.has(type)) sums.set(type, addCents(sums.get(type) ?? 0, cents));
  }
  return sums;
}

/**
 * Writes the figures of every case that lacks current ones. Called by writeDerivedCaseData,
 * after the summaries, so every writing transaction ends with both.
 */
export function writeMissingCaseFigures(db: Db): void {
  const missing = casesWithoutFigures(db, {});
  if (missing.length === 0) return;
  const upsert = cached(
    db,
    `INSERT OR REPLACE INTO case_figures (case_code, version, ${FIGURE_COLUMNS.join(', ')}) VALUES (?, ?, ${FIGURE_COLUMNS.map(() => '?').join(', ')})`,
  );
  for (const f of computeFigures(db, missing)) upsert.run(f.code, CASE_FIGURES_VERSION, ...valuesOf(f));
}

/**
 * The selected cases' figures in code order, read from the stored rows; a case without current
 * figures is computed for this read (a read never writes).
 */
export function readStoredCaseFigures(db: Db, filter: CaseFilter = {}): StoredCaseFigures[] {
  const missing = casesWithoutFigures(db, filter);
  // No ORDER BY: the cases come by reference date, and SQLite's sort of the rows (a temporary
  // B-tree) cost more than sorting the objects here (issue #13).
  const rows = db
    .prepare(
      `SELECT c.code, c.wijk, c.calculation_status, c.is_signaal, ${FIGURE_COLUMNS.map((col) => `f.${col}`).join(', ')}
         FROM cases c JOIN case_figures f ON f.case_code = c.code AND ${currentRowSql('f')}
        WHERE ${selectedCasesCondition(filter)}`,
    )
    .raw()
    .all({ ...caseFilterParams(filter), version: CASE_FIGURES_VERSION }) as FiguresRow[];
  const figures = rows.map(figuredCaseFromRow);
  if (missing.length > 0) figures.push(...computeFigures(db, missing));
  return figures.sort(byCode);
}

/** Code-point order, as the engine sorts (shared/calc/businesscase.ts). */
function byCode(a: { code: string }, b: { code: string }): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}
