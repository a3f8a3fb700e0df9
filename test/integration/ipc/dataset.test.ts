/**
 * §4 the dataset file through the app (issue #8 item 7): imported in chunks with the CLI's own
 * validation and transaction, exported as the CLI writes it. The rules, one describe each.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDataset } from '../../../electron/core/data';
import { buildExport } from '../../../electron/core/export/buildExport';
import { DATASET_CHUNK_BYTES } from '../../../shared/ipc/channels/dataset';
import { TEST_PASSPHRASE } from '../helpers';
import type { Db } from '../../../electron/core/store/openDatabase';
import { tableNames } from '../data/helpers';
import { allRowsInOrderSql } from '../data/storeRows';
import { largeDataset } from '../data/largeDataset';
import { auditSince, lastAuditSeq, openWerkbank, storeState, TEST_ACTOR, TEST_NOW, type TestWerkbank } from './harness';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
/** A dataset file without its audit head (issue #11 item 3), which names the exporting store's log at that moment. */
const withoutHead = (content: string) => content.replace(/\n {2}"auditHead": \{\n {4}"seq": \d+,\n {4}"mac": "[0-9a-f]{64}"\n {2}\},/, '');
const headOf = (content: string) => (JSON.parse(content) as { auditHead: { seq: number } }).auditHead.seq;
const voorbeeldText = () => readFileSync(join(FIXTURES, 'dataset-voorbeeld.json'), 'utf8');

/**
 * The whole store, row by row in every table (the case-code counters and the audit log included),
 * so "nothing changed" means nothing at all, not only what an export shows.
 */
function everyRow(db: Db): Record<string, unknown[]> {
  return Object.fromEntries(tableNames(db).map((t) => [t, db.prepare(allRowsInOrderSql(db, t)).all()]));
}

/** Sends `text` as the screen does: begin, chunks of `chunkBytes` in order; returns the upload id. */
async function send(w: TestWerkbank, text: string, chunkBytes = DATASET_CHUNK_BYTES): Promise<string> {
  const bytes = Buffer.from(text, 'utf8');
  const { uploadId } = await w.value('dataset:importBegin', { totalBytes: bytes.length });
  for (let start = 0, index = 0; start < bytes.length; start += chunkBytes, index += 1) {
    await w.value('dataset:importChunk', { uploadId, index, data: bytes.subarray(start, start + chunkBytes).toString('base64') });
  }
  return uploadId;
}

async function importThroughChannels(w: TestWerkbank, text: string, chunkBytes?: number) {
  return w.call('dataset:importCommit', { uploadId: await send(w, text, chunkBytes) });
}

describe('an import through the app validates and writes exactly as `werkbank import` does', () => {
  it('imports the example dataset and reports the counts per kind, audited once as dataset.import by the user', async () => {
    const w = await openWerkbank();
    const seq = lastAuditSeq(w.db);
    const r = await importThroughChannels(w, voorbeeldText());
    expect(r.ok ? r.value.counts : r.error).toEqual({
      cases: 9,
      signalen: 1,
      costLines: 16,
      interventions: 10,
      arrangements: 3,
      escalations: 5,
      priceListVersions: 2,
      priceListItems: 17,
      tafels: 2,
      meetings: 2,
      agendaItems: 3,
      actions: 4,
      socialeKaart: 5,
      knelpunten: 3,
    });
    const audit = auditSince(w.db, seq);
    expect(audit.map((a) => a.action)).toEqual(['dataset.import']);
    expect(w.db.prepare('SELECT actor FROM audit_log WHERE seq > ?').pluck().all(seq)).toEqual([TEST_ACTOR]);
  });

  it('leaves the store as the CLI import leaves it, even with chunk boundaries inside multi-byte letters', async () => {
    const viaApp = await openWerkbank();
    const viaCli = await openWerkbank();
    // 7-byte chunks split a multi-byte letter of the example file across two chunks.
    const bytes = Buffer.from(voorbeeldText(), 'utf8');
    const split = bytes.filter((b, i) => i % 7 === 0 && (b & 0xc0) === 0x80).length;
    expect(split).toBeGreaterThan(0);
    expect((await importThroughChannels(viaApp, voorbeeldText(), 7)).ok).toBe(true);
    importDataset(viaCli.db, JSON.parse(voorbeeldText()), { actor: 'cli', now: TEST_NOW });
    expect(storeState(viaApp.db)).toEqual(storeState(viaCli.db));
  });

  it('imports a file of many megabytes sent in 1 MiB chunks', async () => {
    const w = await openWerkbank();
    const text = largeDataset(5_000_000);
    expect(Buffer.byteLength(text)).toBeGreaterThan(5 * DATASET_CHUNK_BYTES);
    const r = await importThroughChannels(w, text);
    expect(r.ok ? r.value.counts.cases : r.error).toBe((JSON.parse(text) as { cases: unknown[] }).cases.length);
  }, 60_000);
});

