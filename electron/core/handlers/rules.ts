/** §2.4 the beleidsregels, one at a time (support/catalogueEntry.ts saves them). */
import type { RuleFile } from '../../../shared/interchange';
import type { Handlers } from '../../../shared/ipc/contract';
import { UserError } from '../../../shared/ipc/result';
import { readRules } from '../data/catalogues';
import { upsertRule } from '../data/catalogueWrite';
import { saveEntry } from './support/catalogueEntry';
import type { HandlerContext } from './support/context';

/** A weekbedrag cap needs its amount; the surcharge ban has none. */
function checkRule(r: RuleFile): void {
  const isCap = r.kind !== 'onderaannemer_opslag_verboden';
  if (isCap && r.valueCents === null) {
    throw new UserError('BAD_INPUT', 'rule.valueCents: een weekbedragplafond heeft een bedrag nodig. Vul het plafond per week in.');
  }
  if (!isCap && r.valueCents !== null) {
    throw new UserError('BAD_INPUT', 'rule.valueCents: het verbod op een onderaannemersopslag heeft geen bedrag. Laat het bedrag leeg.');
  }
}


export function rulesHandlers(ctx: HandlerContext) {
  return {
    'rules:save': async ({ rule }) =>
      saveEntry(ctx, {
        entity: 'rule',
        read: readRules,
        upsert: upsertRule,
        check: checkRule,
        figures: (before, after) => ({
          kind: after.kind,
          valueCents: { from: before?.valueCents ?? null, to: after.valueCents },
          effectiveFrom: after.effectiveFrom,
          effectiveTo: after.effectiveTo,
        }),
      }, rule),
  } satisfies Pick<Handlers, 'rules:save'>;
}
