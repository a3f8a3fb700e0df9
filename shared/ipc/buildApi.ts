import { channelToMethod, type Channel, type WerkbankApi } from './contract';

export type Invoke = (channel: Channel, input: unknown) => Promise<unknown>;

/**
 * One named function per channel and nothing else — the Electron preload and the browser client
 * both build the renderer's api with this, so the renderer cannot tell (or care) which host it runs
 * in, and a compromised page can call only what the contract allows (never a generic "invoke").
 */
export function buildApi(channels: readonly Channel[], invoke: Invoke): WerkbankApi {
  const api: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const channel of channels) {
    const method = channelToMethod(channel);
    if (Object.prototype.hasOwnProperty.call(api, method)) {
      throw new Error(`two channels map to the api method '${method}'`);
    }
    api[method] = (input) => invoke(channel, input ?? {});
  }
  // The contract's mapped type cannot be built key by key; the parity tests prove the shape.
  return Object.freeze(api) as unknown as WerkbankApi;
}
