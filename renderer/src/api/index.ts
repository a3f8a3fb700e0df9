import type { WerkbankApi } from '../../../shared/ipc/contract';
import type { AppError, Result } from '../../../shared/ipc/result';
import { createHttpApi, takeHostToken } from './httpApi';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser host. */
    werkbank?: WerkbankApi;
  }
}

export const api: WerkbankApi = window.werkbank ?? createHttpApi(takeHostToken());

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
