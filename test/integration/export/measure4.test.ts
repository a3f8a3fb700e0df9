/** Issue #14 item 5: the register's meerkosten beside measure 4's booked effect, on the channel and in every register export. */
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { exportFile } from '../../../electron/core/export/exportFile';
import type { Db } from '../../../electron/core/store/openDatabase';
import { openWerkbank, TEST_ACTOR, TEST_NOW } from '../ipc/harness';
import { pdfPages } from './pdfText';

const file = (db: Db, format: 'json' | 'csv' | 'xlsx' | 'pdf') => exportFile(db, { what: 'register', year: 2025, pseudonymised: false, format, now: TEST_NOW, actor: TEST_ACTOR });

describe('issue #14 item 5: the register sets its meerkosten beside measure 4’s booked effect, on screen and in the register exports', () => {
  it('register:get, JSON, CSV, XLSX and PDF give the same lines; 2024 holds the example’s two approved arrangements', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const reg = await w.value('register:get', {});
    const total2024 = reg.rows.filter((r) => r.from.startsWith('2024')).reduce((a, r) => a + r.meerkostenBovenPlafond, 0);
    expect(reg.measure4.map((m) => [m.year, m.bookedEffect])).toEqual([
      [2024, 40_000_000],
      [2025, 80_000_000],
      [2026, 120_000_000],
      [2027, 160_000_000],
    ]);
    expect(reg.measure4[0]?.meerkostenBovenPlafond).toBe(total2024);
    expect(total2024).toBe(reg.totalMeerkostenBovenPlafond);

    const json = JSON.parse((await file(w.db, 'json')).toString('utf8')) as { measure4: unknown };
    expect(json.measure4).toEqual(reg.measure4);

    const csv = (await file(w.db, 'csv')).toString('utf8').split('\r\n').map((l) => l.split(';'));
    expect(csv.find((r) => r[0] === 'maatregel 4 geboekt effect 2024')?.[7]).toBe('400.000,00');
    expect(csv.find((r) => r[0] === 'meerkosten startjaar 2025')?.[7]).toBe('0,00');

    const sheet = (await readXlsxFile(await file(w.db, 'xlsx'))).find((s) => s.sheet === 'Maatregel 4')?.data as unknown[][];
    expect(sheet.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual(reg.measure4.map((m) => [m.year, (m.bookedEffect ?? 0) / 100, m.meerkostenBovenPlafond / 100]));

    const pdf = (await pdfPages(await file(w.db, 'pdf'))).join(' ').replace(/\s+/g, ' ');
    expect(pdf).toContain('2027 € 1.600.000,00 € 0,00 € 0,00');
  });
});
