/**
 * exports:file — a screen's view as a file, from the same code as `werkbank export`: its figures
 * are the screen's to the cent, its pseudonymisation is smallCells.ts's, and the export is audited.
 */
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { buildExport } from '../../../electron/core/export/buildExport';
import { auditSince, expectRefusedUnchanged, lastAuditSeq, openWerkbank, TEST_ACTOR, TEST_NOW } from './harness';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('exports:file gives the screen’s figures to the cent', () => {
  it('the businesscase as XLSX, with the screen’s filters, equals businesscase:get', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const q = { year: 2024, wijk: 'Bloemhof', spoor: 'wonen', onlyVastgesteld: false } as const;
    const screen = await w.value('businesscase:get', q);
    const file = await w.value('exports:file', { what: 'businesscase', format: 'xlsx', ...q, pseudonymised: false });
    expect(file.fileName).toBe('werkbank-businesscase-2024-Bloemhof-2025-06-02.xlsx');
    expect(file.mimeType).toBe(XLSX_MIME);
    const sheets = await readXlsxFile(Buffer.from(file.base64, 'base64'));
    const perCasus = sheets.find((s) => s.sheet === 'Per casus')?.data ?? [];
    expect(perCasus.slice(1, -1).map((r) => [r[0], r[6], r[8], r[9]])).toEqual(
      screen.cases.map((c) => [c.code, c.vermedenGecorrigeerd / 100, c.investering / 100, c.nettoRendement / 100]),
    );
    expect(screen.cases.length).toBeGreaterThan(0);
  });

  it('CSV and JSON are byte for byte what `werkbank export` writes', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    for (const format of ['csv', 'json'] as const) {
      const file = await w.value('exports:file', { what: 'indicators', format, year: 2025, pseudonymised: true });
      const cli = buildExport(w.db, { what: 'indicators', format, year: 2025, pseudonymised: true, now: TEST_NOW, actor: TEST_ACTOR });
      expect(Buffer.from(file.base64, 'base64').toString('utf8')).toBe(cli);
      expect(file.fileName).toBe(`werkbank-indicators-2025-gepseudonimiseerd-2025-06-02.${format}`);
    }
  });

  it('the register of the screen’s year only, or every year', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    for (const registerOnlyYear of [true, false]) {
      const screen = await w.value('register:get', registerOnlyYear ? { year: 2025 } : {});
      const file = await w.value('exports:file', { what: 'register', format: 'json', year: 2025, registerOnlyYear, pseudonymised: false });
      const json = JSON.parse(Buffer.from(file.base64, 'base64').toString('utf8')) as { rows: unknown[]; totalMeerkostenBovenPlafond: number };
      // The screen's rows also carry each arrangement's approval history; the export keeps the register's own rows.
      expect(json.rows).toEqual(screen.rows.map(({ history: _history, ...row }) => row));
      expect(json.totalMeerkostenBovenPlafond).toBe(screen.totalMeerkostenBovenPlafond);
    }
  });
});

describe('exports:file as PDF: the same report as werkbank export --format pdf', () => {
  it('the businesscase PDF from the screen; a screen filtered by spoor is refused, not silently exported unfiltered', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const file = await w.value('exports:file', { what: 'businesscase', format: 'pdf', year: 2024, pseudonymised: true });
    expect(Buffer.from(file.base64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const filtered = await w.call('exports:file', { what: 'businesscase', format: 'pdf', year: 2024, spoor: 'wonen', pseudonymised: true });
    expect(!filtered.ok && filtered.error.message).toContain('volgt alleen het jaar en de wijk');
  });
});

describe('exports:file pseudonymised (the app’s default): counts under 5 as <5, one implementation', () => {
  it('the businesscase counts as the pseudonymised JSON export has them, and the audit says so', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const seq = lastAuditSeq(w.db);
    const file = await w.value('exports:file', { what: 'businesscase', format: 'xlsx', year: 2024, pseudonymised: true });
    const aantallen = (await readXlsxFile(Buffer.from(file.base64, 'base64'))).find((s) => s.sheet === 'Aantallen')?.data ?? [];
    expect(aantallen.find((r) => r[0] === 'Casussen')?.slice(1)).toEqual(['<5', '<5']);
    expect(auditSince(w.db, seq)).toEqual([
      {
        action: 'export',
        entity: 'businesscase',
        entityId: null,
        detail: { format: 'xlsx', year: 2024, wijk: null, spoor: null, tafel: null, onlyVastgesteld: false, pseudonymised: true },
      },
    ]);
  });
});

describe('exports:file refuses bad input and changes nothing', () => {
  it('an unknown format, the dataset, a missing pseudonymised choice, an unknown field', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'exports:file', { what: 'businesscase', format: 'docx', year: 2024, pseudonymised: true }, 'BAD_INPUT', /formaat/);
    await expectRefusedUnchanged(w, 'exports:file', { what: 'dataset', format: 'json', year: 2024, pseudonymised: true }, 'BAD_INPUT');
    await expectRefusedUnchanged(w, 'exports:file', { what: 'businesscase', format: 'xlsx', year: 2024 }, 'BAD_INPUT');
    await expectRefusedUnchanged(w, 'exports:file', { what: 'businesscase', format: 'xlsx', year: 2024, pseudonymised: true, extra: 1 }, 'BAD_INPUT');
  });
});
