/**
 * The case edit form's schema: cases:update's own CaseChanges, as a person types them. Every field
 * gives the stored shape (null for a field left empty, the update's "clear"), so the form's output
 * for the stored case and for what was typed can be compared field by field: only what changed is
 * sent (CaseChanges: absent stays, null clears).
 */
import i18next from 'i18next';
import { z } from 'zod';
import { SPOREN } from '../../../../shared/domain/enums';
import type { CaseFile } from '../../../../shared/interchange';
import { STATUSES_WITHOUT_REFERENCE_DATE } from '../../../../shared/interchange/vocabulary';
import type { CaseChanges } from '../../../../shared/ipc/channels/cases';
import { contract } from '../../../../shared/ipc/contract';
import { clearableText, dateText, isoToDutchDate, optionalText, quantityText, whenValid } from '../../components/form/schema';

const ch = contract['cases:update'].input.shape.changes.shape;
const say = (key: string) => () => i18next.t(key);

/** What the case is, for the rules that depend on it (fixed once the form opens). */
export interface EditContext {
  isSignaal: boolean;
  /** The calculation is vastgesteld: its parameters are not in the form (the server refuses them). */
  locked: boolean;
  /** A discussed case needs its reference date (§3.2). */
  needsReferenceDate: boolean;
  /** The aanmelding's year: a birth year after it is a typo. */
  registeredYear: number;
}

export function editContext(c: CaseFile, locked: boolean): EditContext {
  return {
    isSignaal: c.isSignaal === true,
    locked,
    needsReferenceDate: c.isSignaal !== true && !STATUSES_WITHOUT_REFERENCE_DATE.includes(c.status),
    registeredYear: Number(c.registeredOn.slice(0, 4)),
  };
}

/** Blank → null; otherwise the whole number as typed, with the form's own message naming the field. */
const wholeNumber = (invalid: string) =>
  z
    .string()
    .trim()
    .transform((text, ctx) => {
      if (text === '') return null;
      if (!/^\d{1,4}$/.test(text)) {
        ctx.addIssue({ code: 'custom', message: i18next.t(invalid) });
        return z.NEVER;
      }
      return Number(text);
    });

/** Name and organisation; both blank → null (no such person recorded). */
const person = (contract: typeof ch.aanmelder) => {
  const p = contract.unwrap().unwrap().shape;
  return z
    .object({ name: optionalText(p.name), organisation: optionalText(p.organisation) })
    .transform((v) => (v.name === undefined && v.organisation === undefined ? null : v));
};

/** A select: '' → null; then the contract's enum. */
const clearableChoice = <S extends z.ZodType<unknown, string>>(contract: S) =>
  z
    .string()
    .transform((v) => (v === '' ? null : v))
    .pipe(contract.nullable());

/** A day as dd-mm-jjjj; blank → null. */
const clearableDate = (contract: typeof ch.followUpOn, required?: string) =>
  dateText(contract.unwrap().unwrap().optional(), { required }).transform((v) => v ?? null);

/** A field that is shown but not edited: it sends nothing. */
const notEdited = z.string().transform((): undefined => undefined);

/** Horizon, toerekening and reference date (§3.2); a fixed calculation's are shown, not edited. */
function calculationFields(ctx: EditContext) {
  return {
    horizonWeeks: ctx.locked
      ? notEdited
      : quantityText(
          z
            .number()
            .int({ error: say('caseDetail.edit.errors.horizonInvalid') })
            .min(1, { error: say('caseDetail.edit.errors.horizonInvalid') })
            .max(520, { error: say('caseDetail.edit.errors.horizonInvalid') })
            .pipe(ch.horizonWeeks.unwrap()),
          { required: 'caseDetail.edit.errors.horizonRequired', invalid: 'caseDetail.edit.errors.horizonInvalid' },
        ),
    attributionPct: ctx.locked
      ? notEdited
      : quantityText(z.number().max(100, { error: say('caseDetail.edit.errors.attributionInvalid') }).pipe(ch.attributionPct.unwrap()), {
          required: 'caseDetail.edit.errors.attributionRequired',
          invalid: 'caseDetail.edit.errors.attributionInvalid',
        }),
    referenceDate: ctx.locked
      ? notEdited
      : clearableDate(ch.referenceDate, ctx.needsReferenceDate ? 'caseDetail.edit.errors.referenceDateRequired' : undefined),
  };
}

