import { afterEach, describe, expect, it } from 'vitest';
import { parseDataset } from '../../../shared/interchange';
import { exportDataset, importDataset } from '../../../electron/core/data';
import { cleanupStores, FIXED_NOW, freshStore, voorbeeld } from './helpers';
import { voorbeeldWithIntakeFields } from './intakeFields';

afterEach(cleanupStores);

describe('§4 the fields of issue #14 items 7–9 are optional in the file and round-trip', () => {
  it('import → export gives back the file with band, sporen considered, referral follow-up and arrangement taxonomy', async () => {
    const db = await freshStore();
    importDataset(db, voorbeeldWithIntakeFields(), { actor: 'test' });
    expect(exportDataset(db, { now: FIXED_NOW })).toStrictEqual(voorbeeldWithIntakeFields());
  });

  it('the pseudonymised export keeps them (enums, dates and amounts, no free text) and re-imports to the same file', async () => {
    const a = await freshStore();
    importDataset(a, voorbeeldWithIntakeFields(), { actor: 'test' });
    const first = exportDataset(a, { now: FIXED_NOW, pseudonymised: true });
    expect(first.cases[0]?.careCostBand).toBe('van_50k_tot_100k');
    expect(first.cases[1]?.interventions[0]?.referralArrived).toBe('aangekomen');
    expect(first.cases[4]?.arrangements[0]?.fourWeeklyCents).toBe(380000);
    const b = await freshStore();
    importDataset(b, first, { actor: 'test' });
    expect(exportDataset(b, { now: FIXED_NOW, pseudonymised: true })).toStrictEqual(first);
  });

  it('a file without them (every file from before) still imports, and exports without them', async () => {
    const db = await freshStore();
    importDataset(db, voorbeeld(), { actor: 'test' });
    const out = exportDataset(db, { now: FIXED_NOW });
    expect(out.cases.map((c) => c.careCostBand ?? null)).toEqual(Array(9).fill(null));
  });
});

describe('The rules of the new fields refuse a file that breaks them, naming the path', () => {
  const refusal = (change: (f: ReturnType<typeof voorbeeldWithIntakeFields>) => void) => {
    const file = voorbeeldWithIntakeFields();
    change(file);
    const parsed = parseDataset(file);
    return parsed.ok ? 'accepted' : parsed.message;
  };

  it('a referral follow-up on an intervention that is no referral', () => {
    expect(refusal((f) => (f.cases[0]!.interventions[0]!.referralArrived = 'niet_aangekomen'))).toMatch(/^cases\[0\]\.interventions\[0\]\.referralArrived: Alleen een verwijzing naar het voorliggend veld/);
  });

  it('a trede above the resultaatgebied\'s number of treden (financiën has three), and a trede without resultaatgebied', () => {
    expect(refusal((f) => (f.cases[4]!.arrangements[0]!.resultaatgebied = 'financien'))).toMatch(/^cases\[4\]\.arrangements\[0\]\.trede: Dit resultaatgebied heeft 3 treden/);
    expect(refusal((f) => delete f.cases[4]!.arrangements[0]!.resultaatgebied)).toMatch(/^cases\[4\]\.arrangements\[0\]\.trede: Een trede hoort bij een resultaatgebied/);
  });

  it('a four-weekly amount whose quarter is not the weekbedrag (€ 3.800,02 / 4 = € 950,005 → € 950,01)', () => {
    expect(refusal((f) => (f.cases[4]!.arrangements[0]!.fourWeeklyCents = 380002))).toMatch(/^cases\[4\]\.arrangements\[0\]\.weeklyCents: .*\(95001 cent\)/);
  });

  it('a spoor considered twice', () => {
    expect(refusal((f) => (f.cases[1]!.sporenConsidered = ['wonen', 'wonen']))).toMatch(/^cases\[1\]\.sporenConsidered\[1\]: /);
  });
});
