import { writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importDataset } from '../../../electron/core/data';
import { buildExport } from '../../../electron/core/export/buildExport';
import { buildPdf } from '../../../electron/core/export/pdf/buildPdf';
import { formatEuro } from '../../../shared/format/money';
import { cleanupStores, FIXED_NOW, freshStore, voorbeeld } from '../data/helpers';
import { pdfPages } from './pdfText';

afterEach(cleanupStores);

async function voorbeeldStore() {
  const db = await freshStore();
  importDataset(db, voorbeeld(), { actor: 'test' });
  return db;
}

/** pdfjs gives the non-breaking space of "€ 1.234,56" back as a plain space; compare on that. */
const norm = (s: string) => s.replace(/\u00a0/g, ' ');

describe('PDF report (PRODUCT.md §6 --format pdf)', () => {
  it('holds the Dutch-formatted totals of the JSON export, to the cent, and page numbers', async () => {
    const db = await voorbeeldStore();
    const req = { what: 'businesscase' as const, year: 2024, pseudonymised: false, now: FIXED_NOW, actor: 'test' };
    const json = JSON.parse(buildExport(db, { ...req, format: 'json' })) as Record<string, number | null> & {
      perSpoor: Record<string, number>;
      gemeente: { vermedenKosten: number; investering: number };
      totaal: { vermedenKosten: number; investering: number };
      cases: { code: string; nettoRendement: number }[];
    };
    const bytes = await buildPdf(db, req);
    if (process.env.WERKBANK_PDF_OUT) writeFileSync(process.env.WERKBANK_PDF_OUT, bytes);
    const pages = (await pdfPages(bytes)).map(norm);
    const text = pages.join('\n');
    for (const figure of ['referenceCents', 'actualCents', 'vermedenKosten', 'vermedenGecorrigeerd', 'vermedenZeker', 'investering', 'nettoRendement'] as const) {
      const cents = json[figure];
      expect(typeof cents).toBe('number');
      expect(text, figure).toContain(norm(formatEuro(cents as number)));
    }
    for (const cents of Object.values(json.perSpoor)) expect(text).toContain(norm(formatEuro(cents)));
    expect(text).toContain(norm(formatEuro(json.gemeente.vermedenKosten)));
    expect(text).toContain(norm(formatEuro(json.totaal.investering)));
    for (const c of json.cases) expect(text).toContain(c.code);
    // Every page says which page of how many it is.
    pages.forEach((p, i) => expect(p).toContain(`Pagina ${String(i + 1)} van ${String(pages.length)}`));
    expect(pages.length).toBeGreaterThan(1);
    // The title block names the selection, the price lists and the moment.
    expect(pages[0]).toContain('Businesscase 2024');
    // (exportContext.ts: the lines of the XLSX Toelichting; pdfjs spaces the label and value apart.)
    const titleBlock = pages[0]!.replace(/\s+/g, ' ');
    expect(titleBlock).toContain(`Kengetallenversies: ${(json as unknown as { priceListVersions: string[] }).priceListVersions.join(', ')}`);
    expect(titleBlock).toContain('Filter jaar: 2024 Filter wijk: alle');
    expect(titleBlock).toContain('Gepseudonimiseerd: nee');
    expect(pages[0]).toMatch(/Gemaakt op:\s+\d\d-\d\d-\d{4} om \d\d:\d\d/);
  });

  it('writes counts under 5 as <5 when pseudonymised, and leaves the amounts alone', async () => {
    const db = await voorbeeldStore();
    const req = { what: 'businesscase' as const, year: 2024, now: FIXED_NOW, actor: 'test' };
    const plain = (await pdfPages(await buildPdf(db, { ...req, pseudonymised: false }))).join('\n');
    const pseudoBytes = await buildPdf(db, { ...req, pseudonymised: true });
    if (process.env.WERKBANK_PDF_OUT) writeFileSync(`${process.env.WERKBANK_PDF_OUT}-pseudo.pdf`, pseudoBytes);
    const pseudo = (await pdfPages(pseudoBytes)).map(norm).join('\n');
    const json = JSON.parse(buildExport(db, { ...req, format: 'json', pseudonymised: false })) as { counts: { cases: number }; nettoRendement: number };
    expect(json.counts.cases).toBeLessThan(5);
    expect(pseudo).toMatch(/Casussen\s+<5/);
    expect(plain).not.toContain('<5');
    expect(pseudo).toContain(norm(formatEuro(json.nettoRendement)));
    expect(pseudo).toContain('Gepseudonimiseerd');
  });

  it('builds the indicators and the register on their own, with their totals', async () => {
    const db = await voorbeeldStore();
    const base = { year: 2024, wijk: undefined, pseudonymised: false, now: FIXED_NOW, actor: 'test' };
    const register = JSON.parse(buildExport(db, { ...base, what: 'register', format: 'json' })) as { totalMeerkostenBovenPlafond: number };
    const regBytes = await buildPdf(db, { ...base, what: 'register' });
    const indBytes = await buildPdf(db, { ...base, what: 'indicators' });
    if (process.env.WERKBANK_PDF_OUT) {
      writeFileSync(`${process.env.WERKBANK_PDF_OUT}-register.pdf`, regBytes);
      writeFileSync(`${process.env.WERKBANK_PDF_OUT}-indicators.pdf`, indBytes);
    }
    const regText = norm((await pdfPages(regBytes)).join('\n'));
    expect(regText).toContain('Weekbedragregister');
    expect(regText).toContain(norm(formatEuro(register.totalMeerkostenBovenPlafond)));
    const indText = (await pdfPages(indBytes)).join('\n');
    expect(indText).toContain('Aanmeldingen');
    expect(indText).toContain('Pagina 1 van');
  });
});

/** The base fonts a PDF names, without the subset prefix ("BZZZZZ+Roboto-Medium" → "Roboto-Medium"). */
function baseFonts(bytes: Uint8Array): string[] {
  const raw = Buffer.from(bytes).toString('latin1');
  return [...new Set([...raw.matchAll(/\/BaseFont\s*\/(?:[A-Z]{6}\+)?([\w-]+)/g)].map((m) => m[1]!))].sort();
}

describe('PDF charts are set in the embedded Roboto, like the text around them', () => {
  it('building a report with charts prints no "failed to open font" and embeds no font but Roboto', async () => {
    const db = await voorbeeldStore();
    const said: string[] = [];
    const record = (...args: unknown[]) => void said.push(args.map(String).join(' '));
    const spies = [vi.spyOn(console, 'warn').mockImplementation(record), vi.spyOn(console, 'error').mockImplementation(record), vi.spyOn(console, 'log').mockImplementation(record)];
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (said.push(String(chunk)), true));
    let bytes: Buffer;
    try {
      bytes = await buildPdf(db, { what: 'businesscase', year: 2024, pseudonymised: false, now: FIXED_NOW, actor: 'test' });
    } finally {
      for (const s of [...spies, stderr]) s.mockRestore();
    }
    expect(said.filter((line) => /font/i.test(line))).toEqual([]);
    // The businesscase report has two bar charts (per spoor, per betaler) whose labels are SVG text.
    // So the test is not empty: the chart's own labels (SVG text) are in the file, as text.
    expect(norm((await pdfPages(bytes)).join('\n'))).toMatch(/Grafiek: Vermeden kosten gecorrigeerd per spoor, 2024 \(alle berekeningen\)\s+Samenredzaamheid\s+€ 35\.392,00/);
    expect(baseFonts(bytes)).toEqual(['Roboto-Medium', 'Roboto-Regular']);
  });
});
