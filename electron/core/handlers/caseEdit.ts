import type { Handlers } from '../../../shared/ipc/contract';
import type { HandlerContext } from './context';

export function caseEditHandlers(_ctx: HandlerContext) {
  return {} satisfies Partial<Handlers>;
}
