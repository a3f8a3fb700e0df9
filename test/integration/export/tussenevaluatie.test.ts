/**
 * Issue #14 item 3: the (tussen)evaluatie — the wijken side by side — on screen (tussenevaluatie:get)
 * and as a file. The example dataset holds for Bloemhof the nulmeting nm-blo-1 (2024-01-15, 120
 * households, one entry on financiële zekerheid and one on samenredzaamheid) and a later baseline
 * nm-blo-2 (150, three entries); Schiebroek has one baseline (85, one entry on werk). Bloemhof's
 * sociale kaart today has 3 entries, Schiebroek's 2.
 */
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { computeKalenderjaar } from '../../../shared/calc/kalenderjaar';
import { yearPeriod } from '../../../shared/calc/period';
import { formatEuro } from '../../../shared/format/money';
import { readReportedCases } from '../../../electron/core/reports/reportedCases';
import { auditSince, lastAuditSeq, openWerkbank } from '../ipc/harness';
import { pdfPages } from './pdfText';

const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');

async function file(w: Awaited<ReturnType<typeof openWerkbank>>, format: 'pdf' | 'xlsx' | 'json', pseudonymised: boolean) {
  const r = await w.value('tussenevaluatie:file', { year: 2024, format, pseudonymised });
  return { ...r, bytes: Buffer.from(r.base64, 'base64') };
}

describe('tussenevaluatie:get puts every wijk side by side: baseline against now, and the figures of the year', () => {
  it('counts the nulmeting, the latest baseline and the sociale kaart now per spoor, by hand', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const view = await w.value('tussenevaluatie:get', { year: 2024 });
    expect(view.wijken.map((x) => x.wijk)).toEqual(['Bloemhof', 'Schiebroek']);
    const [blo, sch] = view.wijken;
    expect(blo?.nulmeting).toEqual({
      id: 'nm-blo-1',
      measuredOn: '2024-01-15',
      households: 120,
      perSpoor: { samenredzaamheid: 1, wonen: 0, werk_dagbesteding: 0, financiele_zekerheid: 1 },
      total: 2,
    });
    expect(blo?.latest).toMatchObject({ id: 'nm-blo-2', households: 150, total: 3 });
    expect(blo?.socialeKaartNow).toEqual({ perSpoor: { samenredzaamheid: 1, wonen: 0, werk_dagbesteding: 1, financiele_zekerheid: 1 }, total: 3 });
    // One baseline only: it is the nulmeting, there is no later one to set beside it.
    expect(sch?.latest).toBeNull();
    expect(sch?.socialeKaartNow.total).toBe(2);
    expect(blo?.lessons.perKind).toEqual({ werkte: 1, werkte_niet: 1 });
    expect(blo?.lessons.items.map((l) => l.id)).toEqual(['les-blo-2', 'les-blo-1']);
  });

  it('the cases and the cohort rendement of a wijk are the businesscase screen’s for that wijk and year, to the cent', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const view = await w.value('tussenevaluatie:get', { year: 2024 });
    for (const x of view.wijken) {
      const bc = await w.value('businesscase:get', { year: 2024, wijk: x.wijk });
      expect(x.cases.cases).toBe(bc.counts.cases);
      expect(x.rendement.cohort).toEqual({
        vermedenGecorrigeerd: bc.vermedenGecorrigeerd,
        investering: bc.investering,
        nettoRendement: bc.nettoRendement,
        rendementPerEuro: bc.rendementPerEuro,
      });
    }
    // A guard against comparing nothing with nothing: Bloemhof has cases with figures in 2024.
    expect(view.wijken[0]?.cases.cases).toBeGreaterThan(0);
    expect(view.wijken[0]?.rendement.cohort.investering).not.toBe(0);
  });

  it('§3.8 the kalenderjaar rendement is the engine’s kalenderjaar view of the wijk’s cases over the year', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const view = await w.value('tussenevaluatie:get', { year: 2025 });
    for (const x of view.wijken) {
      const cases = readReportedCases(w.db, { wijk: x.wijk }).filter((c) => c.status !== 'ingetrokken');
      const k = computeKalenderjaar(cases, yearPeriod(2025));
      expect(x.rendement.kalenderjaar).toEqual({ vermedenGecorrigeerd: k.vermedenGecorrigeerd, investering: k.investering, nettoRendement: k.nettoRendement, rendementPerEuro: k.rendementPerEuro });
    }
    // Bloemhof's 2024 cases run into 2025: the tail counts in 2025's kalenderjaar, not in its cohort.
    expect(view.wijken[0]?.rendement.kalenderjaar.vermedenGecorrigeerd).not.toBe(view.wijken[0]?.rendement.cohort.vermedenGecorrigeerd);
  });

  it('counts the knelpunten of the wijk per status, with their most frequent rules', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const [blo, sch] = (await w.value('tussenevaluatie:get', { year: 2024 })).wijken;
    expect(blo?.knelpunten).toEqual({ open: 0, doorgezet: 1, opgelost: 0, topRules: [{ rule: 'Urgentieverordening', count: 1 }] });
    expect(sch?.knelpunten).toMatchObject({ open: 1, doorgezet: 0, opgelost: 1 });
  });
});

