/**
 * Issue #10: "every export names the price-list versions, the filters and the moment". The CSV
 * says it in a block under its table, the XLSX in its sheet Toelichting, the PDF in its title
 * block — the same lines from one function (exportContext.ts), with the moment from the request.
 */
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import type { ExportRequest } from '../../../electron/core/export/buildExport';
import { exportFile } from '../../../electron/core/export/exportFile';
import { datasetSha256 } from '../../../electron/core/export/provenance';
import type { Db } from '../../../electron/core/store/openDatabase';
import { openWerkbank, TEST_ACTOR, TEST_NOW } from '../ipc/harness';
import { pdfPages } from './pdfText';

type Req = Omit<ExportRequest, 'format' | 'now' | 'actor'>;

/** TEST_NOW (2025-06-02 10:00 local) as each format writes the moment. */
const MADE_CSV = '02-06-2025 10:00';

async function csvOf(db: Db, req: Req): Promise<{ table: string[][]; notes: string[][] }> {
  const text = (await exportFile(db, { ...req, format: 'csv', now: TEST_NOW, actor: TEST_ACTOR })).toString('utf8');
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n$/, '').split('\r\n');
  const gap = lines.indexOf('');
  return { table: lines.slice(0, gap).map(cells), notes: lines.slice(gap + 1).map(cells) };
}

/** One CSV line's cells; a quoted value may hold a ';' (the pseudonymisation line does). */
function cells(line: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted && c === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (c === ';' && !quoted) {
      out.push(cell);
      cell = '';
    } else {
      cell += c;
    }
  }
  return [...out, cell];
}

async function toelichting(db: Db, req: Req): Promise<unknown[][]> {
  const sheets = await readXlsxFile(await exportFile(db, { ...req, format: 'xlsx', now: TEST_NOW, actor: TEST_ACTOR }));
  return sheets.find((s) => s.sheet === 'Toelichting')?.data ?? [];
}

/** The XLSX Toelichting's lines from "Export" up to the empty row before the method. */
function contextRows(sheet: unknown[][]): unknown[][] {
  const end = sheet.findIndex((r) => r[0] === null);
  return sheet.slice(1, end);
}

const PSEUDO_NO = 'nee: volledige export met alle aantallen';

/** Issue #14 item 10: the three lines that close every context, for this store and command. */
function provenanceRows(db: Db, command: string): string[][] {
  const file = command.split(' ').at(-1)!;
  return [
    ['Dataset (SHA-256)', `${datasetSha256(db)} (van werkbank export --what dataset --format json --pseudonymised, zonder exportedAt)`],
    ['Herberekenen', `werkbank ${command} (na werkbank import DATASET.json in een lege werkbank)`],
    ['Controleren', `werkbank verify-export ${file} --dataset DATASET.json`],
  ];
}

