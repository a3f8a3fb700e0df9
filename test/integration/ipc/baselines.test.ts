/**
 * Issue #14 item 3: baselines per wijk through IPC. The example dataset holds nm-blo-1 (Bloemhof,
 * 2024-01-15, 120 households, Schuldhulpspreekuur + Buurtnetwerk), nm-sch-1 (Schiebroek,
 * 2024-02-01, 85) and nm-blo-2 (Bloemhof, 2025-01-15, 150, three entries).
 */
import { describe, expect, it } from 'vitest';
import { recordIdTag } from '../../../electron/core/data/storeIdentity';
import { auditSince, expectRefusedUnchanged, lastAuditSeq, openWerkbank } from './harness';

const blo = { wijk: 'Bloemhof', measuredOn: '2025-06-01', households: 160, socialeKaartIds: ['sk-blo-werk', 'sk-blo-schuld'], notes: 'Mevrouw X vertelde …' };

describe('baselines:list gives the baselines of a wijk oldest first: the first is de nulmeting', () => {
  it('lists Bloemhof by name or id in date order, and every wijk without a filter', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    expect((await w.value('baselines:list', { wijk: 'bloemhof' })).items.map((b) => [b.id, b.measuredOn, b.households])).toEqual([
      ['nm-blo-1', '2024-01-15', 120],
      ['nm-blo-2', '2025-01-15', 150],
    ]);
    expect((await w.value('baselines:list', {})).items.map((b) => b.id)).toEqual(['nm-blo-1', 'nm-sch-1', 'nm-blo-2']);
  });
});

describe('baselines:save records a dated baseline with a copy of the chosen sociale-kaart entries', () => {
  it('copies name, spoor and organisation in the order given; audited with figures, never the notes', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const seq = lastAuditSeq(w.db);
    const saved = await w.value('baselines:save', { baseline: blo });
    const id = `nm-${recordIdTag(w.db)}-1`;
    expect(saved).toEqual({
      id,
      wijk: 'Bloemhof',
      measuredOn: '2025-06-01',
      households: 160,
      socialeKaart: [
        { socialeKaartId: 'sk-blo-werk', name: 'Werkfit-traject', spoor: 'werk_dagbesteding', organisation: 'Werkgeversservicepunt (fictief)' },
        { socialeKaartId: 'sk-blo-schuld', name: 'Schuldhulpspreekuur', spoor: 'financiele_zekerheid', organisation: 'Kredietbank Rotterdam (fictief)' },
      ],
      notes: 'Mevrouw X vertelde …',
    });
    const audit = auditSince(w.db, seq);
    expect(audit).toEqual([
      { action: 'baseline.create', entity: 'baseline', entityId: id, detail: { wijk: 'Bloemhof', measuredOn: '2025-06-01', households: 160, socialeKaart: 2 } },
    ]);
    expect(JSON.stringify(audit)).not.toContain('Mevrouw');
  });

  it('a later edit of the sociale kaart does not change the baseline', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const saved = await w.value('baselines:save', { baseline: blo });
    await w.value('socialeKaart:save', { entry: { id: 'sk-blo-werk', wijk: 'Bloemhof', name: 'Werkfit 2.0', spoor: 'samenredzaamheid' } });
    const again = (await w.value('baselines:list', { wijk: 'Bloemhof' })).items.find((b) => b.id === saved.id);
    expect(again?.socialeKaart[0]).toEqual({ socialeKaartId: 'sk-blo-werk', name: 'Werkfit-traject', spoor: 'werk_dagbesteding', organisation: 'Werkgeversservicepunt (fictief)' });
  });

  it('refuses an entry of another wijk, an unknown wijk, a negative or fractional count, and unknown fields; nothing changes', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'baselines:save', { baseline: { ...blo, socialeKaartIds: ['sk-sch-wonen'] } }, 'BAD_INPUT', /baseline\.socialeKaartIds: 'sk-sch-wonen' staat niet op de sociale kaart van Bloemhof/);
    await expectRefusedUnchanged(w, 'baselines:save', { baseline: { ...blo, wijk: 'Delfshaven' } }, 'BAD_INPUT', /baseline\.wijk/);
    await expectRefusedUnchanged(w, 'baselines:save', { baseline: { ...blo, households: -1 } }, 'BAD_INPUT', /households: het aantal huishoudens kan niet negatief zijn/);
    await expectRefusedUnchanged(w, 'baselines:save', { baseline: { ...blo, households: 2.5 } }, 'BAD_INPUT', /households: vul een geheel aantal/);
    await expectRefusedUnchanged(w, 'baselines:save', { baseline: { ...blo, measuredOn: '2025-02-30' } }, 'BAD_INPUT', /measuredOn/);
    await expectRefusedUnchanged(w, 'baselines:save', { baseline: { ...blo, id: 'nm-x' } }, 'BAD_INPUT');
  });
});

describe('baselines:remove removes a baseline recorded by mistake (audited)', () => {
  it('removes nm-blo-1, so nm-blo-2 becomes the first of Bloemhof; an unknown id is NOT_FOUND', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const seq = lastAuditSeq(w.db);
    expect((await w.value('baselines:remove', { id: 'nm-blo-1' })).households).toBe(120);
    expect((await w.value('baselines:list', { wijk: 'Bloemhof' })).items.map((b) => b.id)).toEqual(['nm-blo-2']);
    expect(auditSince(w.db, seq)).toEqual([
      { action: 'baseline.remove', entity: 'baseline', entityId: 'nm-blo-1', detail: { wijk: 'Bloemhof', measuredOn: '2024-01-15' } },
    ]);
    await expectRefusedUnchanged(w, 'baselines:remove', { id: 'nm-blo-1' }, 'NOT_FOUND', /Nulmeting 'nm-blo-1' bestaat niet/);
  });
});
