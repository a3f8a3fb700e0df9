import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createCountdown,
  cueBetween,
  formatClock,
  isFinished,
  isRunning,
  pause,
  remainingMs,
  reset,
  settle,
  start,
  type Countdown,
  type TimerCue,
} from '../../../renderer/src/features/tafels/timer';

/** §2.2 meeting mode: the countdown of an agenda item's time-box, on fake time (no real waiting). */
describe('meeting-mode countdown', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2025-06-10T14:00:00+02:00'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('starts at the full time-box and is not running', () => {
    const c = createCountdown(15);
    expect(remainingMs(c, Date.now())).toBe(15 * 60_000);
    expect(isRunning(c)).toBe(false);
    expect(formatClock(remainingMs(c, Date.now()))).toBe('15:00');
  });

  it('counts down while running, holds while paused and resumes where it stopped', () => {
    let c = start(createCountdown(2), Date.now());
    vi.advanceTimersByTime(30_000);
    expect(formatClock(remainingMs(c, Date.now()))).toBe('01:30');
    c = pause(c, Date.now());
    expect(isRunning(c)).toBe(false);
    vi.advanceTimersByTime(10 * 60_000);
    expect(formatClock(remainingMs(c, Date.now()))).toBe('01:30');
    c = start(c, Date.now());
    vi.advanceTimersByTime(45_000);
    expect(formatClock(remainingMs(c, Date.now()))).toBe('00:45');
  });

  it('stops at 0 and never goes negative; settle pauses a finished clock', () => {
    let c = start(createCountdown(1), Date.now());
    vi.advanceTimersByTime(5 * 60_000);
    expect(remainingMs(c, Date.now())).toBe(0);
    expect(isFinished(c, Date.now())).toBe(true);
    c = settle(c, Date.now());
    expect(isRunning(c)).toBe(false);
    expect(start(c, Date.now())).toBe(c); // no time left: start does nothing
  });

  it('reset gives the full time back, or a new time-box', () => {
    let c = start(createCountdown(10), Date.now());
    vi.advanceTimersByTime(4 * 60_000);
    c = reset(c);
    expect(isRunning(c)).toBe(false);
    expect(remainingMs(c, Date.now())).toBe(10 * 60_000);
    expect(remainingMs(reset(c, 20), Date.now())).toBe(20 * 60_000);
  });

  it('start while running and pause while paused change nothing', () => {
    const running = start(createCountdown(5), Date.now());
    vi.advanceTimersByTime(1000);
    expect(start(running, Date.now())).toBe(running);
    const idle = createCountdown(5);
    expect(pause(idle, Date.now())).toBe(idle);
  });

  it('shows whole seconds rounded up, so the last second reads 00:01 until it is over', () => {
    expect(formatClock(60_000)).toBe('01:00');
    expect(formatClock(59_001)).toBe('01:00');
    expect(formatClock(59_000)).toBe('00:59');
    expect(formatClock(1)).toBe('00:01');
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(480 * 60_000)).toBe('480:00');
  });

  it('announces only at one minute left and at 0, not every second (a 1-second tick for 3 minutes)', () => {
    let c: Countdown = start(createCountdown(3), Date.now());
    let previous = remainingMs(c, Date.now());
    const cues: { at: string; cue: TimerCue }[] = [];
    const tick = setInterval(() => {
      const now = Date.now();
      const next = remainingMs(c, now);
      const cue = cueBetween(previous, next);
      if (cue) cues.push({ at: formatClock(next), cue });
      previous = next;
      c = settle(c, now);
    }, 1000);
    vi.advanceTimersByTime(4 * 60_000);
    clearInterval(tick);
    expect(cues).toEqual([
      { at: '01:00', cue: 'een_minuut' },
      { at: '00:00', cue: 'tijd_om' },
    ]);
    expect(isRunning(c)).toBe(false);
  });

  it('a tab in the background that misses both moments says only that the time is up', () => {
    expect(cueBetween(5 * 60_000, 0)).toBe('tijd_om');
    expect(cueBetween(61_000, 60_000)).toBe('een_minuut');
    expect(cueBetween(60_000, 59_000)).toBeNull();
    expect(cueBetween(0, 0)).toBeNull();
  });

  it('a one-minute time-box is not announced as "one minute left" at its start', () => {
    const c = createCountdown(1);
    expect(cueBetween(remainingMs(c, Date.now()), remainingMs(c, Date.now()))).toBeNull();
  });
});
