/**
 * The countdown of an agenda item's time-box in meeting mode (§2.2), as pure functions of a state
 * and the time `now` (milliseconds, e.g. Date.now()). No timers live here: the screen ticks and
 * asks; the tests pass the time. The clock counts down to 0 and stops there.
 */

export interface Countdown {
  /** The time-box: the agenda item's minutes. */
  readonly durationMs: number;
  /** Time used in earlier runs (before the last pause). */
  readonly spentMs: number;
  /** When the current run started, or null while paused or not started. */
  readonly runningSince: number | null;
}

const MINUTE_MS = 60_000;

export function createCountdown(minutes: number): Countdown {
  return { durationMs: Math.max(0, Math.round(minutes * MINUTE_MS)), spentMs: 0, runningSince: null };
}

function spentAt(c: Countdown, now: number): number {
  const run = c.runningSince === null ? 0 : Math.max(0, now - c.runningSince);
  return Math.min(c.durationMs, c.spentMs + run);
}

/** Milliseconds left at `now`, never below 0. */
export function remainingMs(c: Countdown, now: number): number {
  return c.durationMs - spentAt(c, now);
}

export function isRunning(c: Countdown): boolean {
  return c.runningSince !== null;
}

export function isFinished(c: Countdown, now: number): boolean {
  return remainingMs(c, now) === 0;
}

/** Starts (or resumes) the clock; nothing happens when it runs already or has no time left. */
export function start(c: Countdown, now: number): Countdown {
  if (isRunning(c) || isFinished(c, now)) return c;
  return { ...c, runningSince: now };
}

/** Stops the clock and keeps the time used so far. */
export function pause(c: Countdown, now: number): Countdown {
  if (!isRunning(c)) return c;
  return { ...c, spentMs: spentAt(c, now), runningSince: null };
}

/** Back to the full time-box (optionally a new one), not running. */
export function reset(c: Countdown, minutes?: number): Countdown {
  return minutes === undefined ? { ...c, spentMs: 0, runningSince: null } : createCountdown(minutes);
}

/** A running clock that reached 0 is paused at 0, so it shows "tijd is om" and not "loopt". */
export function settle(c: Countdown, now: number): Countdown {
  return isRunning(c) && isFinished(c, now) ? pause(c, now) : c;
}

export type TimerCue = 'een_minuut' | 'tijd_om';

/**
 * What to announce to a screen reader between two readings of the remaining time: only when the
 * clock passes one minute left and when it reaches 0 — never every second. When both happen
 * between two readings (a tab in the background), only 'tijd_om' is said.
 */
export function cueBetween(previousMs: number, nextMs: number): TimerCue | null {
  if (previousMs > 0 && nextMs <= 0) return 'tijd_om';
  if (previousMs > MINUTE_MS && nextMs <= MINUTE_MS) return 'een_minuut';
  return null;
}

/** "mm:ss", counting whole seconds up, so a fresh 15-minute box shows 15:00 and 0 shows 00:00. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}
