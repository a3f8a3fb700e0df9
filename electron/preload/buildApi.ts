import { channelToMethod, type Channel, type WerkbankApi } from '../../shared/ipc/contract';

export type Invoke = (channel: Channel, input: unknown) => Promise<unknown>;

/**
 * The object the page gets as `window.werkbank`: one named function per contract channel and
 * nothing else. Generated from the channel list so the preload cannot drift from the contract,
 * and it never exposes the raw IPC object or a generic "invoke any channel" function (checklist
 * #3/#17: a compromised page can only call what the contract allows, with validated payloads).
 */
export function buildApi(channels: readonly Channel[], invoke: Invoke): WerkbankApi {
  const api: Record<string, (input?: unknown) => Promise<unknown>> = {};
  for (const channel of channels) {
    const method = channelToMethod(channel);
    if (Object.prototype.hasOwnProperty.call(api, method)) {
      throw new Error(`two channels map to the preload method '${method}'`);
    }
    api[method] = (input?: unknown) => invoke(channel, input);
  }
  // The contract's mapped type cannot be built key by key; the parity test proves the shape.
  return Object.freeze(api) as unknown as WerkbankApi;
}
