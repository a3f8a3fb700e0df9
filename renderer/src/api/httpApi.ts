import { buildApi } from '../../../shared/ipc/buildApi';
import { CHANNELS, type WerkbankApi } from '../../../shared/ipc/contract';
import { fail, type Result } from '../../../shared/ipc/result';

const TOKEN_KEY = 'werkbank.hostToken';

/**
 * The browser host hands its per-run token in the start URL (?token=…). Keep it for this tab only
 * and take it out of the address bar so it does not end up in screenshots or bookmarks.
 */
export function takeHostToken(): string {
  const params = new URLSearchParams(window.location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    params.delete('token');
    const query = params.toString();
    window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

export function createHttpApi(token: string): WerkbankApi {
  return buildApi(CHANNELS, async (channel, input): Promise<Result<unknown>> => {
    try {
      const res = await fetch(`/ipc/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-werkbank-token': token },
        body: JSON.stringify(input),
      });
      if (res.status === 401) {
        return fail('LOCKED', 'Deze pagina hoort bij een eerdere start van de werkbank. Open de link die de werkbank nu toont.');
      }
      return (await res.json()) as Result<unknown>;
    } catch {
      return fail('INTERNAL', 'De werkbank is niet bereikbaar. Controleer of hij nog draait en laad de pagina opnieuw.');
    }
  });
}
