import { buildApi } from '../../../shared/ipc/buildApi';
import { CHANNELS, type WerkbankApi } from '../../../shared/ipc/contract';
import { fail, type Result } from '../../../shared/ipc/result';

const TOKEN_KEY = 'werkbank.hostToken';
const STALE_PAGE = 'Deze pagina hoort bij een eerdere start van de werkbank. Open de link die de werkbank nu toont.';
const BAD_START = 'Deze startlink is verlopen of al gebruikt. Druk op Enter in het venster waarin de werkbank draait voor een nieuwe link, of start de werkbank opnieuw.';

interface HostToken {
  token: string;
  /** Why there is no usable token, for the message a 401 shows. */
  problem: string;
}

/**
 * The browser host prints a start link with a single-use start code (?start=…, valid one minute;
 * electron/host/startCodes.ts). The page exchanges it once, with its own Origin, for the run's
 * session token, keeps that for this tab only (sessionStorage: a reload keeps working, a copied
 * link does not) and takes the code out of the address bar. A page opened again with a used code —
 * a reload, a second goto in the same tab — keeps the token it already has.
 */
export async function takeHostToken(): Promise<HostToken> {
  const params = new URLSearchParams(window.location.search);
  const code = params.get('start');
  const stored = sessionStorage.getItem(TOKEN_KEY);
  if (code === null) return { token: stored ?? '', problem: STALE_PAGE };
  params.delete('start');
  const query = params.toString();
  window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`);
  try {
    const res = await fetch('/auth/start', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
    if (res.ok) {
      const { token } = (await res.json()) as { token: string };
      sessionStorage.setItem(TOKEN_KEY, token);
      return { token, problem: STALE_PAGE };
    }
  } catch {
    // The host is not reachable: the first call says so.
  }
  return { token: stored ?? '', problem: BAD_START };
}

export function createHttpApi(hostToken: Promise<HostToken>): WerkbankApi {
  return buildApi(CHANNELS, async (channel, input): Promise<Result<unknown>> => {
    const { token, problem } = await hostToken;
    try {
      const res = await fetch(`/ipc/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-werkbank-token': token },
        body: JSON.stringify(input),
      });
      if (res.status === 401) return fail('LOCKED', problem);
      return (await res.json()) as Result<unknown>;
    } catch {
      return fail('INTERNAL', 'De werkbank is niet bereikbaar. Controleer of hij nog draait en laad de pagina opnieuw.');
    }
  });
}
