import type { Handlers } from '../../../shared/ipc/contract';
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
  return {
    ...sessionHandlers(ctx),
    ...caseListHandlers(ctx),
    ...caseEditHandlers(ctx),
    ...escalationHandlers(ctx),
    ...meetingHandlers(ctx),
    ...catalogueHandlers(ctx),
    ...reportHandlers(ctx),
  };
}
