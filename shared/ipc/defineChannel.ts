import type { z } from 'zod';

/** One IPC channel: what it accepts and what it promises to return, both checked at runtime. */
export interface ChannelDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /**
   * A channel that screens call on a timer (polling), not because a person did something. §5: only
   * a user's action counts as activity for the auto-lock, so a passive call never keeps the store open.
   */
  passive: boolean;
}

export interface ChannelOptions {
  /** See ChannelDef.passive; default false (every call a person makes counts as activity). */
  passive?: boolean;
}

export const defineChannel = <I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
  options: ChannelOptions = {},
): ChannelDef<I, O> => ({
  input,
  output,
  passive: options.passive ?? false,
});
