/**
 * Issue #14 item 5: the hoog-weekbedragtafel's criteria, one at a time (support/catalogueEntry.ts
 * saves and audits them). No delete: a criterion is retired by saving it with active false.
 */
import { sameText } from '../../../shared/domain/afwegingskader';
import type { AfwegingCriterionFile } from '../../../shared/interchange';
import type { Handlers } from '../../../shared/ipc/contract';
import { UserError } from '../../../shared/ipc/result';
import { readAfwegingskader } from '../data/catalogues';
import { upsertAfwegingCriterion } from '../data/catalogueWrite';
import type { Db } from '../store/openDatabase';
import { saveEntry } from './support/catalogueEntry';
import type { HandlerContext } from './support/context';

/** Two criteria with one wording would be walked twice in every besluit: refuse the second. */
function upsertUnique(db: Db, c: AfwegingCriterionFile): boolean {
  const twin = readAfwegingskader(db).find((o) => o.id !== c.id && sameText(o.text, c.text));
  if (twin !== undefined) {
    const state = twin.active ? '' : ' (ingetrokken; zet het weer in gebruik als het weer geldt)';
    throw new UserError('CONFLICT', `criterion.text: criterium '${twin.id}'${state} heeft deze tekst al. Kies een andere formulering of wijzig dat criterium.`);
  }
  return upsertAfwegingCriterion(db, c);
}

export function afwegingskaderHandlers(ctx: HandlerContext) {
  return {
    'afwegingskader:save': async ({ criterion }) =>
      saveEntry(ctx, {
        entity: 'afwegingCriterion',
        read: readAfwegingskader,
        upsert: upsertUnique,
        // Whether it is walked by new besluiten: retiring and bringing back are what Beheer looks up later.
        figures: (before, after) => ({ active: { from: before?.active ?? null, to: after.active } }),
      }, criterion),
  } satisfies Pick<Handlers, 'afwegingskader:save'>;
}
