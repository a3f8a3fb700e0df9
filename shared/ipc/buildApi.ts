import { channelToMethod, type Channel, type WerkbankApi } from './contract';
import type { Result } from './result';

export type Invoke = (channel: Channel, input: unknown) => Promise<Result<unknown>>;

/**
 * One named function per channel and nothing else — the preload and the browser client both build
 * the renderer's api with this, so the renderer cannot tell (or care) which host it runs in.
 */
export function buildApi(channels: readonly Channel[], invoke: Invoke): WerkbankApi {
  const api: Record<string, (input: unknown) => Promise<Result<unknown>>> = {};
  for (const channel of channels) api[channelToMethod(channel)] = (input) => invoke(channel, input ?? {});
  return Object.freeze(api) as unknown as WerkbankApi;
}
