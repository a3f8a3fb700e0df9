/**
 * The besluit form's schema: escalations:decide's own besluit, with its fields as a person types
 * them — amounts in Dutch euro text, days as dd-mm-jjjj, and (issue #14 item 5) one row per party
 * at the hoog-weekbedragtafel and one per criterion of the afwegingskader. The field names are the
 * contract's, so a refusal that names one marks it.
 */
import i18next from 'i18next';
import { z } from 'zod';
import { TAFEL_PARTIES } from '../../../../shared/domain/enums';
import type { BesluitFile } from '../../../../shared/interchange';
import { contract } from '../../../../shared/ipc/contract';
import { choice, dateText, euroText, optionalText } from '../../components/form/schema';

const besluit = contract['escalations:decide'].input.shape.besluit;
const s = besluit.shape;
const ORGANISATION_MAX = 200;

/** A ticked party, with the organisation that sat for it (optional). */
const partyRows = z
  .array(z.object({ party: z.enum(TAFEL_PARTIES), present: z.boolean(), organisation: z.string() }))
  .superRefine((rows, ctx) =>
    rows.forEach((r, i) => {
      const typed = r.organisation.trim();
      // Checked on the row itself, so the message stands under the field the person typed in.
      if (!r.present && typed !== '') ctx.addIssue({ code: 'custom', path: [i, 'organisation'], message: i18next.t('escalations.decide.partyNotTicked') });
      if (typed.length > ORGANISATION_MAX) ctx.addIssue({ code: 'custom', path: [i, 'organisation'], message: i18next.t('escalations.decide.organisationTooLong') });
    }),
  )
  .transform((rows): BesluitFile['parties'] => {
    const present = rows.filter((r) => r.present).map((r) => (r.organisation.trim() === '' ? { party: r.party } : { party: r.party, organisation: r.organisation.trim() }));
    return present.length > 0 ? present : undefined;
  })
  .pipe(s.parties);

/** "Niet besproken" is '' (the default): a criterion the tafel did not discuss is left out of the besluit. */
export const ANSWERS = ['ja', 'nee', ''] as const;

/** Per active criterion: ja / nee / niet besproken and the reason; an answer needs its reason (DecidedAfwegingSchema). */
const answerRows = z
  .array(z.object({ criterionId: z.string(), answer: z.enum(ANSWERS).nullable(), reason: z.string() }))
  .superRefine((rows, ctx) =>
    rows.forEach((r, i) => {
      const answered = r.answer === 'ja' || r.answer === 'nee';
      if (answered && r.reason.trim() === '') ctx.addIssue({ code: 'custom', path: [i, 'reason'], message: i18next.t('escalations.decide.reasonRequired') });
      if (!answered && r.reason.trim() !== '') ctx.addIssue({ code: 'custom', path: [i, 'answer'], message: i18next.t('escalations.decide.answerRequired') });
    }),
  )
  .transform((rows): BesluitFile['afweging'] => {
    const answered = rows.flatMap((r) => (r.answer === 'ja' || r.answer === 'nee' ? [{ criterionId: r.criterionId, answer: r.answer === 'ja', reason: r.reason.trim() }] : []));
    return answered.length > 0 ? answered : undefined;
  })
  .pipe(s.afweging);

export const besluitFormSchema = besluit.extend({
  outcome: choice(s.outcome, { required: 'escalations.decide.outcomeRequired' }),
  // Always sent, also empty: the server then checks that a budget comes with its instrument.
  instruments: s.instruments.unwrap(),
  maatwerkbudgetCents: euroText(s.maatwerkbudgetCents),
  payer: choice(s.payer),
  approvedWeeklyCents: euroText(s.approvedWeeklyCents),
  reviewOn: dateText(s.reviewOn),
  validUntil: dateText(s.validUntil),
  motivation: optionalText(s.motivation),
  decidedBy: optionalText(s.decidedBy),
  decidedOn: dateText(s.decidedOn, { required: 'escalations.decide.decidedOnRequired' }),
  parties: partyRows,
  afweging: answerRows,
});

export type BesluitFormValues = z.input<typeof besluitFormSchema>;
