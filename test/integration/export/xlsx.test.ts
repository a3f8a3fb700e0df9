/**
 * Issue #10 item 1: the XLSX export read back with read-excel-file. Every amount is a real number
 * equal to the JSON export's cents / 100 (never text), dates are dates, and the sheet
 * "Toelichting" names the kengetallen versions, the filters, the moment and the pseudonymisation.
 */
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { buildExport, type ExportRequest } from '../../../electron/core/export/buildExport';
import { buildXlsx } from '../../../electron/core/export/xlsx/buildXlsx';
import type { Db } from '../../../electron/core/store/openDatabase';
import { openWerkbank, TEST_ACTOR, TEST_NOW } from '../ipc/harness';

type Sheets = Map<string, unknown[][]>;

async function xlsx(db: Db, req: Omit<ExportRequest, 'format' | 'now' | 'actor'>): Promise<Sheets> {
  const buffer = await buildXlsx(db, { ...req, format: 'xlsx', now: TEST_NOW, actor: TEST_ACTOR });
  return new Map((await readXlsxFile(buffer)).map((s) => [s.sheet, s.data as unknown[][]]));
}

function jsonOf<T>(db: Db, req: Omit<ExportRequest, 'format' | 'now' | 'actor'>): T {
  return JSON.parse(buildExport(db, { ...req, format: 'json', now: TEST_NOW, actor: TEST_ACTOR })) as T;
}

/** The row whose first cell is `label`. */
function row(sheet: unknown[][] | undefined, label: string): unknown[] {
  const r = sheet?.find((x) => x[0] === label);
  if (!r) throw new Error(`no row ${label}`);
  return r;
}

const eur = (cents: number) => cents / 100;
const FIGURES = ['referenceCents', 'actualCents', 'vermedenKosten', 'vermedenGecorrigeerd', 'vermedenZeker', 'investering', 'nettoRendement'] as const;
type Totals = Record<(typeof FIGURES)[number], number> & { rendementPerEuro: number | null; begrensdDoorBeleid: number };
interface BcJson extends Totals {
  priceListVersions: string[];
  nietToegerekend: number;
  bookedEffect: number | null;
  measure19: { bookedEffect: number; kalenderjaar: { vermedenKosten: number; investering: number }; cohort: { vermedenKosten: number; investering: number }; difference: number } | null;
  gemeente: { vermedenKosten: number; investering: number };
  totaal: { vermedenKosten: number; investering: number };
  perSpoor: Record<string, number>;
  perPayer: Record<string, { vermedenKosten: number; investering: number }>;
  perWijk: Record<string, Totals>;
  counts: { cases: number | string; interventions: number | string };
  vastgesteld: Totals & { counts: { cases: number | string } };
  cases: (Totals & { code: string; wijk: string; calculationStatus: string })[];
}

/** A case's berekening as the screen names it. */
const STATUS: Record<string, string> = { concept: 'Concept', vastgesteld: 'Vastgesteld' };
// Issue #14 item 4: "waarvan al begrensd door beleid" is the last column of every figure row.
const figuresOf = (t: Totals) => [...FIGURES.map((f) => eur(t[f])), t.rendementPerEuro ?? 'n.v.t.', eur(t.begrensdDoorBeleid)];

