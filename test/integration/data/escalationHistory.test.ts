/** §2.3/§5 an escalation's status history (who / when / why) travels with the interchange file. */
import { afterEach, describe, expect, it } from 'vitest';
import { parseDataset, type DatasetFile, type EscalationStatusChangeFile } from '../../../shared/interchange';
import { exportDataset, importDataset } from '../../../electron/core/data';
import { casesFromRows } from '../../../electron/core/data/caseExport';
import { readCaseRows } from '../../../electron/core/data/caseRows';
import { cleanupStores, FIXED_NOW, freshStore, voorbeeld, withoutExportedAt } from './helpers';

afterEach(cleanupStores);

const TERUGGELEGD_WHY = 'Onderbouwing ontbreekt: welke regel blokkeert?';

/** The example plus a different history on each of BLO-2024-002's two escalations (grouping must not mix them). */
function withMoreHistory(): DatasetFile {
  const file = voorbeeld();
  const c = file.cases.find((x) => x.code === 'BLO-2024-002');
  if (c === undefined || c.escalations.length !== 2) throw new Error('BLO-2024-002 met twee escalaties ontbreekt in het voorbeeld');
  const first: EscalationStatusChangeFile[] = [
    { from: null, to: 'concept', at: '2024-03-19T08:00:00Z' },
    { from: 'concept', to: 'ingediend', at: '2024-03-20T09:00:00Z', by: 'Jeugdconsulent (fictief)', why: 'Weekbedrag boven het maximum' },
  ];
  const second: EscalationStatusChangeFile[] = [{ from: 'besluit', to: 'afgerond', at: '2024-06-28T10:00:00+02:00', by: 'Tafelvoorzitter (fictief)' }];
  c.escalations = c.escalations.map((e, i) => ({ ...e, statusHistory: i === 0 ? first : second }));
  return file;
}

const historyOf = (file: DatasetFile, code: string, index: number) => file.cases.find((c) => c.code === code)?.escalations[index]?.statusHistory;

describe('§4 an escalation status history round-trips exactly', () => {
  it('the example carries the teruggelegd step of SCH-2025-001 with who and why, and gives it back unchanged', async () => {
    const db = await freshStore();
    importDataset(db, voorbeeld(), { actor: 'test' });
    const out = exportDataset(db, { now: FIXED_NOW });
    expect(historyOf(out, 'SCH-2025-001', 0)?.at(-1)).toEqual({
      from: 'ingediend',
      to: 'teruggelegd',
      at: '2025-03-26T14:00:00Z',
      by: 'Secretaris Wijk-MT (fictief)',
      why: TERUGGELEGD_WHY,
    });
    expect(out).toStrictEqual(voorbeeld());
  });

  it('histories on several escalations of one case stay with their own escalation, in order; import → export → import → export is identical', async () => {
    const a = await freshStore();
    importDataset(a, withMoreHistory(), { actor: 'test' });
    const first = exportDataset(a, { now: FIXED_NOW });
    expect(first).toStrictEqual(withMoreHistory());
    expect(historyOf(first, 'BLO-2024-002', 0)?.map((h) => h.to)).toEqual(['concept', 'ingediend']);
    expect(historyOf(first, 'BLO-2024-002', 1)?.map((h) => h.to)).toEqual(['afgerond']);
    // An escalation without history writes no statusHistory at all (canonical form).
    expect(first.cases.find((c) => c.code === 'BLO-2024-001')?.escalations[0]).not.toHaveProperty('statusHistory');

    const b = await freshStore();
    importDataset(b, first, { actor: 'test' });
    expect(withoutExportedAt(exportDataset(b, { now: new Date('2026-01-01T00:00:00Z') }))).toStrictEqual(withoutExportedAt(first));
  });

  it('reading one case reads only its own escalation history', async () => {
    const db = await freshStore();
    importDataset(db, withMoreHistory(), { actor: 'test' });
    const [only] = casesFromRows(readCaseRows(db, { codes: ['SCH-2025-001'] }), 'test-2025');
    expect(only?.escalations.map((e) => e.statusHistory?.map((h) => h.to))).toEqual([['concept', 'ingediend', 'teruggelegd']]);
  });

  it('a step with an unknown status or a time without time zone is refused, naming its path', () => {
    const bad = voorbeeld();
    const i = bad.cases.findIndex((x) => x.code === 'SCH-2025-001');
    const step = bad.cases[i]?.escalations[0]?.statusHistory?.[2];
    if (step === undefined) throw new Error('SCH-2025-001 esc-1 zonder historie in het voorbeeld');
    const path = `cases[${String(i)}].escalations[0].statusHistory[2]`;
    const message = () => {
      const parsed = parseDataset(bad);
      return parsed.ok ? 'geldig' : parsed.message;
    };
    (step as { to: string }).to = 'teruggestuurd';
    expect(message()).toContain(`${path}.to: `);
    step.to = 'teruggelegd';
    step.at = '2025-03-26 14:00';
    expect(message()).toContain(`${path}.at: Tijdstip moet ISO 8601 zijn`);
  });
});

describe('§5 a pseudonymised export keeps the steps of an escalation, not who took them or why', () => {
  it('drops by and why from every escalation step, keeps from/to/at, and stays valid', async () => {
    const db = await freshStore();
    importDataset(db, withMoreHistory(), { actor: 'test' });
    const file = exportDataset(db, { pseudonymised: true });
    expect(historyOf(file, 'SCH-2025-001', 0)).toEqual([
      { from: null, to: 'concept', at: '2025-03-19T16:45:00Z' },
      { from: 'concept', to: 'ingediend', at: '2025-03-20T09:15:00Z' },
      { from: 'ingediend', to: 'teruggelegd', at: '2025-03-26T14:00:00Z' },
    ]);
    for (const e of file.cases.flatMap((c) => c.escalations)) {
      for (const h of e.statusHistory ?? []) expect(Object.keys(h).sort()).toEqual(['at', 'from', 'to']);
    }
    const text = JSON.stringify(file);
    for (const leak of [TERUGGELEGD_WHY, 'Secretaris Wijk-MT', 'Jeugdconsulent', 'Weekbedrag boven het maximum', 'Tafelvoorzitter']) {
      expect(text, leak).not.toContain(leak);
    }
    expect(parseDataset(file).ok).toBe(true);
  });
});
