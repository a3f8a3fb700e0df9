import type { z } from 'zod';

/** One IPC channel: what it accepts and what it promises to return, both checked at runtime. */
export interface ChannelDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
}

export const defineChannel = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O): ChannelDef<I, O> => ({
  input,
  output,
});
