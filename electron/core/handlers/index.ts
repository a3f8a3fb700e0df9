import { CHANNELS, contract, type Handlers } from '../../../shared/ipc/contract';
import { actionsHandlers } from './actions';
import { afwegingskaderHandlers } from './afwegingskader';
import { arrangementsHandlers } from './arrangements';
import { auditHandlers } from './audit';
import { backupHandlers } from './backup';
import { businesscaseHandlers } from './businesscase';
import { calculationHandlers } from './calculation';
import { casesHandlers } from './cases';
import { catalogueHandlers } from './catalogue';
import { datasetHandlers } from './dataset';
import { dossierHandlers } from './dossier';
import { escalationsHandlers } from './escalations';
import { escalationTargetsHandlers } from './escalationTargets';
import { exportsHandlers } from './exports';
import { indicatorsHandlers } from './indicators';
import { interventionsHandlers } from './interventions';
import { interventionTypesHandlers } from './interventionTypes';
import { knelpuntenHandlers } from './knelpunten';
import { meetingsHandlers } from './meetings';
import { partnersHandlers } from './partners';
import { priceListHandlers } from './priceList';
import { registerHandlers } from './register';
import { retentionHandlers } from './retention';
import { rulesHandlers } from './rules';
import { sessionHandlers } from './session';
import { socialeKaartHandlers } from './socialeKaart';
import { tafelsHandlers } from './tafels';
import { tafelTypesHandlers } from './tafelTypes';
import { wijkenHandlers } from './wijken';
import { baselinesHandlers } from './baselines';
import { lessonsHandlers } from './lessons';
import { tussenevaluatieHandlers } from './tussenevaluatie';
import type { HandlerContext } from './support/context';

/**
 * Every channel's handler, composed from one file per channel prefix: ./<prefix>.ts exports
 * `<prefix>Handlers`, as shared/ipc/channels/<prefix>.ts exports `<prefix>Channels`. What several
 * prefixes share (the handler context, the audited mutation, the case edit) sits in ./support.
 */
export function createHandlers(ctx: HandlerContext): Handlers {
  return countingActivity(ctx, {
    ...sessionHandlers(ctx),
    ...casesHandlers(ctx),
    ...interventionsHandlers(ctx),
    ...arrangementsHandlers(ctx),
    ...calculationHandlers(ctx),
    ...escalationsHandlers(ctx),
    ...tafelsHandlers(ctx),
    ...meetingsHandlers(ctx),
    ...actionsHandlers(ctx),
    ...catalogueHandlers(ctx),
    ...priceListHandlers(ctx),
    ...interventionTypesHandlers(ctx),
    ...rulesHandlers(ctx),
    ...escalationTargetsHandlers(ctx),
    ...wijkenHandlers(ctx),
    ...partnersHandlers(ctx),
    ...tafelTypesHandlers(ctx),
    ...afwegingskaderHandlers(ctx),
    ...knelpuntenHandlers(ctx),
    ...socialeKaartHandlers(ctx),
    ...businesscaseHandlers(ctx),
    ...indicatorsHandlers(ctx),
    ...registerHandlers(ctx),
    ...datasetHandlers(ctx),
    ...dossierHandlers(ctx),
    ...exportsHandlers(ctx),
    ...auditHandlers(ctx),
    ...retentionHandlers(ctx),
    ...backupHandlers(ctx),
    ...baselinesHandlers(ctx),
    ...lessonsHandlers(ctx),
    ...tussenevaluatieHandlers(ctx),
  });
}

/**
 * §5 "only a user's action counts as activity, never a screen's polling". The host cannot see
 * keystrokes, and activity reported by the renderer would need a channel of its own that a stuck
 * page could call forever; the contract instead marks the channels screens poll as passive, next
 * to their schemas, and this one wrapper — shared by the Electron main, the browser host, the
 * tests — records every other call as activity before its handler runs.
 */
function countingActivity(ctx: HandlerContext, handlers: Handlers): Handlers {
  const counted: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const channel of CHANNELS) {
    const handler = handlers[channel] as (input: unknown) => Promise<unknown>;
    counted[channel] = contract[channel].passive
      ? handler
      : async (input) => {
          ctx.session.recordActivity();
          return handler(input);
        };
  }
  // The mapped Handlers type cannot be built key by key; the loop covers every channel of the contract.
  return counted as unknown as Handlers;
}
