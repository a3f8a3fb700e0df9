import type { WerkbankApi } from '../../../shared/ipc/contract';
import type { AppError, Result } from '../../../shared/ipc/result';
import { createHttpApi, takeHostToken } from './httpApi';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser host. */
    werkbank?: WerkbankApi;
  }
}

type LockedListener = () => void;
const lockedListeners = new Set<LockedListener>();

/**
 * Calls `listener` whenever any call is answered LOCKED (the store auto-locked on the host, §5), so
 * the app can show the unlock screen at once instead of an error on whatever screen asked.
 * Returns the unsubscribe function.
 */
export function onLocked(listener: LockedListener): () => void {
  lockedListeners.add(listener);
  return () => lockedListeners.delete(listener);
}

/** The host's api with every answer watched for LOCKED; nothing else changes. */
function watchingLocked(inner: WerkbankApi): WerkbankApi {
  const methods = inner as unknown as Record<string, (input: unknown) => Promise<Result<unknown>>>;
  const watched: Record<string, (input: unknown) => Promise<Result<unknown>>> = {};
  for (const [name, call] of Object.entries(methods)) {
    watched[name] = async (input) => {
      const result = await call(input);
      if (!result.ok && result.error.code === 'LOCKED') for (const listener of lockedListeners) listener();
      return result;
    };
  }
  // Same keys and signatures as `inner` (built by buildApi from the contract).
  return Object.freeze(watched) as unknown as WerkbankApi;
}

export const api: WerkbankApi = watchingLocked(window.werkbank ?? createHttpApi(takeHostToken()));

/** A failed call as an exception, so react-query shows it; the message is already Dutch. */
export class ApiError extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
    this.name = 'ApiError';
  }
}

export async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  const result = await call;
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}
