import { afterEach, describe, expect, it } from 'vitest';
import { costLineAmount } from '../../../shared/calc/costLine';
import { readCaseCalcs, readInterventionTypes, readPriceList, readRules, importDataset } from '../../../electron/core/data';
import { cleanupStores, freshStore, voorbeeld } from './helpers';

afterEach(cleanupStores);

async function loaded() {
  const db = await freshStore();
  importDataset(db, voorbeeld(), { actor: 'test' });
  return db;
}

describe('readCaseCalcs feeds the calc engine every case with its lines, interventions, escalations and arrangements', () => {
  it('returns every case, by code, with the right number of parts', async () => {
    const calcs = readCaseCalcs(await loaded());
    const parts = Object.fromEntries(
      calcs.map((c) => [c.code, [c.reference.length, c.actual.length, c.interventions.length, c.escalations.length, c.arrangements.length, c.scores.length]]),
    );
    expect(parts).toEqual({
      'BLO-2024-001': [2, 1, 2, 1, 0, 2],
      'BLO-2024-002': [1, 1, 1, 2, 2, 1],
      'BLO-2025-001': [2, 2, 2, 0, 0, 2],
      'BLO-2025-002': [1, 0, 1, 1, 0, 0],
      'SCH-2024-001': [1, 1, 2, 0, 1, 2],
      'SCH-2024-002': [1, 0, 0, 0, 0, 0],
      'SCH-2025-001': [2, 1, 2, 1, 0, 0],
      'SCH-2025-002': [0, 0, 0, 0, 0, 0],
      'SCH-2025-003': [0, 0, 0, 0, 0, 0],
    });
  });

  it('resolves item lines against the case\'s own price-list version', async () => {
    const [first] = readCaseCalcs(await loaded(), { codes: ['BLO-2024-001'] });
    expect(first?.reference[0]).toEqual({ label: 'Beschermd wonen GGZ (24/7 verblijf)', payer: 'wmo', unit: 'week', unitCostCents: 150000, quantity: 26, probabilityPct: 60, evidence: 'C', amountCents: 2340000 });
    const [sch] = readCaseCalcs(await loaded(), { codes: ['SCH-2024-001'] });
    // No calculation block: the current version (test-2025: 18000 × 1.04).
    expect(sch?.actual[0]?.unitCostCents).toBe(18720);
  });

  it('the stored amount of every line equals the §3.1 amount of the line it feeds', async () => {
    const db = await loaded();
    const stored = db.prepare('SELECT case_code, scenario, position, amount_cents FROM cost_lines ORDER BY case_code, scenario, position').all() as {
      case_code: string;
      scenario: 'reference' | 'actual';
      position: number;
      amount_cents: number;
    }[];
    const calcs = new Map(readCaseCalcs(db).map((c) => [c.code, c]));
    for (const row of stored) {
      const line = calcs.get(row.case_code)?.[row.scenario][row.position];
      // Recomputed from the line's own values, without the stored amount the engine would take.
      const { amountCents, ...values } = line!;
      expect(amountCents).toBe(row.amount_cents);
      expect(costLineAmount(values)).toBe(row.amount_cents);
    }
    // A fractional quantity: bijstand 136000 × 3.5 months × 100 % = 476000.
    expect(stored.find((r) => r.case_code === 'BLO-2025-001' && r.scenario === 'actual' && r.position === 0)?.amount_cents).toBe(476000);
  });

  it('brings the plan date, the tafels and the discussion dates along', async () => {
    const [c] = readCaseCalcs(await loaded(), { codes: ['BLO-2024-002'] });
    expect(c?.planOn).toBe('2024-03-28');
    expect(c?.tafels).toEqual(['tafel-blo', 'tafel-jeugd']);
    expect(c?.discussedOn).toEqual(['2024-03-05', '2024-03-28']);
    expect(c?.escalations[1]).toEqual({
      id: 'esc-2',
      target: 'jeugd_weekbedrag',
      status: 'afgerond',
      submittedOn: '2024-06-12',
      deadlineOn: '2024-07-03',
      arrangementId: 'arr-2',
      besluit: { outcome: 'deels_toegekend', instruments: ['breed_casusoverleg'], decidedOn: '2024-06-27', approvedWeeklyCents: 560000, reviewOn: '2024-09-27' },
    });
  });

  it('filters by wijk and reference period, and can leave ingetrokken cases out', async () => {
    const db = await loaded();
    expect(readCaseCalcs(db, { wijk: 'Schiebroek' }).map((c) => c.code)).toEqual(['SCH-2024-001', 'SCH-2024-002', 'SCH-2025-001', 'SCH-2025-002', 'SCH-2025-003']);
    expect(readCaseCalcs(db, { referenceFrom: '2024-01-01', referenceTo: '2024-12-31', excludeIngetrokken: true }).map((c) => c.code)).toEqual([
      'BLO-2024-001',
      'BLO-2024-002',
      'SCH-2024-001',
    ]);
  });

  it('uses a fixed handful of queries, whatever the number of cases', async () => {
    const db = await loaded();
    let prepared = 0;
    const original = db.prepare.bind(db);
    db.prepare = ((sql: string) => {
      prepared++;
      return original(sql);
    });
    readCaseCalcs(db);
    expect(prepared).toBeLessThanOrEqual(12);
  });
});

describe('catalogue loaders give the calc engine its rules, intervention types and price lists', () => {
  it('loads rules, intervention types and the current or a named price list', async () => {
    const db = await loaded();
    expect(readRules(db).map((r) => [r.kind, r.valueCents])).toEqual([
      ['jeugd_weekbedrag_plafond', 400000],
      ['wmo_extramuraal_weekbedrag_plafond', 80000],
      ['onderaannemer_opslag_verboden', null],
    ]);
    expect(readInterventionTypes(db).find((t) => t.id === 'schuldhulpverlening')?.multiplier).toBe(2);
    expect(readPriceList(db)).toMatchObject({ version: 'test-2025', frozen: false });
    expect(readPriceList(db, 'test-2024')).toMatchObject({ version: 'test-2024', frozen: true });
    expect(() => readPriceList(db, 'bestaat-niet')).toThrow(/bestaat niet/);
  });
});
