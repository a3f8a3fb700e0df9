/**
 * The §3.3 businesscase over a large store (issue #13, PRODUCT.md §7): every case with its cost
 * lines and interventions SUMMED in SQL over the stored, once-rounded amounts (`amount_cents`,
 * `cost_cents`, written by the engine's own functions, caseWrite.ts), instead of one JavaScript
 * object per row. The engine (shared/calc/caseSums.ts) reads a case only through these sums, so
 * the figures are those of readCaseCalcs to the cent (test/integration/data/caseSums.test.ts);
 * attribution, splits and rounding stay in JavaScript.
 */
import { COUNTED_INTERVENTION_STATUSES, type ArrangementSetting, type EvidenceGrade, type Payer, type Spoor, type Unit } from '../../../shared/domain/enums';
import { emptyCaseSumsPerPayer, sporenInOrder, type CaseSums, type SummedCaseCalc } from '../../../shared/calc';
import { toDayNumber } from '../../../shared/calc/dates';
import { addCents } from '../../../shared/calc/money';
import type { Scenario } from '../../../shared/interchange';
import type { Db } from '../store/openDatabase';
import { readCaseHeads } from './caseCalcs';
import type { CaseFilter } from './caseRows';
import { caseFilterParams, selectedCasesSql } from './caseRows';

const COUNTED_SQL = `status IN (${COUNTED_INTERVENTION_STATUSES.map((s) => `'${s}'`).join(', ')})`;

type LineSum = [code: string, scenario: Scenario, payer: Payer, evidence: EvidenceGrade, cents: number];
type InterventionSum = [code: string, counted: 0 | 1, spoor: Spoor, payer: Payer, n: number, cents: number, doorbraken: number, voorliggendVeld: number];

type CostOnDayRow = [code: string, payer: Payer, startedOn: string | null, cents: number];

type CappableRow = [code: string, payer: Payer, unit: Unit, unitCostCents: number, quantity: number, probabilityPct: number, setting: ArrangementSetting | null];

interface Building {
  sums: CaseSums;
  counted: Set<Spoor>;
  any: Set<Spoor>;
}

function empty(): Building {
  return {
    sums: {
      referenceCents: 0,
      actualCents: 0,
      referenceEvidenceACents: 0,
      actualEvidenceACents: 0,
      perPayer: emptyCaseSumsPerPayer(),
      costPerSpoor: { samenredzaamheid: 0, wonen: 0, werk_dagbesteding: 0, financiele_zekerheid: 0 },
      countedSporen: [],
      interventionSporen: [],
      counted: 0,
      doorbraken: 0,
      voorliggendVeld: 0,
      cappableReference: [],
      countedCostByStart: [],
    },
    counted: new Set(),
    any: new Set(),
  };
}