describe('A CSV names its context under the table, in the very lines of the XLSX Toelichting', () => {
  it('businesscase with every screen filter: the tafel by its name, the kengetallen the cases rest on', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const tafel = (await w.value('tafels:list', {})).items.find((t) => t.name === 'Casuïstiektafel Bloemhof')!;
    const req: Req = { what: 'businesscase', year: 2024, wijk: 'Bloemhof', spoor: 'wonen', tafel: tafel.id, onlyVastgesteld: true, pseudonymised: false };
    const { table, notes } = await csvOf(w.db, req);
    const json = JSON.parse((await exportFile(w.db, { ...req, format: 'json', now: TEST_NOW, actor: TEST_ACTOR })).toString('utf8')) as { priceListVersions: string[] };
    expect(table[0]?.[0]).toBe('casuscode');
    expect(json.priceListVersions).toEqual(['test-2024']);
    expect(notes).toEqual([
      ['Toelichting'],
      ['Export', 'Businesscase (§3.3) met maatschappelijk rendement (§3.7)'],
      ['Gemaakt op', MADE_CSV],
      ['Filter jaar', '2024'],
      ['Filter wijk', 'Bloemhof'],
      ['Filter spoor', 'Wonen'],
      ['Filter tafel', tafel.name],
      ['Alleen vastgestelde berekeningen', 'ja'],
      // §3.8 (issue #14 item 2): the businesscase names its view; cohort is the default.
      ['Weergave', 'Cohort'],
      // The one version the selected case's lines rest on (the JSON export names the same).
      ['Kengetallenversies', 'test-2024'],
      ['Gepseudonimiseerd', PSEUDO_NO],
      ...provenanceRows(w.db, `export --what businesscase --format csv --year 2024 --wijk Bloemhof --spoor wonen --tafel ${tafel.id} --only-vastgesteld --as-of ${TEST_NOW.toISOString()} --out businesscase.csv`),
    ]);
    // The XLSX says the same, line for line (its moment a date cell; its own format in the command).
    const xlsx = contextRows(await toelichting(w.db, req));
    expect(xlsx.map((r) => (r[1] instanceof Date ? [r[0], 'moment'] : r))).toEqual(
      notes.slice(1).map((r) => (r[0] === 'Gemaakt op' ? [r[0], 'moment'] : r.map((cell) => cell.replaceAll('csv', 'xlsx')))),
    );
  });

  it('indicators and register: no kengetallen, the register’s years, pseudonymised said in full', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const ind = await csvOf(w.db, { what: 'indicators', year: 2025, pseudonymised: true });
    expect(ind.notes.slice(1)).toEqual([
      ['Export', 'Monitoringsindicatoren (§3.6)'],
      ['Gemaakt op', MADE_CSV],
      ['Filter jaar', '2025'],
      ['Filter wijk', 'alle'],
      ['Kengetallenversies', 'geen (deze cijfers zijn aantallen of weekbedragen uit de arrangementen)'],
      [
        'Gepseudonimiseerd',
        'ja: alleen casuscodes, geen namen of vrije tekst; aantallen onder 5 staan als <5 en een gemiddelde over minder dan 5 casussen is weggelaten',
      ],
      ...provenanceRows(w.db, `export --what indicators --format csv --year 2025 --pseudonymised --as-of ${TEST_NOW.toISOString()} --out indicators.csv`),
    ]);
    const reg = await csvOf(w.db, { what: 'register', year: 2025, registerOnlyYear: true, wijk: 'Bloemhof', pseudonymised: false });
    expect(reg.notes.slice(3, 5)).toEqual([
      ['Filter jaar', '2025 (arrangementen die in dat jaar beginnen)'],
      ['Filter wijk', 'Bloemhof'],
    ]);
  });

  it('the table above the block is untouched: its header first, every row as wide as the header', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    for (const what of ['businesscase', 'indicators', 'register'] as const) {
      const { table } = await csvOf(w.db, { what, year: 2024, pseudonymised: false });
      expect(table.length, what).toBeGreaterThan(1);
      expect(new Set(table.map((r) => r.length)), what).toEqual(new Set([table[0]!.length]));
    }
  });
});

describe('The PDF title block names the same context', () => {
  it('the filters, the kengetallen versions, the pseudonymisation and the moment, as the CSV names them', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const req: Req = { what: 'businesscase', year: 2024, wijk: 'Bloemhof', pseudonymised: false };
    const { notes } = await csvOf(w.db, req);
    const page = (await pdfPages(await exportFile(w.db, { ...req, format: 'pdf', now: TEST_NOW, actor: TEST_ACTOR })))[0]!.replace(/\s+/g, ' ');
    // The PDF wraps long lines (a command may break after '--'), so text is compared without whitespace.
    const unwrapped = page.replace(/\s+/g, '');
    for (const [label, value] of notes.slice(3)) expect(unwrapped, label).toContain(`${label!}: ${value!.replaceAll('csv', 'pdf')}`.replace(/\s+/g, ''));
    expect(page).toContain('Gemaakt op: 02-06-2025 om 10:00');
  });
});