export function caseEditSchema(ctx: EditContext) {
  const base = z.object({
    /** Set by "Omzetten naar casus": the signaal becomes a case when this save succeeds. */
    convert: z.boolean(),
    alias: clearableText(ch.alias.unwrap()),
    birthYear: wholeNumber('caseDetail.edit.errors.birthYear').pipe(
      z
        .number()
        .min(1000, { error: say('caseDetail.edit.errors.birthYear') })
        .max(ctx.registeredYear, { error: say('caseDetail.edit.errors.birthYearAfterRegistration') })
        .pipe(ch.birthYear.unwrap().unwrap())
        .nullable(),
    ),
    ageBand: clearableText(ch.ageBand.unwrap()),
    aanmelder: person(ch.aanmelder),
    casusregisseur: person(ch.casusregisseur),
    household: clearableChoice(ch.household.unwrap().unwrap()),
    householdSize: wholeNumber('caseDetail.edit.errors.householdSize').pipe(
      z
        .number()
        .min(1, { error: say('caseDetail.edit.errors.householdSize') })
        .max(30, { error: say('caseDetail.edit.errors.householdSize') })
        .pipe(ch.householdSize.unwrap().unwrap())
        .nullable(),
    ),
    aanleiding: clearableText(ch.aanleiding.unwrap()),
    doel: clearableText(ch.doel.unwrap()),
    careCostBand: clearableChoice(ch.careCostBand.unwrap().unwrap()),
    // In the catalogue's order, so ticking the same sporen in another order is no change.
    sporen: z.array(z.enum(SPOREN)).transform((list) => SPOREN.filter((s) => list.includes(s))),
    followUpOn: clearableDate(ch.followUpOn),
    notes: clearableText(ch.notes.unwrap()),
    ...calculationFields(ctx),
  });
  return base
    .refine((v) => v.birthYear === null || v.ageBand === null, {
      path: ['ageBand'],
      error: say('caseDetail.edit.errors.ageBoth'),
      when: whenValid('birthYear', 'ageBand'),
    })
    .refine((v) => (ctx.isSignaal && !v.convert) || v.sporen.length > 0, {
      path: ['sporen'],
      error: say('caseDetail.edit.errors.sporen'),
      when: whenValid('sporen', 'convert'),
    })
    .transform(({ convert, ...rest }): CaseChanges => {
      // A signaal that stays one shows no alias or birth year (§2.1): it sends none either.
      if (ctx.isSignaal && !convert) {
        const { alias: _alias, birthYear: _birthYear, ageBand: _ageBand, ...others } = rest;
        return others;
      }
      return convert ? { ...rest, isSignaal: false } : rest;
    });
}

export type EditValues = z.input<ReturnType<typeof caseEditSchema>>;

/** The stored case as the form shows it: text as a person would type it back. */
export function editValues(c: CaseFile): EditValues {
  return {
    convert: false,
    alias: c.alias ?? '',
    birthYear: c.birthYear === undefined ? '' : String(c.birthYear),
    ageBand: c.ageBand ?? '',
    aanmelder: { name: c.aanmelder?.name ?? '', organisation: c.aanmelder?.organisation ?? '' },
    casusregisseur: { name: c.casusregisseur?.name ?? '', organisation: c.casusregisseur?.organisation ?? '' },
    household: c.household ?? '',
    householdSize: c.householdSize === undefined ? '' : String(c.householdSize),
    aanleiding: c.aanleiding ?? '',
    doel: c.doel ?? '',
    careCostBand: c.careCostBand ?? '',
    sporen: [...c.sporen],
    followUpOn: isoToDutchDate(c.followUpOn),
    notes: c.notes ?? '',
    horizonWeeks: String(c.horizonWeeks),
    attributionPct: String(c.attributionPct).replace('.', ','),
    referenceDate: isoToDutchDate(c.referenceDate),
  };
}

/**
 * Only the fields whose value differs from the stored case's (both read through the same schema,
 * so trimming or the order of sporen is no change). Without a readable stored case: every field.
 */
export function changedFields(schema: ReturnType<typeof caseEditSchema>, stored: CaseFile, typed: CaseChanges): CaseChanges {
  const before = schema.safeParse(editValues(stored));
  if (!before.success) return typed;
  const was: Record<string, unknown> = before.data;
  // A field the stored case does not have is the same as one cleared (null): nothing to send.
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  return Object.fromEntries(Object.entries(typed).filter(([key, value]) => !same(value, was[key])));
}
