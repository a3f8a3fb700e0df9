/**
 * Issue #14 item 4 end to end: "waarvan al begrensd door beleid" is the same figure on the screen's
 * channel (businesscase:get), the case screen (cases:rendement) and in every businesscase export.
 */
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { exportFile } from '../../../electron/core/export/exportFile';
import type { ExportRequest } from '../../../electron/core/export/buildExport';
import type { Db } from '../../../electron/core/store/openDatabase';
import { openWerkbank, TEST_ACTOR, TEST_NOW, type TestWerkbank } from '../ipc/harness';
import { pdfPages } from './pdfText';

type Req = Omit<ExportRequest, 'format' | 'now' | 'actor'>;
const req: Req = { what: 'businesscase', year: 2025, pseudonymised: false };
const file = (db: Db, format: 'json' | 'csv' | 'xlsx' | 'pdf') => exportFile(db, { ...req, format, now: TEST_NOW, actor: TEST_ACTOR });

/**
 * BLO-2025-001 (reference date 21-01-2025) gets two reference lines a beleidsregel caps:
 * jeugd € 5.200/week × 10 → (5.200 − 4.000) × 10 = € 12.000; Wmo extramuraal € 950/week × 3 → € 450.
 */
async function withCappedLines(): Promise<TestWerkbank> {
  const w = await openWerkbank({ voorbeeld: true });
  const d = await w.value('cases:get', { code: 'BLO-2025-001' });
  await w.value('cases:setCostLines', {
    code: 'BLO-2025-001',
    scenario: 'reference',
    lines: [
      ...d.case.reference,
      { label: 'Jeugdhulp 1-op-1 (zonder aanpak)', payer: 'jeugd', unit: 'week', unitCostCents: 520000, quantity: 10, evidence: 'C' },
      { label: 'Ambulante begeleiding (zonder aanpak)', payer: 'wmo', unit: 'week', unitCostCents: 95000, quantity: 3, evidence: 'C', setting: 'extramuraal' },
    ],
  });
  return w;
}

describe('issue #14 item 4: "waarvan al begrensd door beleid" is € 12.450,00 on screen and in JSON, CSV, XLSX and PDF', () => {
  it('the channels and every format give the same figure, beside an unchanged saving', async () => {
    const w = await withCappedLines();
    const before = (await openWerkbank({ voorbeeld: true }).then((v) => v.value('businesscase:get', { year: 2025 }))).vermedenKosten;
    const bc = await w.value('businesscase:get', { year: 2025 });
    expect(bc.begrensdDoorBeleid).toBe(1245000);
    // The lines add € 52.000 + € 2.850 to the reference, so to vermedenKosten: nothing is taken off.
    expect(bc.vermedenKosten).toBe(before + 5200000 + 285000);
    expect((await w.value('cases:rendement', { code: 'BLO-2025-001' })).begrensdDoorBeleid).toBe(1245000);

    const json = JSON.parse((await file(w.db, 'json')).toString('utf8')) as { begrensdDoorBeleid: number; cases: { code: string; begrensdDoorBeleid: number }[] };
    expect(json.begrensdDoorBeleid).toBe(1245000);
    expect(json.cases.find((c) => c.code === 'BLO-2025-001')?.begrensdDoorBeleid).toBe(1245000);

    const csv = (await file(w.db, 'csv')).toString('utf8').replace(/^\uFEFF/, '').split('\r\n').map((l) => l.split(';'));
    expect(csv[0]?.at(-1)).toBe('waarvan al begrensd door beleid (€)');
    expect(csv.find((r) => r[0] === 'BLO-2025-001')?.at(-1)).toBe('12.450,00');
    expect(csv.find((r) => r[0] === 'Totaal (alle casussen)')?.at(-1)).toBe('12.450,00');

    const sheets = new Map((await readXlsxFile(await file(w.db, 'xlsx'))).map((s) => [s.sheet, s.data as unknown[][]]));
    expect(sheets.get('Kerncijfers')?.find((r) => r[0] === 'Waarvan al begrensd door beleid')?.slice(1)).toEqual([12450, 0]);

    const pdf = (await pdfPages(await file(w.db, 'pdf'))).join(' ').replace(/\s+/g, ' ');
    expect(pdf).toContain('Waarvan al begrensd door beleid € 12.450,00 € 0,00');
  });
});
