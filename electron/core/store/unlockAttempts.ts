/**
 * Failed unlocks (issue #11 item 2). While the store is locked nothing can be written into it, so
 * the failures are kept in a small file beside it (times only, never what was typed) until the
 * next successful unlock writes them to the audit log. The same file makes guessing slow: after
 * three failures each new try waits twice as long as the last (1 s, 2 s, 4 s … at most 5 minutes),
 * and a restart of the app does not reset that.
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

const FREE_TRIES = 3;
const MAX_WAIT_MS = 5 * 60_000;
/** Enough to show a pattern in the audit log; the count keeps going beyond it. */
const KEPT_TIMES = 50;

const Attempts = z.object({ count: z.number().int().min(0), times: z.array(z.string().datetime()) }).strict();
export type UnlockAttempts = z.infer<typeof Attempts>;

const pathOf = (dbFile: string) => `${dbFile}.unlock-failures.json`;
const NONE: UnlockAttempts = { count: 0, times: [] };

export function readUnlockAttempts(dbFile: string): UnlockAttempts {
  const path = pathOf(dbFile);
  if (!existsSync(path)) return NONE;
  const parsed = Attempts.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  // A damaged file must not lock a person out, nor let them guess freely: count it as the limit.
  return parsed.success ? parsed.data : { count: FREE_TRIES, times: [] };
}

export function recordUnlockFailure(dbFile: string, now: Date): UnlockAttempts {
  const before = readUnlockAttempts(dbFile);
  const next = { count: before.count + 1, times: [...before.times, now.toISOString()].slice(-KEPT_TIMES) };
  const tmp = `${pathOf(dbFile)}.tmp`;
  writeFileSync(tmp, JSON.stringify(next), { mode: 0o600 });
  renameSync(tmp, pathOf(dbFile));
  return next;
}

export function clearUnlockAttempts(dbFile: string): void {
  rmSync(pathOf(dbFile), { force: true });
}

/** How long (ms) the next try must still wait after `attempts`, at `nowMs`. */
export function unlockWaitMs(attempts: UnlockAttempts, nowMs: number): number {
  if (attempts.count < FREE_TRIES) return 0;
  const last = attempts.times.at(-1);
  const wait = Math.min(MAX_WAIT_MS, 1000 * 2 ** (attempts.count - FREE_TRIES));
  return last === undefined ? wait : Math.max(0, Date.parse(last) + wait - nowMs);
}
