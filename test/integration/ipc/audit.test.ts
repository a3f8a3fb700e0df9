/**
 * Issue #11 item 3: the audit screen's channels. The log newest first, filtered by case (or any
 * id), actor, action and period in local days, paged in SQL; its export as CSV, audited; its
 * status (chain, MACs, anchor). Reading it is not audited.
 */
process.env.TZ = 'Europe/Amsterdam';

import { describe, expect, it } from 'vitest';
import { appendAudit, entryHash, GENESIS_HASH } from '../../../electron/core/store/audit';
import type { Db } from '../../../electron/core/store/openDatabase';
import { AUDIT_PAGE_SIZE } from '../../../shared/ipc/channels/audit';
import { auditSince, expectRefusedUnchanged, lastAuditSeq, openWerkbank, storeState, TEST_ACTOR, type TestWerkbank } from './harness';

/** store.create (1), then the five entries below (2–6), then 60 of a bulk import job (7–66). */
async function werkbankWithLog(): Promise<TestWerkbank> {
  const w = await openWerkbank();
  const add = (actor: string, action: string, entity: string, entityId: string | null, detail: Record<string, unknown>, at: string) =>
    appendAudit(w.db, { actor, action, entity, entityId, detail }, new Date(at));
  add('anna', 'case.update', 'case', 'BLO-2024-001', { fields: ['alias'] }, '2025-03-01T10:00:00Z');
  // 23:30 UTC on 2 March is 00:30 on 3 March in Rotterdam: the period filter counts local days.
  add('bram', 'knelpunt.save', 'knelpunt', 'kp-1', { caseCode: 'BLO-2024-001' }, '2025-03-02T23:30:00Z');
  add('anna', 'case.transition', 'case', 'SCH-2024-002', { from: 'aangemeld', to: 'geagendeerd' }, '2025-04-01T09:00:00Z');
  add('bram', 'case.update', 'case', 'BLO-2024-0011', { fields: ['doel'] }, '2025-04-02T09:00:00Z');
  add('=cmd', 'case.update', 'case', 'BLO-2024-002', { fields: ['notes'] }, '2025-04-03T09:00:00Z');
  for (let i = 0; i < 60; i++) add('bulk', 'case.create', 'case', `IJS-2025-${String(100 + i)}`, {}, '2025-05-01T09:00:00Z');
  return w;
}

const seqs = (items: { seq: number }[]) => items.map((e) => e.seq);

