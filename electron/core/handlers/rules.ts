/**
 * §2.4 the beleidsregels, one at a time (support/catalogueEntry.ts saves them). A cap needs its
 * amount and the surcharge ban has none: that lives in the one RuleSchema, so the channel refuses
 * before this handler runs.
 */
import type { Handlers } from '../../../shared/ipc/contract';
import { readRules } from '../data/catalogues';
import { upsertRule } from '../data/catalogueWrite';
import { saveEntry } from './support/catalogueEntry';
import type { HandlerContext } from './support/context';

export function rulesHandlers(ctx: HandlerContext) {
  return {
    'rules:save': async ({ rule }) =>
      saveEntry(ctx, {
        entity: 'rule',
        read: readRules,
        upsert: upsertRule,
        figures: (before, after) => ({
          kind: after.kind,
          valueCents: { from: before?.valueCents ?? null, to: after.valueCents },
          effectiveFrom: after.effectiveFrom,
          effectiveTo: after.effectiveTo,
        }),
      }, rule),
  } satisfies Pick<Handlers, 'rules:save'>;
}
