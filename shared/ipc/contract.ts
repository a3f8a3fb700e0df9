import type { z } from 'zod';
import type { Result } from './result';
import { caseListChannels } from './channels/cases';
import { caseEditChannels } from './channels/caseEdit';
import { catalogueChannels } from './channels/catalogue';
import { escalationChannels } from './channels/escalations';
import { meetingChannels } from './channels/meetings';
import { reportChannels } from './channels/reports';
import { sessionChannels } from './channels/session';

/**
 * The one IPC contract. Each feature adds its channels in ./channels/<feature>.ts and they are
 * merged here; the Electron main, the browser host and the preload are all generated from it.
 */
export const contract = {
  ...sessionChannels,
  ...caseListChannels,
  ...caseEditChannels,
  ...escalationChannels,
  ...meetingChannels,
  ...catalogueChannels,
  ...reportChannels,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<K extends Channel> = z.input<Contract[K]['input']>;
export type ChannelParsedInput<K extends Channel> = z.output<Contract[K]['input']>;
export type ChannelOutput<K extends Channel> = z.output<Contract[K]['output']>;

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** 'cases:list' → 'casesList': the name of the function the preload and the browser client expose. */
export type MethodName<K extends string> = K extends `${infer A}:${infer B}` ? `${A}${Capitalize<B>}` : K;
export function channelToMethod<K extends string>(channel: K): MethodName<K> {
  const [a, b] = channel.split(':') as [string, string];
  return `${a}${b.charAt(0).toUpperCase()}${b.slice(1)}` as MethodName<K>;
}

/** The object the renderer talks to, whichever host it runs in. */
export type WerkbankApi = {
  [K in Channel as MethodName<K>]: (input: ChannelInput<K>) => Promise<Result<ChannelOutput<K>>>;
};

/** What the hosts implement: one async function per channel, given already-validated input. */
export type Handlers = {
  [K in Channel]: (input: ChannelParsedInput<K>) => Promise<z.input<Contract[K]['output']>>;
};
