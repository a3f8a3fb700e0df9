import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readCase } from '../../../electron/core/data/caseDocument';
import { DB_FILE_NAME } from '../../../electron/core/store/session';
import { openStore } from '../../../electron/core/store/store';
import { verifyStore } from '../../../electron/core/store/verify';
import { tempDir, TEST_PASSPHRASE } from '../helpers';

/**
 * Issue #12 item 2: crash safety for ordinary edits, not only imports. The real browser host runs
 * as its own process; several clients write through its API at once (new cases, and a stream of
 * edits to one case each); the process is killed with SIGKILL while writes are in flight. Every
 * write the host acknowledged must be in the store afterwards, nothing half-written may be (a case
 * without its audit entry or the reverse, an edit that is neither the old nor a sent value), and
 * SQLite's integrity, the foreign keys and the audit chain must verify. Twice on the same store:
 * the second run starts from what the first crash left.
 */
interface RunningProcess {
  child: ChildProcess;
  origin: string;
  token: string;
}

const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL'); // a failed test leaves no host behind
});

async function startHostProcess(dataDir: string, rendererDir: string): Promise<RunningProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/host/main.ts'], {
    env: { ...process.env, WERKBANK_DATA_DIR: dataDir, WERKBANK_RENDERER_DIR: rendererDir, WERKBANK_PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const link = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?start=[0-9a-f]+)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`host exited early (${String(code)})`)));
  });
  const url = new URL(link);
  const res = await fetch(`${url.origin}/auth/start`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url.origin },
    body: JSON.stringify({ code: url.searchParams.get('start') }),
  });
  const { token } = (await res.json()) as { token: string };
  return { child, origin: url.origin, token };
}

type Answer = { ok: true; value: Record<string, unknown> } | { ok: false; error: { code: string } };

async function ipc(host: RunningProcess, channel: string, input: unknown): Promise<Answer> {
  const res = await fetch(`${host.origin}/ipc/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-werkbank-token': host.token },
    body: JSON.stringify(input),
  });
  return (await res.json()) as Answer;
}

interface Ledger {
  /** Codes of cases whose creation the host acknowledged. */
  created: Set<string>;
  /** Per edited case: every doel value sent, in order, and how many of them were acknowledged (a prefix: one writer per case). */
  edits: Map<string, { sent: string[]; acked: number }>;
}

/** One client: creates its own case, then edits its doel over and over, now and then creating another case. */
async function writer(host: RunningProcess, n: number, ledger: Ledger, stop: { now: boolean }): Promise<void> {
  const first = await ipc(host, 'cases:create', { wijk: 'Bloemhof', sporen: ['wonen'] });
  if (!first.ok) throw new Error(`create refused: ${first.error.code}`);
  const code = String((first.value.case as { code: string }).code);
  ledger.created.add(code);
  const edits = { sent: [] as string[], acked: 0 };
  ledger.edits.set(code, edits);
  for (let i = 0; !stop.now; i++) {
    const doel = `doel ${String(n)}-${String(i)}`;
    edits.sent.push(doel);
    const answer = await ipc(host, 'cases:update', { code, changes: { doel } });
    if (!answer.ok) throw new Error(`update refused: ${answer.error.code}`);
    edits.acked = edits.sent.length;
    if (i % 5 === 4) {
      const more = await ipc(host, 'cases:create', { wijk: 'Schiebroek', sporen: ['werk'] });
      if (more.ok) ledger.created.add(String((more.value.case as { code: string }).code));
    }
  }
}

/** Runs `writers` clients until `acks` writes were acknowledged, then kills the host mid-burst. */
async function burstThenKill(host: RunningProcess, ledger: Ledger, writers: number, acks: number): Promise<void> {
  const stop = { now: false };
  const exited = new Promise<void>((resolve) => host.child.once('exit', () => resolve()));
  const acked = () => ledger.created.size + [...ledger.edits.values()].reduce((s, e) => s + e.acked, 0);
  const running = Array.from({ length: writers }, (_, n) => writer(host, n + ledger.edits.size, ledger, stop).catch(() => undefined));
  while (acked() < acks) await new Promise((r) => setTimeout(r, 5));
  host.child.kill('SIGKILL'); // writes are in flight: the writers do not wait between requests
  stop.now = true;
  await exited;
  await Promise.all(running); // each ends on its failed fetch
}

describe('Issue #12 item 2: a SIGKILL in a burst of edits loses no acknowledged write and leaves nothing partial', () => {
  it('twice on the same store: every acknowledged case and edit is there, each edit is a value that was sent, and the store verifies', async () => {
    const dir = tempDir();
    const dataDir = join(dir, 'data');
    const rendererDir = join(dir, 'renderer');
    mkdirSync(rendererDir);
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html lang="nl"></html>');
    const ledger: Ledger = { created: new Set(), edits: new Map() };

    const first = await startHostProcess(dataDir, rendererDir);
    const created = await ipc(first, 'session:create', { passphrase: TEST_PASSPHRASE, confirmation: TEST_PASSPHRASE });
    expect(created).toEqual({ ok: true, value: expect.anything() as unknown });
    await burstThenKill(first, ledger, 4, 60);

    const second = await startHostProcess(dataDir, rendererDir);
    expect((await ipc(second, 'session:unlock', { passphrase: TEST_PASSPHRASE })).ok).toBe(true);
    await burstThenKill(second, ledger, 4, ledger.created.size + 60);

    const db = await openStore(join(dataDir, DB_FILE_NAME), TEST_PASSPHRASE);
    try {
      const check = verifyStore(db);
      expect(check.integrity).toBe('ok');
      expect(check.brokenForeignKeys).toBe(0);
      expect(check.chain.ok).toBe(true);

      const stored = new Set((db.prepare('SELECT code FROM cases').all() as { code: string }[]).map((r) => r.code));
      for (const code of ledger.created) expect(stored.has(code), code).toBe(true);
      for (const [code, edits] of ledger.edits) {
        // The last acknowledged value or one sent after it (committed, its answer lost in the kill);
        // with nothing acknowledged yet, also no value at all.
        const allowed = edits.acked === 0 ? [undefined, ...edits.sent] : edits.sent.slice(edits.acked - 1);
        expect(allowed, code).toContain(readCase(db, code).doel);
      }
      // Nothing partial: each stored case has exactly one creation entry in the audit log, and the
      // log holds no creation of a case that is not stored.
      const creations = (db.prepare("SELECT entity_id AS code FROM audit_log WHERE action = 'case.create'").all() as { code: string }[]).map((r) => r.code);
      expect([...creations].sort()).toEqual([...stored].sort());
    } finally {
      db.close();
    }
  }, 120_000);
});
