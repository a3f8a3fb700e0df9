import { Button } from '@utrecht/component-library-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cueBetween, formatClock, isRunning, pause, remainingMs, reset, settle, start, type Countdown } from './timer';

const LAST_MINUTE_MS = 60_000;

/**
 * The time-box of the current agenda item, large enough for a projector. The clock itself is a
 * `timer` (not live); a separate polite live region speaks only at one minute left and at 0.
 */
export function CountdownTimer({ code, minutes, timer, onChange }: { code: string; minutes: number; timer: Countdown; onChange: (c: Countdown) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [now, setNow] = useState(() => Date.now());
  const [cue, setCue] = useState('');
  const previous = useRef<number | null>(null);
  const running = isRunning(timer);

  useEffect(() => {
    if (!running) return;
    const tick = () => {
      const at = Date.now();
      const next = remainingMs(timer, at);
      const said = previous.current === null ? null : cueBetween(previous.current, next);
      previous.current = next;
      if (said === 'een_minuut') setCue(t('tafels.mode.cueOneMinute', { code }));
      if (said === 'tijd_om') setCue(t('tafels.mode.cueTimeUp', { code }));
      setNow(at);
      if (next === 0) onChange(settle(timer, at));
    };
    const handle = window.setInterval(tick, 250);
    return () => window.clearInterval(handle);
  }, [running, timer, code, onChange, t]);

  const left = remainingMs(timer, now);
  const finished = left === 0;
  const state = finished ? t('tafels.mode.timeUp') : running ? t('tafels.mode.running') : timer.spentMs > 0 ? t('tafels.mode.paused') : t('tafels.mode.ready');
  const lastMinute = !finished && left <= LAST_MINUTE_MS;

  const onStartPause = () => {
    const at = Date.now();
    if (running) {
      onChange(pause(timer, at));
      setNow(at);
    } else {
      previous.current = remainingMs(timer, at);
      onChange(start(timer, at));
      setNow(at);
    }
  };
  const onReset = () => {
    previous.current = null;
    setCue('');
    onChange(reset(timer, minutes));
    setNow(Date.now());
  };

  return (
    <div className={`mode-timer${finished ? ' mode-timer--up' : lastMinute ? ' mode-timer--last' : ''}`}>
      <p id={`${id}-label`} className="mode-timer-label">
        {t('tafels.mode.timer')} <span className="werkbank-muted">{t('tafels.mode.timerOf', { minutes })}</span>
      </p>
      <p role="timer" aria-labelledby={`${id}-label`} className="mode-clock">
        {formatClock(left)}
      </p>
      <p className="mode-timer-state">
        <strong>{state}</strong>
        {lastMinute ? ` · ${t('tafels.mode.lastMinute')}` : ''}
      </p>
      <div className="mode-timer-buttons">
        <Button appearance="primary-action-button" aria-disabled={finished || undefined} onClick={() => !finished && onStartPause()}>
          {running ? t('tafels.mode.pause') : t('tafels.mode.start')}
        </Button>
        <Button appearance="secondary-action-button" onClick={onReset}>
          {t('tafels.mode.reset')}
        </Button>
      </div>
      <p aria-live="polite" className="werkbank-visually-hidden">
        {cue}
      </p>
    </div>
  );
}
