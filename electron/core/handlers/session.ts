import type { Handlers } from '../../../shared/ipc/contract';
import type { HandlerContext } from './support/context';

export function sessionHandlers(ctx: HandlerContext) {
  return {
    'session:status': async () => ctx.session.status(),
    'session:create': async ({ passphrase }) => ctx.session.create(passphrase),
    'session:unlock': async ({ passphrase }) => ctx.session.unlock(passphrase),
    'session:lock': async () => ctx.session.lock(),
    'session:changePassphrase': async ({ current, next }) => ctx.session.changePassphrase(current, next),
    'session:rekey': async ({ passphrase }) => ctx.session.rekey(passphrase),
    'session:setAutoLock': async ({ minutes }) => ctx.session.setAutoLock(minutes, ctx.actor),
  } satisfies Pick<
    Handlers,
    'session:status' | 'session:create' | 'session:unlock' | 'session:lock' | 'session:changePassphrase' | 'session:rekey' | 'session:setAutoLock'
  >;
}
