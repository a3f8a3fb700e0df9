/**
 * §2.4 the sociale kaart through IPC. The example dataset holds three Bloemhof entries
 * (sk-blo-schuld, sk-blo-werk, sk-blo-netwerk) and two in Schiebroek (sk-sch-vrijwilligers, sk-sch-wonen).
 */
import { describe, expect, it } from 'vitest';
import { recordIdTag } from '../../../electron/core/data/storeIdentity';
import { auditSince, expectRefusedUnchanged, lastAuditSeq, openWerkbank } from './harness';

const entry = { wijk: 'Schiebroek', name: 'Schuldhulpmaatje', spoor: 'financiele_zekerheid', organisation: 'Schuldhulpmaatje (fictief)' } as const;

describe('socialeKaart:list filters the sociale kaart by wijk and spoor', () => {
  it('lists per wijk (name or id) and per spoor', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    expect((await w.value('socialeKaart:list', {})).items).toHaveLength(5);
    expect((await w.value('socialeKaart:list', { wijk: 'Bloemhof' })).items.map((e) => e.id)).toEqual(['sk-blo-schuld', 'sk-blo-werk', 'sk-blo-netwerk']);
    expect((await w.value('socialeKaart:list', { wijk: 'schiebroek', spoor: 'wonen' })).items.map((e) => e.id)).toEqual(['sk-sch-wonen']);
    expect((await w.value('socialeKaart:list', { spoor: 'werk_dagbesteding' })).items.map((e) => e.id)).toEqual(['sk-blo-werk', 'sk-sch-vrijwilligers']);
  });

  it('refuses an unknown spoor', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const r = await w.callRaw('socialeKaart:list', { spoor: 'zorg' });
    expect(r.ok ? null : r.error).toMatchObject({ code: 'BAD_INPUT', message: expect.stringMatching(/^spoor:/) as unknown });
  });
});

describe('socialeKaart:save adds (sk-<tag>-<n>) or replaces an entry', () => {
  it('adds an entry with a generated id, audited with wijk and spoor', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const own = (n: number) => `sk-${recordIdTag(w.db)}-${String(n)}`;
    const seq = lastAuditSeq(w.db);
    const r = await w.value('socialeKaart:save', { entry });
    expect(r).toEqual({ created: true, entry: { id: own(1), ...entry } });
    expect((await w.value('socialeKaart:list', { wijk: 'Schiebroek', spoor: 'financiele_zekerheid' })).items).toEqual([{ id: own(1), ...entry }]);
    expect(auditSince(w.db, seq)).toEqual([
      { action: 'socialeKaart.save', entity: 'socialeKaart', entityId: own(1), detail: { created: true, wijk: 'Schiebroek', spoor: 'financiele_zekerheid', changed: [] } },
    ]);
    expect((await w.value('socialeKaart:save', { entry })).entry.id).toBe(own(2));
  });

  it('replaces a known entry in place: fields left out are cleared', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const seq = lastAuditSeq(w.db);
    const r = await w.value('socialeKaart:save', { entry: { id: 'sk-blo-schuld', wijk: 'bloemhof', name: 'Schuldhulpspreekuur', spoor: 'financiele_zekerheid', contact: 'woensdag 13-16 uur' } });
    expect(r.created).toBe(false);
    const items = (await w.value('socialeKaart:list', { wijk: 'Bloemhof' })).items;
    expect(items[0]).toEqual({ id: 'sk-blo-schuld', wijk: 'Bloemhof', name: 'Schuldhulpspreekuur', spoor: 'financiele_zekerheid', contact: 'woensdag 13-16 uur' });
    expect(auditSince(w.db, seq)[0]?.detail).toEqual({ created: false, wijk: 'Bloemhof', spoor: 'financiele_zekerheid', changed: ['organisation', 'contact'] });
  });

  it('refuses an unknown wijk and bad input naming the field', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'socialeKaart:save', { entry: { ...entry, wijk: 'Delfshaven' } }, 'BAD_INPUT', /^entry\.wijk: .*Delfshaven/);
    await expectRefusedUnchanged(w, 'socialeKaart:save', { entry: { ...entry, spoor: 'zorg' } }, 'BAD_INPUT', /^entry\.spoor:/);
    await expectRefusedUnchanged(w, 'socialeKaart:save', { entry: { ...entry, id: 'met spatie' } }, 'BAD_INPUT', /^entry\.id:/);
    await expectRefusedUnchanged(w, 'socialeKaart:save', { entry: { ...entry, telefoon: '010' } }, 'BAD_INPUT', /^entry/);
  });
});
