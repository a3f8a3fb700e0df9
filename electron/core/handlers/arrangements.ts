/** §3.5 a case's arrangements: save by id (add or replace), remove unless an escalation points at it. */
import type { Handlers } from '../../../shared/ipc/contract';
import { UserError } from '../../../shared/ipc/result';
import { editCase } from './support/caseEdit';
import type { HandlerContext } from './support/context';

export function arrangementsHandlers(ctx: HandlerContext) {
  return {
    'arrangements:save': async ({ code, arrangement }) =>
      editCase(ctx, code, (current) => {
        const at = current.arrangements.findIndex((a) => a.id === arrangement.id);
        const arrangements = at < 0 ? [...current.arrangements, arrangement] : current.arrangements.map((a, i) => (i === at ? arrangement : a));
        return {
          next: { ...current, arrangements },
          action: at < 0 ? 'arrangement.add' : 'arrangement.update',
          detail: { id: arrangement.id, domain: arrangement.domain, setting: arrangement.setting, weeklyCents: arrangement.weeklyCents, weeks: arrangement.weeks },
        };
      }),

    'arrangements:remove': async ({ code, id }) =>
      editCase(ctx, code, (current) => {
        if (!current.arrangements.some((a) => a.id === id)) {
          throw new UserError('NOT_FOUND', `Arrangement '${id}' bestaat niet in casus ${code}.`);
        }
        if (current.escalations.some((e) => e.arrangementId === id)) {
          throw new UserError('CONFLICT', `Arrangement '${id}' hoort bij een escalatie (hoog weekbedrag) van ${code} en blijft daarom bewaard.`);
        }
        return { next: { ...current, arrangements: current.arrangements.filter((a) => a.id !== id) }, action: 'arrangement.remove', detail: { id } };
      }),
  } satisfies Pick<Handlers, 'arrangements:save' | 'arrangements:remove'>;
}
