import { CHANNELS, contract, type Handlers } from '../../../shared/ipc/contract';
import { caseEditHandlers } from './caseEdit';
import { caseListHandlers } from './caseList';
import { catalogueHandlers } from './catalogue';
import { escalationHandlers } from './escalations';
import { meetingHandlers } from './meetings';
import { reportHandlers } from './reports';
import type { HandlerContext } from './context';
import { sessionHandlers } from './session';

/** Every channel's handler, composed from one module per feature. */
export function createHandlers(ctx: HandlerContext): Handlers {
  return countingActivity(ctx, {
    ...sessionHandlers(ctx),
    ...caseListHandlers(ctx),
    ...caseEditHandlers(ctx),
    ...escalationHandlers(ctx),
    ...meetingHandlers(ctx),
    ...catalogueHandlers(ctx),
    ...reportHandlers(ctx),
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
