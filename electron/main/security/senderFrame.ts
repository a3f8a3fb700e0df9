import { hasOrigin } from '../appOrigin';

/** The part of Electron's WebFrameMain we need; `parent` is null only for a top-level frame. */
export interface SenderFrameLike {
  readonly url: string;
  readonly parent: unknown;
}

/**
 * Checklist #17 "Validate the sender of all IPC messages": only the top frame of our own page may
 * call the store. An iframe (even a same-origin one), another origin, a frame that has gone away
 * (Electron then gives null) or a URL that does not parse is refused.
 */
export function isAllowedSender(frame: SenderFrameLike | null | undefined, appOrigin: string): boolean {
  if (!frame) return false;
  try {
    return frame.parent === null && hasOrigin(frame.url, appOrigin);
  } catch {
    // A disposed WebFrameMain can throw on property access; treat it like a missing frame.
    return false;
  }
}
