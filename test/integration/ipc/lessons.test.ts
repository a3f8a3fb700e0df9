/**
 * Issue #14 item 3: the lessenlog through IPC. The example dataset holds les-blo-1 (Bloemhof, wonen,
 * werkte, 2024-04-02), les-blo-2 (Bloemhof, algemeen, werkte niet, 2024-05-14) and les-sch-1
 * (Schiebroek, financiële zekerheid, werkte, 2024-06-11).
 */
import { describe, expect, it } from 'vitest';
import { recordIdTag } from '../../../electron/core/data/storeIdentity';
import { auditSince, expectRefusedUnchanged, lastAuditSeq, openWerkbank } from './harness';

const lesson = { wijk: 'schiebroek', spoor: 'wonen' as const, kind: 'werkte_niet' as const, text: 'Woonloket te laat aan tafel.', author: 'Voorzitter Schiebroek' };

describe('lessons:list gives the lessenlog newest first, per wijk and spoor ("algemeen" is no spoor)', () => {
  it('filters by wijk (name or id) and spoor, algemeen included', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    expect((await w.value('lessons:list', {})).items.map((l) => l.id)).toEqual(['les-sch-1', 'les-blo-2', 'les-blo-1']);
    expect((await w.value('lessons:list', { wijk: 'bloemhof' })).items.map((l) => l.id)).toEqual(['les-blo-2', 'les-blo-1']);
    expect((await w.value('lessons:list', { spoor: 'algemeen' })).items.map((l) => l.id)).toEqual(['les-blo-2']);
    expect((await w.value('lessons:list', { spoor: 'wonen' })).items.map((l) => l.id)).toEqual(['les-blo-1']);
  });
});

describe('lessons:save adds (les-<tag>-<n>, today) or changes a lesson; lessons:remove deletes one', () => {
  it('adds with a generated id and today, stored under the wijk name; audited without the text or author', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const seq = lastAuditSeq(w.db);
    const { entry, created } = await w.value('lessons:save', { lesson });
    const id = `les-${recordIdTag(w.db)}-1`;
    expect(created).toBe(true);
    expect(entry).toEqual({ ...lesson, id, wijk: 'Schiebroek', recordedOn: '2025-06-02' });
    const audit = auditSince(w.db, seq);
    expect(audit).toEqual([{ action: 'lesson.create', entity: 'lesson', entityId: id, detail: { wijk: 'Schiebroek', spoor: 'wonen', kind: 'werkte_niet', changed: [] } }]);
    expect(JSON.stringify(audit)).not.toMatch(/Woonloket|Voorzitter/);
  });

  it('changes a lesson in place, keeping its date unless given; the audit names the changed fields', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const seq = lastAuditSeq(w.db);
    const { entry, created } = await w.value('lessons:save', {
      lesson: { id: 'les-blo-2', wijk: 'Bloemhof', spoor: 'samenredzaamheid', kind: 'werkte_niet', text: 'Anders gezegd.', author: 'Netwerkverbinder' },
    });
    expect(created).toBe(false);
    expect(entry).toMatchObject({ spoor: 'samenredzaamheid', text: 'Anders gezegd.', recordedOn: '2024-05-14' });
    expect(auditSince(w.db, seq)[0]).toMatchObject({ action: 'lesson.update', detail: { changed: ['spoor', 'text'] } });
  });

  it('removes a lesson (audited); an unknown id is NOT_FOUND and changes nothing', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const seq = lastAuditSeq(w.db);
    await w.value('lessons:remove', { id: 'les-blo-1' });
    expect((await w.value('lessons:list', { wijk: 'Bloemhof' })).items.map((l) => l.id)).toEqual(['les-blo-2']);
    expect(auditSince(w.db, seq)).toEqual([{ action: 'lesson.remove', entity: 'lesson', entityId: 'les-blo-1', detail: { wijk: 'Bloemhof', spoor: 'wonen', kind: 'werkte' } }]);
    await expectRefusedUnchanged(w, 'lessons:remove', { id: 'les-blo-1' }, 'NOT_FOUND', /Les 'les-blo-1' bestaat niet/);
  });

  it('refuses an empty text, an unknown kind or wijk, and a changed id that does not exist; nothing changes', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    await expectRefusedUnchanged(w, 'lessons:save', { lesson: { ...lesson, text: '   ' } }, 'BAD_INPUT', /text: Vul in wat er werkte of niet werkte/);
    await expectRefusedUnchanged(w, 'lessons:save', { lesson: { ...lesson, kind: 'misschien' } }, 'BAD_INPUT', /kind/);
    await expectRefusedUnchanged(w, 'lessons:save', { lesson: { ...lesson, wijk: 'Delfshaven' } }, 'BAD_INPUT', /lesson\.wijk/);
    await expectRefusedUnchanged(w, 'lessons:save', { lesson: { ...lesson, id: 'les-onbekend' } }, 'NOT_FOUND', /Les 'les-onbekend' bestaat niet/);
  });
});
