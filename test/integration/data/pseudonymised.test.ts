import { afterEach, describe, expect, it } from 'vitest';
import { ageBand, parseDataset } from '../../../shared/interchange';
import { exportDataset, importDataset } from '../../../electron/core/data';
import { cleanupStores, freshStore, voorbeeld } from './helpers';

afterEach(cleanupStores);

describe('§5 a pseudonymised export carries the case code only', () => {
  it('has no alias, no birth year, no names of people and no free text about residents', async () => {
    const db = await freshStore();
    importDataset(db, voorbeeld(), { actor: 'test' });
    const file = exportDataset(db, { pseudonymised: true });
    for (const c of file.cases) {
      expect(c.alias).toBeUndefined();
      expect(c.birthYear).toBeUndefined();
      expect(c.casusregisseur?.name).toBeUndefined();
      expect(c.aanmelder?.name).toBeUndefined();
      expect(c.notes).toBeUndefined();
      expect(c.aanleiding).toBeUndefined();
      expect(c.doel).toBeUndefined();
      for (const h of c.statusHistory ?? []) expect(h.by ?? h.why).toBeUndefined();
    }
    const text = JSON.stringify(file);
    // Every person and alias of the example, and its free texts, must be gone.
    for (const leak of ['"A."', 'de Vries', 'Yilmaz', 'El Amrani', 'Bakker', 'Koster', 'Mulder', 'Dossier PRIO', 'bankslaper', 'Testcasus']) {
      expect(text, leak).not.toContain(leak);
    }
    expect(parseDataset(file).ok).toBe(true);
  });

  it('replaces the birth year by a ten-year age band counted at the reference year', async () => {
    const db = await freshStore();
    importDataset(db, voorbeeld(), { actor: 'test' });
    const byCode = new Map(exportDataset(db, { pseudonymised: true }).cases.map((c) => [c.code, c]));
    expect(byCode.get('BLO-2024-001')?.ageBand).toBe('40-49'); // 1981, reference 2024: 43
    expect(byCode.get('BLO-2024-002')?.ageBand).toBe('10-19'); // 2010 → 14
    expect(byCode.get('SCH-2024-001')?.ageBand).toBe('70-79'); // 1949 → 75
    expect(byCode.get('SCH-2025-002')?.ageBand).toBe('20-29'); // already a band
    expect(byCode.get('SCH-2025-003')?.ageBand).toBeUndefined(); // signaal: nothing to band
    expect(ageBand(1930, 2024)).toBe('80+');
  });

  it('keeps what the figures need: codes, amounts, statuses and where a case was discussed', async () => {
    const db = await freshStore();
    importDataset(db, voorbeeld(), { actor: 'test' });
    const full = exportDataset(db);
    const pseudo = exportDataset(db, { pseudonymised: true });
    expect(pseudo.cases.map((c) => c.code)).toEqual(full.cases.map((c) => c.code));
    expect(pseudo.cases.map((c) => c.reference)).toEqual(full.cases.map((c) => c.reference));
    expect(pseudo.meetings?.map((m) => m.agenda.map((a) => a.caseCode))).toEqual(full.meetings?.map((m) => m.agenda.map((a) => a.caseCode)));
    expect(pseudo.meetings?.every((m) => m.attendance.length === 0 && m.chair === undefined)).toBe(true);
  });
});
