import type { StoreSession } from '../../store/session';

/** What every handler may use. The actor is recorded in the audit log. */
export interface HandlerContext {
  session: StoreSession;
  actor: string;
  /** The clock for dates written by handlers (today's date, audit time); tests pin it. */
  now?: () => Date;
}
