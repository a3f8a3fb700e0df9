/**
 * Issue #13 item 1: the seeded generator gives a valid, realistic interchange-v1 dataset, the same
 * bytes for the same seed, and one the normal import accepts.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { generateDataset } from '../../../electron/core/demo/generateDataset';
import { importDataset } from '../../../electron/core/data';
import { listCases } from '../../../electron/core/data/caseList';
import { DatasetSchema } from '../../../shared/interchange';
import { cleanupStores, freshStore } from '../data/helpers';

afterEach(cleanupStores);

const TODAY = '2026-06-30';
const data = generateDataset({ cases: 400, seed: 13 });
const all = data.cases;
const discussed = all.filter((c) => c.referenceDate !== null);

describe('the generator is deterministic (seeded mulberry32)', () => {
  test('the same seed gives byte-identical JSON', () => {
    expect(JSON.stringify(generateDataset({ cases: 400, seed: 13 }))).toBe(JSON.stringify(data));
  });
  test('another seed gives another dataset', () => {
    expect(JSON.stringify(generateDataset({ cases: 400, seed: 14 }))).not.toBe(JSON.stringify(data));
  });
});

describe('the dataset is valid interchange v1 with the asked size', () => {
  test('DatasetSchema accepts it as it is', () => {
    const parsed = DatasetSchema.safeParse(JSON.parse(JSON.stringify(data)));
    expect(parsed.success ? 'ok' : parsed.error.issues[0]).toBe('ok');
  });
  test('400 cases, about ten interventions a case, one meeting per ten cases', () => {
    const interventions = all.reduce((n, c) => n + c.interventions.length, 0);
    expect(all).toHaveLength(400);
    expect(Math.round(interventions / all.length)).toBe(10);
    expect(data.meetings).toHaveLength(40);
  });
  test('more meetings than days (a city-scale size) still gives unique meeting ids and a valid file', () => {
    const crowded = generateDataset({ cases: 60, seed: 2, meetings: 2400 });
    expect(new Set((crowded.meetings ?? []).map((m) => m.id)).size).toBe(2400);
    const parsed = DatasetSchema.safeParse(JSON.parse(JSON.stringify(crowded)));
    expect(parsed.success ? 'ok' : parsed.error.issues[0]).toBe('ok');
  });
  test('cases over the catalogue wijken Bloemhof and Schiebroek, years 2024 to 2026', () => {
    expect([...new Set(all.map((c) => c.wijk))].sort()).toEqual(['Bloemhof', 'Schiebroek']);
    expect([...new Set(all.map((c) => c.registeredOn.slice(0, 4)))].sort()).toEqual(['2024', '2025', '2026']);
  });
  test('every status of §2.1 occurs, and signalen', () => {
    expect([...new Set(all.map((c) => c.status))].sort()).toEqual(
      ['aangemeld', 'afgesloten', 'geagendeerd', 'geescaleerd', 'in_behandeling', 'in_uitvoering', 'ingetrokken', 'plan_vastgesteld', 'vastgelopen'],
    );
    expect(all.some((c) => c.isSignaal === true)).toBe(true);
  });
});

describe('the dates follow one history and none lies after today', () => {
  test('aanmelding ≤ reference date (the first discussion, a meeting of the wijk) ≤ today', () => {
    const meetingDays = new Set((data.meetings ?? []).map((m) => `${m.tafel}|${m.date}`));
    const late = discussed.filter((c) => c.registeredOn > (c.referenceDate ?? '') || (c.referenceDate ?? '') > TODAY);
    const notAMeeting = discussed.filter((c) => !meetingDays.has(`tafel-${c.wijk.toLowerCase()}|${c.referenceDate ?? ''}`));
    expect(late.map((c) => c.code)).toEqual([]);
    expect(notAMeeting.map((c) => c.code)).toEqual([]);
  });
  test('an escalation is submitted on or after the discussion, and decided on or after submission, by today', () => {
    const wrong = discussed.flatMap((c) =>
      c.escalations.filter(
        (e) =>
          (e.submittedOn ?? '') < (c.referenceDate ?? '') ||
          (e.besluit !== undefined && (e.besluit.decidedOn < (e.submittedOn ?? '') || e.besluit.decidedOn > TODAY)),
      ),
    );
    expect(wrong).toEqual([]);
  });
  test('status histories are chronological', () => {
    const unordered = all.filter((c) => (c.statusHistory ?? []).some((h, i, list) => i > 0 && h.at < (list[i - 1]?.at ?? '')));
    expect(unordered.map((c) => c.code)).toEqual([]);
  });
});

describe('it holds what the reports must show', () => {
  const arrangements = all.flatMap((c) => c.arrangements);
  const escalations = all.flatMap((c) => c.escalations);
  test('jeugd arrangements above €4.000 a week and Wmo extramural ones above €800, with hoog-weekbedrag requests', () => {
    expect(arrangements.some((a) => a.domain === 'jeugd' && a.weeklyCents > 400_000)).toBe(true);
    expect(arrangements.some((a) => a.domain === 'wmo' && a.setting === 'extramuraal' && a.weeklyCents > 80_000)).toBe(true);
    expect(escalations.some((e) => e.target === 'jeugd_weekbedrag' && e.besluit?.approvedWeeklyCents !== undefined)).toBe(true);
  });
  test('escalations to the netwerk and to PRIO, some granting a maatwerkbudget', () => {
    expect(escalations.some((e) => e.target === 'netwerk')).toBe(true);
    expect(escalations.some((e) => e.target === 'prio' && (e.besluit?.maatwerkbudgetCents ?? 0) > 0)).toBe(true);
  });
  test('every intervention is on one of the four sporen, and all four occur', () => {
    expect([...new Set(all.flatMap((c) => c.interventions.map((i) => i.spoor)))].sort()).toEqual(['financiele_zekerheid', 'samenredzaamheid', 'werk_dagbesteding', 'wonen']);
  });
  test('meetings carry agendas with decisions and actions, and there are knelpunten', () => {
    const items = (data.meetings ?? []).flatMap((m) => m.agenda);
    expect(items.length).toBe(discussed.filter((c) => c.isSignaal !== true).length);
    expect(items.some((a) => a.decisions.length > 0 && a.actions.length > 0)).toBe(true);
    expect((data.knelpunten ?? []).length > 0).toBe(true);
  });
  test('every cost line prices a price-list item that has an amount', () => {
    const priced = new Set(data.priceList.items.filter((it) => it.unitCostCents !== null).map((it) => it.id));
    const unpriced = all.flatMap((c) => [...c.reference, ...c.actual]).filter((l) => l.item === undefined || !priced.has(l.item));
    expect(unpriced).toEqual([]);
  });
});

describe('the normal import takes it', () => {
  test('importDataset writes every case, and the case list shows them', async () => {
    const db = await freshStore();
    const counts = importDataset(db, JSON.parse(JSON.stringify(data)), { actor: 'test' });
    expect(counts.cases).toBe(400);
    expect(listCases(db, {}, TODAY)).toHaveLength(400);
  });
});
