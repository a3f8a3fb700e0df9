/**
 * §2.1, §3.2 a case's interventions: add, change, remove; the type and the sociale-kaart entry are
 * checked against the catalogues.
 */
import type { InterventionFile } from '../../../shared/interchange';
import type { Handlers } from '../../../shared/ipc/contract';
import { UserError } from '../../../shared/ipc/result';
import { readInterventionTypes } from '../data/catalogues';
import { readSocialeKaart } from '../data/socialeKaart';
import type { Db } from '../store/openDatabase';
import { editCase } from './support/caseEdit';
import type { HandlerContext } from './support/context';

export function interventionsHandlers(ctx: HandlerContext) {
  return {
    'interventions:add': async ({ code, intervention }) =>
      editCase(ctx, code, (current, db) => {
        checkCatalogueReferences(db, intervention);
        const interventions = [...current.interventions, intervention];
        return { next: { ...current, interventions }, action: 'intervention.add', detail: interventionAudit(interventions.length - 1, intervention) };
      }),

    'interventions:update': async ({ code, index, intervention }) =>
      editCase(ctx, code, (current, db) => {
        existing(current.interventions, index, code);
        checkCatalogueReferences(db, intervention);
        const interventions = current.interventions.map((v, i) => (i === index ? intervention : v));
        return { next: { ...current, interventions }, action: 'intervention.update', detail: interventionAudit(index, intervention) };
      }),

    'interventions:remove': async ({ code, index }) =>
      editCase(ctx, code, (current) => {
        const removed = existing(current.interventions, index, code);
        const interventions = current.interventions.filter((_, i) => i !== index);
        return { next: { ...current, interventions }, action: 'intervention.remove', detail: interventionAudit(index, removed) };
      }),
  } satisfies Pick<Handlers, 'interventions:add' | 'interventions:update' | 'interventions:remove'>;
}

function existing<T>(list: readonly T[], index: number, code: string): T {
  const item = list[index];
  if (item === undefined) {
    throw new UserError('NOT_FOUND', `Interventie ${String(index + 1)} bestaat niet in casus ${code} (de casus heeft er ${String(list.length)}). Vernieuw het scherm en probeer het opnieuw.`);
  }
  return item;
}

/** On screen an intervention is chosen from the catalogues; refuse a type or sociale-kaart entry that does not exist. */
function checkCatalogueReferences(db: Db, v: InterventionFile): void {
  if (!readInterventionTypes(db).some((t) => t.id === v.type)) {
    throw new UserError('BAD_INPUT', `intervention.type: interventietype '${v.type}' staat niet in de catalogus. Kies een type uit de lijst of voeg het toe bij Beheer › Interventietypes.`);
  }
  if (v.socialeKaartId !== undefined && !readSocialeKaart(db).some((e) => e.id === v.socialeKaartId)) {
    throw new UserError('BAD_INPUT', `intervention.socialeKaartId: '${v.socialeKaartId}' staat niet op de sociale kaart. Kies een organisatie of initiatief van de sociale kaart.`);
  }
}

function interventionAudit(index: number, v: InterventionFile) {
  return { index, spoor: v.spoor, type: v.type, status: v.status, oneOffCents: v.oneOffCents, rateCents: v.rateCents, quantity: v.quantity, doorbraak: v.doorbraak };
}
