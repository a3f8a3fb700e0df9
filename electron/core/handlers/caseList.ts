import type { Handlers } from '../../../shared/ipc/contract';
import { listCases } from '../data/caseList';
import type { HandlerContext } from './context';

export function caseListHandlers(ctx: HandlerContext) {
  return {
    'cases:list': async (q) => ({ items: listCases(ctx.session.database(), q) }),
  } satisfies Pick<Handlers, 'cases:list'>;
}