describe('XLSX businesscase: every figure equals the JSON export (cents / 100), as a number', () => {
  it.each([[2024, undefined], [2025, undefined], [2025, 'Bloemhof']] as const)('year %s, wijk %s', async (year, wijk) => {
    const w = await openWerkbank({ voorbeeld: true });
    const req = { what: 'businesscase', year, wijk, pseudonymised: false } as const;
    const bc = jsonOf<BcJson>(w.db, req);
    const s = await xlsx(w.db, req);
    // §3.8 (issue #14 item 2) added the sheet Maatregel 19: the booked effect against the gemeente figure in the kalenderjaar view.
    expect([...s.keys()]).toEqual(['Kerncijfers', 'Maatregel 19', 'Aantallen', 'Gemeente en totaal', 'Per spoor', 'Per financier', 'Per wijk', 'Per casus', 'Maatschappelijk', 'Toelichting']);
    const m19 = s.get('Maatregel 19')?.slice(1, 7).map((r) => r[1]);
    const m = bc.measure19;
    expect(m).not.toBeNull();
    if (m !== null) {
      expect(m19).toEqual([m.bookedEffect, m.kalenderjaar.vermedenKosten, m.kalenderjaar.investering, m.cohort.vermedenKosten, m.cohort.investering, m.difference].map(eur));
    }

    const kern = s.get('Kerncijfers');
    expect(row(kern, 'Vermeden kosten, gecorrigeerd (toerekening)')).toEqual(['Vermeden kosten, gecorrigeerd (toerekening)', eur(bc.vermedenGecorrigeerd), eur(bc.vastgesteld.vermedenGecorrigeerd)]);
    expect(kern?.slice(1, 8).map((r) => r[1])).toEqual(FIGURES.map((f) => eur(bc[f])));
    expect(kern?.slice(1, 8).map((r) => r[2])).toEqual(FIGURES.map((f) => eur(bc.vastgesteld[f])));
    expect(row(kern, 'Rendement per geïnvesteerde euro')[1]).toBe(bc.rendementPerEuro ?? 'n.v.t.');
    expect(row(kern, 'Waarvan al begrensd door beleid').slice(1)).toEqual([eur(bc.begrensdDoorBeleid), eur(bc.vastgesteld.begrensdDoorBeleid)]);
    expect(row(kern, 'Niet toegerekend aan een spoor')[1]).toBe(eur(bc.nietToegerekend));
    expect(row(kern, `Geboekt effect maatregel 19 (${year})`)[1]).toBe(eur(bc.bookedEffect ?? Number.NaN));

    expect(row(s.get('Aantallen'), 'Casussen').slice(1)).toEqual([bc.counts.cases, bc.vastgesteld.counts.cases]);
    expect(row(s.get('Aantallen'), 'Interventies')[1]).toBe(bc.counts.interventions);

    expect(row(s.get('Gemeente en totaal'), 'Gemeente').slice(1)).toEqual([eur(bc.gemeente.vermedenKosten), eur(bc.gemeente.investering)]);
    expect(row(s.get('Gemeente en totaal'), 'Totaal (alle financiers)').slice(1)).toEqual([eur(bc.totaal.vermedenKosten), eur(bc.totaal.investering)]);

    expect(s.get('Per spoor')?.slice(1).map((r) => r[1])).toEqual([
      ...['samenredzaamheid', 'wonen', 'werk_dagbesteding', 'financiele_zekerheid'].map((k) => eur(bc.perSpoor[k] ?? Number.NaN)),
      eur(bc.nietToegerekend),
    ]);
    expect(s.get('Per financier')?.slice(1).map((r) => r.slice(1))).toEqual(Object.values(bc.perPayer).map((p) => [eur(p.vermedenKosten), eur(p.investering)]));
    expect(s.get('Per wijk')?.slice(1)).toEqual(Object.entries(bc.perWijk).map(([name, t]) => [name, ...figuresOf(t)]));
    expect(s.get('Per casus')?.slice(1, -1)).toEqual(bc.cases.map((c) => [c.code, c.wijk, STATUS[c.calculationStatus], ...figuresOf(c)]));
    expect(s.get('Per casus')?.at(-1)).toEqual(['Totaal', null, null, ...figuresOf(bc)]);
    expect(bc.cases.length).toBeGreaterThan(0);
  });

  it('the maatschappelijk sheet equals the screen (businesscase:get) and its total stands apart', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const screen = await w.value('businesscase:get', { year: 2025 });
    const sheet = (await xlsx(w.db, { what: 'businesscase', year: 2025, pseudonymised: false })).get('Maatschappelijk');
    expect(screen.maatschappelijk.rows.length).toBeGreaterThan(0);
    expect(sheet?.slice(1, -1).map((r) => [r[0], r[2], r[3], r[4]])).toEqual(
      screen.maatschappelijk.rows.map((r) => [r.name, eur(r.costCents), r.multiplier, eur(r.indicativeReturnCents)]),
    );
    expect(sheet?.at(-1)?.[4]).toBe(eur(screen.maatschappelijk.totalIndicativeReturnCents));
  });

  it('the screen filters (spoor, tafel, only vastgesteld) give the figures of businesscase:get', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const screen = await w.value('businesscase:get', { year: 2024, spoor: 'wonen', onlyVastgesteld: true });
    const s = await xlsx(w.db, { what: 'businesscase', year: 2024, spoor: 'wonen', onlyVastgesteld: true, pseudonymised: false });
    expect(s.get('Per casus')?.slice(1, -1).map((r) => r[0])).toEqual(screen.cases.map((c) => c.code));
    expect(row(s.get('Kerncijfers'), 'Netto rendement')[1]).toBe(eur(screen.nettoRendement));
    expect(row(s.get('Toelichting'), 'Filter spoor')[1]).toBe('Wonen');
    expect(row(s.get('Toelichting'), 'Alleen vastgestelde berekeningen')[1]).toBe('ja');
  });
});

