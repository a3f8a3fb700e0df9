/**
 * Issue #10: a sheet, a PDF and a CSV are read by people, so a berekening, an approval, a
 * leefgebied, a spoor or an uitkomst reaches them in the screen's words ("Vastgesteld", "Deels
 * toegekend", "ADL-vaardigheden"), never as the code the JSON export keeps ("deels_toegekend").
 */
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import type { ExportRequest } from '../../../electron/core/export/buildExport';
import { exportFile } from '../../../electron/core/export/exportFile';
import type { Db } from '../../../electron/core/store/openDatabase';
import * as enums from '../../../shared/domain/enums';
import { openWerkbank, TEST_ACTOR, TEST_NOW } from '../ipc/harness';
import { pdfPages } from './pdfText';

type Req = Omit<ExportRequest, 'format' | 'now' | 'actor'>;

/** Every code of the domain's enumerations, and the approval states of the register. */
const CODES = new Set([
  ...(Object.values(enums) as unknown[]).filter((v): v is readonly string[] => Array.isArray(v)).flat(),
  'aangevraagd',
  'geen_aanvraag',
]);
/** A code as it would leak into a label: a word joined to a word by "_" ("werk_dagbesteding"). */
const SNAKE = /\b[a-z]+_[a-z_]+\b/;

const run = (db: Db, req: Req, format: ExportRequest['format']) => exportFile(db, { ...req, format, now: TEST_NOW, actor: TEST_ACTOR });

/** The text cells of every sheet but Toelichting (its method text is prose about the codes' meaning). */
async function xlsxTexts(db: Db, req: Req): Promise<Map<string, string[][]>> {
  const sheets = await readXlsxFile(await run(db, req, 'xlsx'));
  return new Map(sheets.filter((s) => s.sheet !== 'Toelichting').map((s) => [s.sheet, s.data.map((r) => r.filter((c): c is string => typeof c === 'string'))]));
}

describe('XLSX sheets show the screen’s words, not codes', () => {
  it('no text cell of the businesscase, indicators or register sheets is a code, or holds one', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    for (const what of ['businesscase', 'indicators', 'register'] as const) {
      for (const [sheet, rows] of await xlsxTexts(w.db, { what, year: 2024, pseudonymised: false })) {
        const cells = rows.flat();
        expect(cells.filter((c) => CODES.has(c)), `${what} ${sheet}`).toEqual([]);
        expect(cells.filter((c) => SNAKE.test(c)), `${what} ${sheet}`).toEqual([]);
      }
    }
  });

  it('the berekening of a case, the approval in the register and a leefgebied, as the screen names them', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const bc = await xlsxTexts(w.db, { what: 'businesscase', year: 2024, pseudonymised: false });
    expect(new Set(bc.get('Per casus')?.slice(1, -1).map((r) => r[2]))).toEqual(new Set(['Concept', 'Vastgesteld']));
    const reg = await xlsxTexts(w.db, { what: 'register', year: 2024, pseudonymised: false });
    const screen = await w.value('register:get', {});
    const approval = { toegekend: 'Toegekend', deels_toegekend: 'Deels toegekend', afgewezen: 'Afgewezen', aangevraagd: 'Aangevraagd', geen_aanvraag: 'Geen aanvraag' };
    // Text cells of a register row: code, arrangement, provider, approval, "ja"/"nee".
    expect(reg.get('Weekbedragregister')?.slice(1, -1).map((r) => r[3])).toEqual(screen.rows.map((r) => approval[r.approvalStatus]));
    const ind = await xlsxTexts(w.db, { what: 'indicators', year: 2024, pseudonymised: false });
    expect(ind.get('Indicatoren')?.map((r) => r[0])).toContain('Zelfredzaamheid ADL-vaardigheden: gemiddelde verandering');
    expect(ind.get('Indicatoren')?.map((r) => r[0])).toContain('Escalaties met uitkomst: Nog geen besluit');
  });
});

describe('The PDF report shows words, not codes', () => {
  it('no code-like word in the businesscase report (which holds the register and the monitoring too)', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const text = (await pdfPages(await run(w.db, { what: 'businesscase', year: 2024, pseudonymised: false }, 'pdf'))).join('\n');
    expect(text.match(new RegExp(SNAKE.source, 'g')) ?? []).toEqual([]);
    expect(text).toMatch(/BLO-2024-001\s+Bloemhof\s+Vastgesteld/);
  });
});

describe('The CSV names a state as the screen does too (its header says nothing of codes)', () => {
  it('no cell of the three CSVs is a code, or holds one', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    for (const what of ['businesscase', 'indicators', 'register'] as const) {
      const cells = (await run(w.db, { what, year: 2024, pseudonymised: false }, 'csv')).toString('utf8').split(/\r\n|;/);
      expect(cells.filter((c) => CODES.has(c) || SNAKE.test(c)), what).toEqual([]);
    }
  });
});
