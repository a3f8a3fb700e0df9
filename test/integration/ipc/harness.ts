/**
 * A real, unlocked, encrypted werkbank behind the real handlers and the real dispatch — what the
 * renderer talks to through either host. Feature tests call channels exactly as the UI does and
 * compare the whole store before and after a refused call ("bad input changes nothing").
 */
import { afterEach, expect } from 'vitest';
import { importDataset } from '../../../electron/core/data';
import { createHandlers } from '../../../electron/core/handlers';
import type { Db } from '../../../electron/core/store/openDatabase';
import type { OsKeyProtector } from '../../../electron/core/store/osKeyWrap';
import { StoreSession } from '../../../electron/core/store/session';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/ipc/contract';
import { dispatch } from '../../../shared/ipc/dispatch';
import type { ErrorCode, Result } from '../../../shared/ipc/result';
import { auditCount, snapshot, voorbeeld } from '../data/helpers';
import { tempDir, TEST_KDF, TEST_PASSPHRASE } from '../helpers';

/** The fixed "today" of every IPC test: Monday 2 June 2025 (so working-day deadlines are predictable). */
export const TEST_NOW = new Date('2025-06-02T10:00:00');
export const TEST_ACTOR = 'test-voorzitter';

export interface TestWerkbank {
  session: StoreSession;
  db: Db;
  /** Calls a channel through dispatch, as the hosts do; never throws. */
  call<K extends Channel>(channel: K, input: ChannelInput<K>): Promise<Result<ChannelOutput<K>>>;
  /** Calls a channel with any payload (for bad-input tests). */
  callRaw(channel: string, input: unknown): Promise<Result<unknown>>;
  /** Calls and returns the value; fails the test with the error message when refused. */
  value<K extends Channel>(channel: K, input: ChannelInput<K>): Promise<ChannelOutput<K>>;
  /** Moves the clock (e.g. to see a deadline pass). */
  setNow(now: Date): void;
}

const open: StoreSession[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.lock();
});

const silent = { error: () => undefined };

/**
 * A fresh store with the default catalogues; with `{ voorbeeld: true }` the 9-case example dataset too.
 * `sessionNow` is the session's clock in ms (the auto-lock's idle time), apart from the handlers' date;
 * `osKeyProtector` plays the desktop app's OS keychain.
 */
export async function openWerkbank(options: { voorbeeld?: boolean; sessionNow?: () => number; osKeyProtector?: OsKeyProtector } = {}): Promise<TestWerkbank> {
  const session = new StoreSession(tempDir('werkbank-ipc-'), { kdfCost: TEST_KDF, now: options.sessionNow, osKeyProtector: options.osKeyProtector });
  await session.create(TEST_PASSPHRASE);
  open.push(session);
  const db = session.database();
  if (options.voorbeeld) importDataset(db, voorbeeld(), { actor: 'test-import' });
  let now = TEST_NOW;
  const handlers = createHandlers({ session, actor: TEST_ACTOR, now: () => now });
  const callRaw = (channel: string, input: unknown) => dispatch(channel, input, handlers, silent);
  const call = <K extends Channel>(channel: K, input: ChannelInput<K>) =>
    callRaw(channel, input) as Promise<Result<ChannelOutput<K>>>;
  return {
    session,
    db,
    call,
    callRaw,
    async value(channel, input) {
      const r = await call(channel, input);
      if (!r.ok) throw new Error(`${channel} refused: ${r.error.code} ${r.error.message}`);
      return r.value;
    },
    setNow(next) {
      now = next;
    },
  };
}

/** Everything the store holds, including the audit log length, for before/after comparisons. */
export function storeState(db: Db): { data: unknown; audit: number } {
  return { data: snapshot(db), audit: auditCount(db) };
}

/**
 * The boundary rule of every write channel: a refused call returns `code`, says in Dutch what is
 * wrong (`messageIncludes`, e.g. the field path) and changes nothing at all — not even the audit log.
 */
export async function expectRefusedUnchanged(
  w: TestWerkbank,
  channel: string,
  input: unknown,
  code: ErrorCode,
  messageIncludes?: string | RegExp,
): Promise<void> {
  const before = storeState(w.db);
  const r = await w.callRaw(channel, input);
  expect(r.ok, `${channel} should refuse ${JSON.stringify(input).slice(0, 200)}`).toBe(false);
  if (r.ok) return;
  expect(r.error.code, r.error.message).toBe(code);
  if (messageIncludes !== undefined) expect(r.error.message).toMatch(messageIncludes);
  expect(storeState(w.db)).toEqual(before);
}

/** The audit entries written after `seq`, oldest first (action and entity id only). */
export function auditSince(db: Db, seq: number): { action: string; entity: string; entityId: string | null; detail: unknown }[] {
  return (
    db.prepare('SELECT action, entity, entity_id, detail FROM audit_log WHERE seq > ? ORDER BY seq').all(seq) as {
      action: string;
      entity: string;
      entity_id: string | null;
      detail: string;
    }[]
  ).map((r) => ({ action: r.action, entity: r.entity, entityId: r.entity_id, detail: JSON.parse(r.detail) as unknown }));
}

export function lastAuditSeq(db: Db): number {
  return (db.prepare('SELECT COALESCE(MAX(seq), 0) AS n FROM audit_log').get() as { n: number }).n;
}

/**
 * §5 consent before sharing: records the resident's consent (toestemming, on TEST_NOW's date) for
 * `partners` on top of the scope the case has, through cases:update as the consent section does,
 * so an escalation to them may be submitted. A case whose legal basis already covers every partner
 * keeps its record.
 */
export async function grantConsent(w: TestWerkbank, code: string, partners: readonly string[]): Promise<void> {
  const current = (await w.value('cases:get', { code })).case.consent;
  if (current !== undefined && current.basis !== 'toestemming' && current.scope === undefined) return;
  const kept = (current?.scope ?? []).filter((s) => !partners.includes(s.partner));
  const scope = [...kept, ...partners.map((partner) => ({ partner, granted: true }))];
  await w.value('cases:update', { code, changes: { consent: { basis: current?.basis ?? 'toestemming', recordedOn: '2025-06-02', scope } } });
}

/** The organisations at the example's Bloemhof tafel: whom an escalation of a Bloemhof case to the netwerk reaches. */
export const BLOEMHOF_NETWORK = ['Gemeente Rotterdam', 'Wijkteam Bloemhof', 'Woningcorporatie Zuid (fictief)'] as const;