export function readSummedCaseCalcs(db: Db, filter: CaseFilter = {}): SummedCaseCalc[] {
  const p = caseFilterParams(filter);
  const inSelection = `case_code IN (${selectedCasesSql(filter)})`;
  const heads = readCaseHeads(db, filter);
  const building = new Map(heads.map((h) => [h.code, empty()]));
  const of = (code: string): Building => building.get(code) ?? empty();

  // One row per case, scenario, payer and evidence grade: the §3.2 sums need no finer grain.
  const lines = db
    .prepare(`SELECT case_code, scenario, payer, evidence, SUM(amount_cents) FROM cost_lines WHERE ${inSelection} GROUP BY case_code, scenario, payer, evidence`)
    .raw()
    .all(p) as LineSum[];
  for (const [code, scenario, payer, evidence, cents] of lines) {
    const { sums } = of(code);
    const perPayer = sums.perPayer[payer];
    if (scenario === 'reference') {
      sums.referenceCents = addCents(sums.referenceCents, cents);
      if (evidence === 'A') sums.referenceEvidenceACents = addCents(sums.referenceEvidenceACents, cents);
      perPayer.vermedenKosten = addCents(perPayer.vermedenKosten, cents);
    } else {
      sums.actualCents = addCents(sums.actualCents, cents);
      if (evidence === 'A') sums.actualEvidenceACents = addCents(sums.actualEvidenceACents, cents);
      perPayer.vermedenKosten = addCents(perPayer.vermedenKosten, -cents);
    }
  }

  // One row per case, counted or not, spoor and payer; a voorgesteld intervention only names its spoor.
  const interventions = db
    .prepare(
      `SELECT case_code, ${COUNTED_SQL} AS counted, spoor, payer, COUNT(*), SUM(cost_cents), SUM(doorbraak), SUM(voorliggend_veld)
         FROM interventions WHERE ${inSelection} GROUP BY case_code, counted, spoor, payer`,
    )
    .raw()
    .all(p) as InterventionSum[];
  for (const [code, counted, spoor, payer, n, cents, doorbraken, voorliggendVeld] of interventions) {
    const b = of(code);
    b.any.add(spoor);
    if (counted !== 1) continue;
    const { sums } = b;
    b.counted.add(spoor);
    sums.costPerSpoor[spoor] = addCents(sums.costPerSpoor[spoor], cents);
    sums.perPayer[payer].investering = addCents(sums.perPayer[payer].investering, cents);
    sums.counted += n;
    sums.doorbraken += doorbraken;
    sums.voorliggendVeld += voorliggendVeld;
  }

  // Issue #14 item 4: the few reference lines a beleidsregel could cap, whole (mayBePolicyCapped in
  // shared/calc/beleidBegrensd.ts says the same: jeugd, or Wmo extramural, per week, day or night).
  const cappable = db
    .prepare(
      `SELECT case_code, payer, unit, unit_cost_cents, quantity, probability_pct, setting FROM cost_lines
        WHERE ${inSelection} AND scenario = 'reference' AND unit IN ('week', 'dag', 'nacht')
          AND (payer = 'jeugd' OR (payer = 'wmo' AND setting = 'extramuraal'))
        ORDER BY case_code, position`,
    )
    .raw()
    .all(p) as CappableRow[];
  for (const [code, payer, unit, unitCostCents, quantity, probabilityPct, setting] of cappable) {
    of(code).sums.cappableReference.push({ payer, unit, unitCostCents, quantity, probabilityPct, ...(setting !== null ? { setting } : {}) });
  }

  // §3.8: the kalenderjaar view books each counted intervention's cost on its start day.
  const byStart = db
    .prepare(`SELECT case_code, payer, started_on, SUM(cost_cents) FROM interventions WHERE ${inSelection} AND ${COUNTED_SQL} GROUP BY case_code, payer, started_on ORDER BY case_code, payer, started_on`)
    .raw()
    .all(p) as CostOnDayRow[];
  for (const [code, payer, startedOn, cents] of byStart) of(code).sums.countedCostByStart.push([payer, startedOn === null ? null : toDayNumber(startedOn), cents]);

  return heads.map((head): SummedCaseCalc => {
    const b = of(head.code);
    return { ...head, sums: { ...b.sums, countedSporen: sporenInOrder(b.counted), interventionSporen: sporenInOrder(b.any) } };
  });
}

/**
 * §3.7's input for exactly these cases: the counted interventions' cost per type, summed in SQL
 * (only the types with a multiplier are ever read, so only those are summed).
 */
export function readCountedCostPerType(db: Db, codes: readonly string[], typeIds: readonly string[]): Map<string, number> {
  if (codes.length === 0 || typeIds.length === 0) return new Map();
  const rows = db
    .prepare(
      `SELECT type, SUM(cost_cents) FROM interventions
        WHERE case_code IN (SELECT value FROM json_each(@codes)) AND type IN (SELECT value FROM json_each(@types)) AND ${COUNTED_SQL}
        GROUP BY type`,
    )
    .raw()
    .all({ codes: JSON.stringify(codes), types: JSON.stringify(typeIds) }) as [string, number][];
  return new Map(rows);
}

/**
 * The same per case, for every type (a multiplier can be set later): what each case's stored
 * figures keep for §3.7 (caseFigures.ts). Summing these over cases gives readCountedCostPerType.
 */
export function readCountedCostPerCaseAndType(db: Db, codes: readonly string[]): Map<string, [type: string, cents: number][]> {
  const perCase = new Map<string, [string, number][]>();
  if (codes.length === 0) return perCase;
  const rows = db
    .prepare(
      `SELECT case_code, type, SUM(cost_cents) FROM interventions
        WHERE case_code IN (SELECT value FROM json_each(@codes)) AND ${COUNTED_SQL}
        GROUP BY case_code, type ORDER BY case_code, type`,
    )
    .raw()
    .all({ codes: JSON.stringify(codes) }) as [string, string, number][];
  for (const [code, type, cents] of rows) {
    const list = perCase.get(code);
    if (list) list.push([type, cents]);
    else perCase.set(code, [[type, cents]]);
  }
  return perCase;
}
