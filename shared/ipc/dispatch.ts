import './zodLocale';
import { contract, isChannel, type Handlers } from './contract';
import { line, type LogLine } from './logLine';
import { fail, ok, UserError, type Result } from './result';
import { firstIssueMessage } from './zodMessage';

/**
 * Where dispatch reports a bug: a line of our own and the detail (zod issues, the thrown value). The
 * host's log redacts both (electron/core/log/redact.ts): the detail may hold a payload's data.
 */
export interface DispatchLog {
  error(message: LogLine, detail?: unknown): void;
}

const INTERNAL_MESSAGE =
  'Er ging iets mis in de werkbank; er is niets opgeslagen. Probeer het opnieuw; blijft het misgaan, meld het dan aan de beheerder.';

/**
 * The single entry point behind every host: validate input, run the handler, validate output.
 * A payload that fails its schema never reaches a handler, so bad input can change nothing.
 */
export async function dispatch(
  channel: string,
  raw: unknown,
  handlers: Handlers,
  log: DispatchLog,
): Promise<Result<unknown>> {
  if (!isChannel(channel)) return fail('UNKNOWN_CHANNEL', `Onbekend kanaal '${channel.slice(0, 60)}'.`);
  const def = contract[channel];
  const parsed = def.input.safeParse(raw ?? {});
  if (!parsed.success) return fail('BAD_INPUT', firstIssueMessage(parsed.error));
  try {
    const handler = handlers[channel] as (input: unknown) => Promise<unknown>;
    const value = await handler(parsed.data);
    const checked = def.output.safeParse(value);
    if (!checked.success) {
      log.error(line`output of ${channel} failed its schema`, checked.error.issues.slice(0, 3));
      return fail('INTERNAL', INTERNAL_MESSAGE);
    }
    return ok(checked.data);
  } catch (e) {
    if (e instanceof UserError) return fail(e.code, e.message);
    log.error(line`handler ${channel} threw`, e);
    return fail('INTERNAL', INTERNAL_MESSAGE);
  }
}