describe('issue #11 item 3: audit:list gives the log newest first, a page at a time', () => {
  it('page 1 holds the newest 50 entries, page 2 the rest, with the exact total', async () => {
    const w = await werkbankWithLog();
    const first = await w.value('audit:list', {});
    expect([first.total, first.page, first.pageSize, first.items.length]).toEqual([66, 1, AUDIT_PAGE_SIZE, 50]);
    expect(first.items[0]).toEqual({ seq: 66, at: '2025-05-01T09:00:00.000Z', actor: 'bulk', action: 'case.create', entity: 'case', entityId: 'IJS-2025-159', detail: {} });
    expect(seqs(first.items).at(-1)).toBe(17);
    const second = await w.value('audit:list', { page: 2 });
    expect(seqs(second.items)).toEqual([16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect((await w.value('audit:list', { page: 3 })).items).toEqual([]);
  });

  it('offers every actor and action of the whole log as filter choices, alphabetically', async () => {
    const w = await werkbankWithLog();
    const r = await w.value('audit:list', { actor: 'anna' });
    expect(r.actors).toEqual(['=cmd', 'anna', 'bram', 'bulk', 'gebruiker']);
    expect(r.actions).toEqual(['case.create', 'case.transition', 'case.update', 'knelpunt.save', 'store.create']);
  });
});

describe('issue #11 item 3: audit:list filters by case, actor, action and period', () => {
  it('a case code finds the case’s own entries and those naming it as caseCode, and no other code that starts alike', async () => {
    const w = await werkbankWithLog();
    expect(seqs((await w.value('audit:list', { subject: 'BLO-2024-001' })).items)).toEqual([3, 2]);
    expect(seqs((await w.value('audit:list', { subject: 'kp-1' })).items)).toEqual([3]);
  });

  it('actor and action narrow together', async () => {
    const w = await werkbankWithLog();
    expect(seqs((await w.value('audit:list', { actor: 'anna' })).items)).toEqual([4, 2]);
    expect(seqs((await w.value('audit:list', { actor: 'bram', action: 'case.update' })).items)).toEqual([5]);
  });

  it('the period is in local days, both ends included', async () => {
    const w = await werkbankWithLog();
    expect(seqs((await w.value('audit:list', { from: '2025-03-03', to: '2025-03-03' })).items)).toEqual([3]);
    expect(seqs((await w.value('audit:list', { from: '2025-03-01', to: '2025-03-02' })).items)).toEqual([2]);
    expect((await w.value('audit:list', { from: '2025-04-02', to: '2025-05-01' })).total).toBe(62);
    expect(seqs((await w.value('audit:list', { to: '2025-03-31' })).items)).toEqual([3, 2]);
  });

  it('a period that ends before it starts, an unknown field or a date that is not ISO is refused and changes nothing', async () => {
    const w = await werkbankWithLog();
    await expectRefusedUnchanged(w, 'audit:list', { from: '2025-04-02', to: '2025-04-01' }, 'BAD_INPUT', /^to: de einddatum ligt vóór de begindatum/);
    await expectRefusedUnchanged(w, 'audit:export', { from: '2025-04-02', to: '2025-04-01' }, 'BAD_INPUT', /einddatum/);
    await expectRefusedUnchanged(w, 'audit:list', { subject: 'BLO-2024-001', kleur: 'rood' }, 'BAD_INPUT', /kleur/);
    await expectRefusedUnchanged(w, 'audit:list', { from: '01-03-2025' }, 'BAD_INPUT', /from/);
  });

  it('reading the log — list and status — writes nothing, not even an audit entry', async () => {
    const w = await werkbankWithLog();
    const before = storeState(w.db);
    await w.value('audit:list', { subject: 'BLO-2024-001' });
    await w.value('audit:status', {});
    expect(storeState(w.db)).toEqual(before);
  });
});

describe('issue #11 item 3: audit:export writes the filtered rows as CSV and is audited', () => {
  it('the same rows as the screen, newest first, in the CSV dialect of the other exports', async () => {
    const w = await werkbankWithLog();
    const seq = lastAuditSeq(w.db);
    const r = await w.value('audit:export', { subject: 'BLO-2024-001' });
    expect(r).toEqual({
      fileName: 'werkbank-logboek-2025-06-02.csv',
      rows: 2,
      content:
        '\uFEFFVolgnummer;Tijdstip;Wie;Handeling;Onderwerp;Id;Details\r\n' +
        '3;03-03-2025 00:30:00;bram;knelpunt.save;knelpunt;kp-1;caseCode: BLO-2024-001\r\n' +
        '2;01-03-2025 11:00:00;anna;case.update;case;BLO-2024-001;"fields: [""alias""]"\r\n',
    });
    expect(auditSince(w.db, seq)).toEqual([
      { action: 'audit.export', entity: 'audit', entityId: null, detail: { subject: 'BLO-2024-001', actor: null, action: null, from: null, to: null, rows: 2 } },
    ]);
    expect((w.db.prepare('SELECT actor FROM audit_log WHERE seq = ?').pluck().get(seq + 1) as string)).toBe(TEST_ACTOR);
  });

  it('a cell a spreadsheet would run as a formula is defused', async () => {
    const w = await werkbankWithLog();
    const r = await w.value('audit:export', { subject: 'BLO-2024-002' });
    expect(r.content.split('\r\n')[1]).toBe(`6;03-04-2025 11:00:00;'=cmd;case.update;case;BLO-2024-002;"fields: [""notes""]"`);
  });
});

/** Someone with SQL access but without the audit key: an entry rewritten, the plain chain recomputed. */
function rewrite(db: Db, seq: number): void {
  db.exec('DROP TRIGGER audit_log_no_update');
  db.prepare(`UPDATE audit_log SET detail = '{"fields":["alias","doel"]}' WHERE seq = ?`).run(seq);
  let prev = GENESIS_HASH;
  for (const row of db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as Parameters<typeof entryHash>[1][]) {
    const hash = entryHash(prev, row);
    db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?').run(prev, hash, row.seq);
    prev = hash;
  }
}

describe('issue #11 item 3: audit:status says whether the log is complete and unchanged', () => {
  it('a sound log: no problems, the anchor at the head', async () => {
    const w = await werkbankWithLog();
    expect(await w.value('audit:status', {})).toEqual({ headSeq: 66, anchorSeq: 66, sealedBy: null, problems: [] });
  });

  it('a rewritten entry is a MAC problem from that entry on', async () => {
    const w = await werkbankWithLog();
    rewrite(w.db, 64);
    expect((await w.value('audit:status', {})).problems).toEqual([{ kind: 'mac', ranges: [{ from: 64, to: 66 }] }]);
  });

  it('removed newest entries are a truncation naming both numbers', async () => {
    const w = await werkbankWithLog();
    w.db.exec('DROP TRIGGER audit_log_no_delete');
    w.db.prepare('DELETE FROM audit_log WHERE seq > 60').run();
    expect(await w.value('audit:status', {})).toEqual({ headSeq: 60, anchorSeq: null, sealedBy: null, problems: [{ kind: 'truncated', headSeq: 60, anchorSeq: 66 }] });
  });
});