describe('a refused import names the first bad field and changes nothing in the store', () => {
  const index = JSON.parse(readFileSync(join(FIXTURES, 'invalid', 'index.json'), 'utf8')) as { files: { file: string; path: string }[] };

  it.each(index.files)('$file is refused naming $path', async ({ file, path }) => {
    const w = await openWerkbank();
    const before = everyRow(w.db);
    const r = await importThroughChannels(w, readFileSync(join(FIXTURES, 'invalid', file), 'utf8'));
    expect(r.ok ? 'geïmporteerd' : r.error.message).toContain(`${path}:`);
    expect(everyRow(w.db)).toEqual(before);
  });

  it('a file that is not JSON is refused in Dutch, changing nothing', async () => {
    const w = await openWerkbank();
    const before = everyRow(w.db);
    const r = await importThroughChannels(w, '{"format": "casuistiek-werkbank/dataset-v1", ');
    expect(r.ok ? 'geïmporteerd' : r.error.message).toMatch(/^Het bestand is geen geldige JSON \(.+\); er is niets geïmporteerd\.$/);
    expect(everyRow(w.db)).toEqual(before);
  });

  it('a file with cases the store already holds is refused as a conflict, changing nothing', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const before = everyRow(w.db);
    const r = await importThroughChannels(w, voorbeeldText());
    expect(r.ok ? 'geïmporteerd' : r.error.code).toBe('CONFLICT');
    expect(everyRow(w.db)).toEqual(before);
  });

  it('a refused commit leaves no upload behind: committing it again finds nothing', async () => {
    const w = await openWerkbank();
    const uploadId = await send(w, '[]');
    expect((await w.call('dataset:importCommit', { uploadId })).ok).toBe(false);
    const again = await w.call('dataset:importCommit', { uploadId });
    expect(again.ok ? 'ok' : again.error.code).toBe('NOT_FOUND');
  });
});

describe('the upload accepts only the announced file, in order, in bounded chunks', () => {
  const chunk = (text: string) => Buffer.from(text).toString('base64');

  it('a chunk out of order is refused and the upload is dropped', async () => {
    const w = await openWerkbank();
    const before = storeState(w.db);
    const { uploadId } = await w.value('dataset:importBegin', { totalBytes: 4 });
    const skipped = await w.call('dataset:importChunk', { uploadId, index: 1, data: chunk('{}') });
    expect(skipped.ok ? 'ok' : skipped.error.message).toMatch(/^Deel 2 van het bestand kwam niet op zijn beurt \(verwacht: deel 1\)/);
    const next = await w.call('dataset:importChunk', { uploadId, index: 0, data: chunk('{}') });
    expect(next.ok ? 'ok' : next.error.code).toBe('NOT_FOUND');
    expect(storeState(w.db)).toEqual(before);
  });

  it('a chunk larger than 1 MiB is refused by the schema', async () => {
    const w = await openWerkbank();
    const { uploadId } = await w.value('dataset:importBegin', { totalBytes: 2 * DATASET_CHUNK_BYTES });
    const r = await w.call('dataset:importChunk', { uploadId, index: 0, data: Buffer.alloc(DATASET_CHUNK_BYTES + 3).toString('base64') });
    expect(r.ok ? 'ok' : r.error.message).toBe('data: Een deel van het bestand is groter dan toegestaan.');
  });

  it('more bytes than announced are refused, and so is a commit before the file is complete', async () => {
    const w = await openWerkbank();
    const { uploadId } = await w.value('dataset:importBegin', { totalBytes: 3 });
    const over = await w.call('dataset:importChunk', { uploadId, index: 0, data: chunk('{}{}') });
    expect(over.ok ? 'ok' : over.error.message).toMatch(/^Er kwam meer binnen dan de aangekondigde 3 bytes\./);

    const second = await w.value('dataset:importBegin', { totalBytes: 3 });
    await w.value('dataset:importChunk', { uploadId: second.uploadId, index: 0, data: chunk('{}') });
    const early = await w.call('dataset:importCommit', { uploadId: second.uploadId });
    expect(early.ok ? 'ok' : early.error.message).toMatch(/^Het bestand is niet volledig ontvangen \(2 van 3 bytes\)\./);
  });

  it('a file over 128 MB is refused before a byte is sent', async () => {
    const w = await openWerkbank();
    const r = await w.call('dataset:importBegin', { totalBytes: 128 * 1024 * 1024 + 1 });
    expect(r.ok ? 'ok' : r.error.code).toBe('BAD_INPUT');
  });

  it('a new upload replaces the one before it (one upload per session)', async () => {
    const w = await openWerkbank();
    const first = await w.value('dataset:importBegin', { totalBytes: 2 });
    await w.value('dataset:importBegin', { totalBytes: 2 });
    const r = await w.call('dataset:importChunk', { uploadId: first.uploadId, index: 0, data: chunk('{}') });
    expect(r.ok ? 'ok' : r.error.code).toBe('NOT_FOUND');
  });

  it('an aborted upload is gone', async () => {
    const w = await openWerkbank();
    const uploadId = await send(w, voorbeeldText());
    expect(await w.value('dataset:importAbort', { uploadId })).toEqual({ discarded: true });
    const r = await w.call('dataset:importCommit', { uploadId });
    expect(r.ok ? 'ok' : r.error.code).toBe('NOT_FOUND');
  });
});

