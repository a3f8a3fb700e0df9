import type { z } from 'zod';
import type { Result } from './result';
import { actionsChannels } from './channels/actions';
import { afwegingskaderChannels } from './channels/afwegingskader';
import { arrangementsChannels } from './channels/arrangements';
import { auditChannels } from './channels/audit';
import { backupChannels } from './channels/backup';
import { businesscaseChannels } from './channels/businesscase';
import { calculationChannels } from './channels/calculation';
import { casesChannels } from './channels/cases';
import { catalogueChannels } from './channels/catalogue';
import { datasetChannels } from './channels/dataset';
import { dossierChannels } from './channels/dossier';
import { escalationsChannels } from './channels/escalations';
import { exportsChannels } from './channels/exports';
import { escalationTargetsChannels } from './channels/escalationTargets';
import { indicatorsChannels } from './channels/indicators';
import { interventionsChannels } from './channels/interventions';
import { interventionTypesChannels } from './channels/interventionTypes';
import { knelpuntenChannels } from './channels/knelpunten';
import { meetingsChannels } from './channels/meetings';
import { partnersChannels } from './channels/partners';
import { priceListChannels } from './channels/priceList';
import { registerChannels } from './channels/register';
import { retentionChannels } from './channels/retention';
import { rulesChannels } from './channels/rules';
import { sessionChannels } from './channels/session';
import { socialeKaartChannels } from './channels/socialeKaart';
import { tafelsChannels } from './channels/tafels';
import { tafelTypesChannels } from './channels/tafelTypes';
import { wijkenChannels } from './channels/wijken';
import { baselinesChannels } from './channels/baselines';
import { lessonsChannels } from './channels/lessons';
import { tussenevaluatieChannels } from './channels/tussenevaluatie';

/**
 * The one IPC contract. A channel's name is `<prefix>:<action>`, and every prefix has exactly one
 * file, ./channels/<prefix>.ts, exporting `<prefix>Channels` — as electron/core/handlers/<prefix>.ts
 * exports `<prefix>Handlers` (test/unit/ipc/channelFiles.test.ts holds both to it). They are merged
 * here; the Electron main, the browser host and the preload are all generated from it.
 */
export const contract = {
  ...sessionChannels,
  ...casesChannels,
  ...interventionsChannels,
  ...arrangementsChannels,
  ...calculationChannels,
  ...escalationsChannels,
  ...tafelsChannels,
  ...meetingsChannels,
  ...actionsChannels,
  ...catalogueChannels,
  ...priceListChannels,
  ...interventionTypesChannels,
  ...rulesChannels,
  ...escalationTargetsChannels,
  ...wijkenChannels,
  ...partnersChannels,
  ...tafelTypesChannels,
  ...afwegingskaderChannels,
  ...knelpuntenChannels,
  ...socialeKaartChannels,
  ...businesscaseChannels,
  ...indicatorsChannels,
  ...registerChannels,
  ...datasetChannels,
  ...dossierChannels,
  ...exportsChannels,
  ...auditChannels,
  ...retentionChannels,
  ...backupChannels,
  ...baselinesChannels,
  ...lessonsChannels,
  ...tussenevaluatieChannels,
} as const;

type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<K extends Channel> = z.input<Contract[K]['input']>;
type ChannelParsedInput<K extends Channel> = z.output<Contract[K]['input']>;
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
