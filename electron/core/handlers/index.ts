import type { Handlers } from '../../../shared/ipc/contract';
import { caseListHandlers } from './caseList';
import type { HandlerContext } from './context';
import { sessionHandlers } from './session';

/** Every channel's handler, composed from one module per feature. */
export function createHandlers(ctx: HandlerContext): Handlers {
  return {
    ...sessionHandlers(ctx),
    ...caseListHandlers(ctx),
  };
}