describe('chunks do not survive a lock (§5: what was sent before the lock is gone after the unlock)', () => {
  it('an upload complete before a lock cannot be committed after the unlock, and nothing was imported', async () => {
    const w = await openWerkbank();
    const uploadId = await send(w, voorbeeldText());
    w.session.lock();
    const locked = await w.call('dataset:importChunk', { uploadId, index: 99, data: 'e30=' });
    expect(locked.ok ? 'ok' : locked.error.code).toBe('LOCKED');
    await w.session.unlock(TEST_PASSPHRASE);
    const before = storeState(w.session.database());
    const r = await w.call('dataset:importCommit', { uploadId });
    expect(r.ok ? 'ok' : r.error.code).toBe('NOT_FOUND');
    expect(storeState(w.session.database())).toEqual(before);
  });

  it('an auto-lock drops the upload too', async () => {
    let ms = 0;
    const w = await openWerkbank({ sessionNow: () => ms });
    const uploadId = await send(w, voorbeeldText());
    ms += 11 * 60_000;
    expect(w.session.status().state).toBe('vergrendeld');
    await w.session.unlock(TEST_PASSPHRASE);
    const r = await w.call('dataset:importCommit', { uploadId });
    expect(r.ok ? 'ok' : r.error.code).toBe('NOT_FOUND');
  });
});

describe('the export is the CLI export, and it re-imports into a fresh store as the same file', () => {
  it('dataset:export gives byte for byte what `werkbank export --what dataset` writes, and is audited', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    for (const pseudonymised of [false, true]) {
      const seq = lastAuditSeq(w.db);
      const fromScreen = await w.value('dataset:export', { pseudonymised });
      const fromCli = buildExport(w.db, { what: 'dataset', format: 'json', year: 2025, pseudonymised, now: TEST_NOW, actor: 'cli' });
      // Byte for byte, but for the audit head: each names the log as it was before its own export entry.
      expect(withoutHead(fromScreen.content)).toBe(withoutHead(fromCli));
      expect([headOf(fromScreen.content), headOf(fromCli)]).toEqual([seq, seq + 1]);
      expect(fromScreen.fileName).toBe(pseudonymised ? 'werkbank-dataset-2025-06-02-gepseudonimiseerd.json' : 'werkbank-dataset-2025-06-02.json');
      expect(auditSince(w.db, seq).map((a) => [a.action, a.entity, a.detail])).toEqual([
        ['export', 'dataset', { format: 'json', year: 2025, wijk: null, pseudonymised }],
        ['export', 'dataset', { format: 'json', year: 2025, wijk: null, pseudonymised }],
      ]);
    }
  });

  it('the pseudonymised export holds no alias or birth year', async () => {
    const w = await openWerkbank({ voorbeeld: true });
    const { content } = await w.value('dataset:export', { pseudonymised: true });
    const cases = (JSON.parse(content) as { cases: Record<string, unknown>[] }).cases;
    expect(cases.filter((c) => 'alias' in c || 'birthYear' in c)).toEqual([]);
  });

  it('export → import into a fresh store → export gives the same bytes (but for the audit head, which is the exporting store’s)', async () => {
    const source = await openWerkbank({ voorbeeld: true });
    const first = await source.value('dataset:export', { pseudonymised: false });
    const fresh = await openWerkbank();
    const r = await importThroughChannels(fresh, first.content);
    expect(r.ok ? 'ok' : r.error.message).toBe('ok');
    const second = await fresh.value('dataset:export', { pseudonymised: false });
    expect(withoutHead(second.content)).toBe(withoutHead(first.content));
    expect(withoutHead(first.content)).not.toContain('auditHead');
  });
});