describe('tussenevaluatie:file gives the same figures as PDF, XLSX and JSON, audited', () => {
  it('the XLSX has the wijken side by side with the households as numbers, the lessons and the Toelichting', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const view = await w.value('tussenevaluatie:get', { year: 2024 });
    const { bytes, fileName } = await file(w, 'xlsx', false);
    expect(fileName).toBe('werkbank-tussenevaluatie-2024-2025-06-02.xlsx');
    const sheets = new Map((await readXlsxFile(bytes)).map((s) => [s.sheet, s.data as unknown[][]]));
    expect([...sheets.keys()]).toEqual(['Wijken naast elkaar', 'Lessen', 'Toelichting']);
    const side = sheets.get('Wijken naast elkaar') ?? [];
    expect(side[0]).toEqual(['Cijfer', 'Bloemhof', 'Schiebroek']);
    expect(side.filter((r) => r[0] === 'Huishoudens in beeld')).toEqual([
      ['Huishoudens in beeld', 120, 85],
      ['Huishoudens in beeld', 150, '—'],
    ]);
    const netto = side.find((r) => r[0] === 'Netto rendement');
    expect(netto).toEqual(['Netto rendement', ...view.wijken.map((x) => x.rendement.cohort.nettoRendement / 100)]);
    const lessons = sheets.get('Lessen') ?? [];
    expect(lessons[1]).toEqual(['Bloemhof', new Date(Date.UTC(2024, 4, 14)), 'Algemeen', 'Werkte niet', 'Aanmeldingen kwamen pas op gang na het tweede netwerkoverleg (fictief).', 'Netwerkverbinder']);
  });

  it('the PDF names each wijk with its households then and now and its netto rendement', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const view = await w.value('tussenevaluatie:get', { year: 2024 });
    const text = nbsp((await pdfPages((await file(w, 'pdf', false)).bytes)).join('\n'));
    expect(text).toContain('Tussenevaluatie 2024');
    expect(text).toMatch(/Huishoudens in beeld\s+120\s+85/);
    expect(text).toMatch(/Huishoudens in beeld\s+150\s+—/);
    expect(text).toContain(nbsp(formatEuro(view.wijken[0]?.rendement.cohort.nettoRendement ?? 0)));
    expect(text).toContain('Woningcorporatie aan tafel');
  });

  it('pseudonymised: counts of households and cases under 5 are "<5", lessons keep no text or author', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const seq = lastAuditSeq(w.db);
    const json = JSON.parse((await file(w, 'json', true)).bytes.toString('utf8')) as {
      pseudonymised: boolean;
      wijken: { wijk: string; nulmeting: { households: number }; cases: { cases: number | string }; lessons: { items: Record<string, unknown>[] } }[];
    };
    expect(json.pseudonymised).toBe(true);
    expect(json.wijken[0]?.nulmeting.households).toBe(120);
    expect(json.wijken.map((x) => x.cases.cases)).toEqual(['<5', '<5']);
    expect(json.wijken[0]?.lessons.items[0]).toEqual({ id: 'les-blo-2', wijk: 'Bloemhof', spoor: null, kind: 'werkte_niet', recordedOn: '2024-05-14' });
    const pdf = nbsp((await pdfPages((await file(w, 'pdf', true)).bytes)).join('\n'));
    expect(pdf).not.toContain('Woningcorporatie aan tafel');
    expect(pdf).not.toContain('Netwerkverbinder');
    expect(pdf).toContain('(weggelaten in gepseudonimiseerde export)');
    expect(auditSince(w.db, seq).map((a) => [a.action, a.entity, a.detail])).toEqual([
      ['export', 'tussenevaluatie', { format: 'json', year: 2024, pseudonymised: true }],
      ['export', 'tussenevaluatie', { format: 'pdf', year: 2024, pseudonymised: true }],
    ]);
  });
});