describe('XLSX Toelichting names the versions, the filters, the moment and the pseudonymisation', () => {
  it('businesscase 2024 Bloemhof, pseudonymised', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const req = { what: 'businesscase', year: 2024, wijk: 'Bloemhof', pseudonymised: true } as const;
    const bc = jsonOf<BcJson>(w.db, req);
    const t = (await xlsx(w.db, req)).get('Toelichting');
    expect(bc.priceListVersions.length).toBeGreaterThan(0);
    expect(row(t, 'Kengetallenversies')[1]).toBe(bc.priceListVersions.join(', '));
    expect(row(t, 'Filter jaar')[1]).toBe('2024');
    expect(row(t, 'Filter wijk')[1]).toBe('Bloemhof');
    expect(row(t, 'Filter tafel')[1]).toBe('alle');
    expect(String(row(t, 'Gepseudonimiseerd')[1])).toMatch(/^ja: .*<5/);
    // The moment as a date-time cell with the local wall-clock time it was made.
    const made = row(t, 'Gemaakt op')[1] as Date;
    expect(made).toBeInstanceOf(Date);
    expect([made.getUTCFullYear(), made.getUTCMonth(), made.getUTCDate(), made.getUTCHours(), made.getUTCMinutes()]).toEqual([
      TEST_NOW.getFullYear(),
      TEST_NOW.getMonth(),
      TEST_NOW.getDate(),
      TEST_NOW.getHours(),
      TEST_NOW.getMinutes(),
    ]);
    expect(row(t, 'Vermeden kosten gecorrigeerd')[1]).toMatch(/toerekeningspercentage/);
  });

  it('the register says it uses no kengetallen and which years it holds', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const t = (await xlsx(w.db, { what: 'register', year: 2025, pseudonymised: false })).get('Toelichting');
    expect(row(t, 'Filter jaar')[1]).toBe('alle jaren');
    expect(row(t, 'Kengetallenversies')[1]).toMatch(/^geen/);
    expect(row(t, 'Gepseudonimiseerd')[1]).toMatch(/^nee/);
  });
});

describe('XLSX pseudonymised: counts under 5 as <5, as in the JSON export', () => {
  it('businesscase counts and every indicator cell equal the JSON export', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const req = { what: 'businesscase', year: 2024, pseudonymised: true } as const;
    const bc = jsonOf<BcJson>(w.db, req);
    expect(bc.counts.cases).toBe('<5');
    expect(row((await xlsx(w.db, req)).get('Aantallen'), 'Casussen')[1]).toBe('<5');

    const ireq = { what: 'indicators', year: 2025, pseudonymised: true } as const;
    const ind = jsonOf<{ perWijk: Record<string, { aanmeldingen: number | string; doorbraken: number | string }>; totaal: { aanmeldingen: number | string; doorbraken: number | string } }>(w.db, ireq);
    const sheet = (await xlsx(w.db, ireq)).get('Indicatoren');
    const cols = [...Object.values(ind.perWijk), ind.totaal];
    expect(sheet?.[0]?.slice(1)).toEqual([...Object.keys(ind.perWijk), 'Alle wijken']);
    expect(row(sheet, 'Aanmeldingen').slice(1)).toEqual(cols.map((c) => c.aanmeldingen));
    expect(row(sheet, 'Doorbraken').slice(1)).toEqual(cols.map((c) => c.doorbraken));
    expect(row(sheet, 'Aanmeldingen').slice(1)).toContain('<5');
  });
});

describe('XLSX register: amounts as euros, dates as dates, equal to the JSON export', () => {
  it('every jeugd row, the total and the Wmo rows', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const req = { what: 'register', year: 2025, pseudonymised: false } as const;
    const reg = jsonOf<{
      rows: { caseCode: string; from: string; weeks: number; weeklyCents: number; capCents: number; approvedWeeklyCents: number | null; meerkostenBovenPlafond: number; reviewOn: string | null }[];
      totalMeerkostenBovenPlafond: number;
      wmoExtramuraalBovenPlafond: { caseCode: string; weeklyCents: number; capCents: number }[];
    }>(w.db, req);
    const s = await xlsx(w.db, req);
    const day = (iso: string | null) => (iso === null ? null : new Date(`${iso}T00:00:00Z`));
    expect(reg.rows.length).toBeGreaterThan(0);
    expect(s.get('Weekbedragregister')?.slice(1, -1).map((r) => [r[0], r[3], r[4], r[5], r[6], r[8], r[9], r[10]])).toEqual(
      reg.rows.map((r) => [
        r.caseCode,
        day(r.from),
        r.weeks,
        eur(r.weeklyCents),
        eur(r.capCents),
        r.approvedWeeklyCents === null ? null : eur(r.approvedWeeklyCents),
        eur(r.meerkostenBovenPlafond),
        day(r.reviewOn),
      ]),
    );
    expect(s.get('Weekbedragregister')?.at(-1)?.[9]).toBe(eur(reg.totalMeerkostenBovenPlafond));
    expect(s.get('Wmo boven plafond')?.slice(1).map((r) => [r[0], r[3], r[4]])).toEqual(
      reg.wmoExtramuraalBovenPlafond.map((x) => [x.caseCode, eur(x.weeklyCents), eur(x.capCents)]),
    );
  });
});
