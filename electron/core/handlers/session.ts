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
    'session:osUnlockStatus': async () => ctx.session.osUnlockStatus(),
    'session:enableOsUnlock': async ({ passphrase }) => ctx.session.enableOsUnlock(passphrase, ctx.actor),
    'session:disableOsUnlock': async () => ctx.session.disableOsUnlock(ctx.actor),
    'session:unlockWithOs': async () => ctx.session.unlockWithOs(),
  } satisfies Pick<
    Handlers,
    | 'session:status'
    | 'session:create'
    | 'session:unlock'
    | 'session:lock'
    | 'session:changePassphrase'
    | 'session:rekey'
    | 'session:setAutoLock'
    | 'session:osUnlockStatus'
    | 'session:enableOsUnlock'
    | 'session:disableOsUnlock'
    | 'session:unlockWithOs'
  >;
}
