import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Heading3 } from '@utrecht/component-library-react';
import { useEffect, useId, useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { surchargeCents, weeklyFromFourWeekly } from '../../../../shared/calc/fourWeekly';
import { ARRANGEMENT_DOMAINS, ARRANGEMENT_SETTINGS, CLIENTGROEPEN, RESULTAATGEBIEDEN, TREDEN_PER_RESULTAATGEBIED } from '../../../../shared/domain/enums';
import { localIsoDate } from '../../../../shared/format/date';
import { centsToEuroInput } from '../../../../shared/format/euroInput';
import { formatEuro } from '../../../../shared/format/money';
import type { CaseFile } from '../../../../shared/interchange';
import type { CaseDetail } from '../../../../shared/ipc/channels/cases';
import { contract } from '../../../../shared/ipc/contract';
import { api } from '../../api';
import { useCatalogue } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { choice, dateText, DateField, euroText, EuroField, Form, isoToDutchDate, quantityText, SelectField, TextField } from '../../components/form';
import { flagNotices, nextArrangementId, type FlagNotice } from './arrangementFlags';
import { useCaseWrite } from './caseQueries';

type Arrangement = CaseFile['arrangements'][number];

const arrangement = contract['arrangements:save'].input.shape.arrangement;
const BUDGET_UNITS = ['week', 'vier_weken'] as const;
const f = arrangement.shape;
const required = (field: string) => `caseDetail.arrangementsEdit.form.required.${field}`;
/**
 * The channel's own arrangement, as typed: weekbedrag in euro, the start as dd-mm-jjjj, weeks "2,5".
 * The weekbedrag and surcharge are re-added at the end, so errors are listed in the order on screen.
 */
const schema = arrangement
  .omit({ id: true, weeklyCents: true, subcontractorSurchargePct: true, resultaatgebied: true, trede: true, clientgroep: true, fourWeeklyCents: true })
  .extend({
    from: dateText(f.from, { required: required('from') }),
    weeks: quantityText(f.weeks, { required: required('weeks') }),
    /** Issue #14 item 9: the amount below is per week or per four weeks (the unit of the Wmo-kader). */
    budgetUnit: z.enum(BUDGET_UNITS),
    weeklyCents: euroText(f.weeklyCents, { required: required('weeklyCents') }),
    subcontractorSurchargePct: quantityText(f.subcontractorSurchargePct, { invalid: 'caseDetail.arrangementsEdit.form.pctInvalid' }),
    resultaatgebied: choice(f.resultaatgebied),
    trede: z
      .string()
      .transform((v) => (v === '' ? undefined : Number(v)))
      .pipe(f.trede),
    clientgroep: choice(f.clientgroep),
  });
type Values = z.input<typeof schema>;
type Parsed = z.output<typeof schema>;

/**
 * The arrangement the typed values make: a four-weekly amount is kept as typed and its weekbedrag
 * is a quarter of it, rounded half away from zero (shared/calc/fourWeekly.ts, as CaseSchema checks).
 */
function toArrangement(id: string, v: Omit<Parsed, 'provider' | 'weeks'> & { provider: string; weeks: number }): Arrangement {
  const { budgetUnit, weeklyCents: amount, subcontractorSurchargePct, resultaatgebied, trede, clientgroep, ...rest } = v;
  return {
    id,
    ...rest,
    weeklyCents: budgetUnit === 'vier_weken' ? weeklyFromFourWeekly(amount) : amount,
    ...(budgetUnit === 'vier_weken' ? { fourWeeklyCents: amount } : {}),
    ...(subcontractorSurchargePct !== undefined ? { subcontractorSurchargePct } : {}),
    ...(resultaatgebied !== undefined ? { resultaatgebied } : {}),
    ...(trede !== undefined ? { trede } : {}),
    ...(clientgroep !== undefined ? { clientgroep } : {}),
  };
}

/**
 * The fields the §3.5 flags read; the rest (provider, weeks) may still be blank while they are shown.
 * Not strict (the contract's object is): the form's other values pass alongside and are left out.
 */
const flagInputs = z.object(
  schema.pick({ domain: true, setting: true, budgetUnit: true, weeklyCents: true, from: true, subcontractorSurchargePct: true, resultaatgebied: true, trede: true, clientgroep: true }).shape,
);
/** The surcharge amount needs the weeks too. */
const surchargeInputs = z.object(schema.pick({ budgetUnit: true, weeklyCents: true, weeks: true, subcontractorSurchargePct: true }).shape);

/**
 * "Arrangement toevoegen" / "… wijzigen": one form for both; a change keeps the arrangement's id,
 * so arrangements:save replaces it. While it is filled in, it shows the flags the arrangement
 * would get, computed by the server's own engine.
 */
export function ArrangementForm({
  detail,
  editing,
  onSaved,
  onCancel,
}: {
  detail: CaseDetail;
  /** The arrangement being changed, or null for a new one. */
  editing: Arrangement | null;
  onSaved: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const c = detail.case;
  const titleId = useId();
  const rules = useCatalogue().data?.rules;
  const form = useForm({ resolver: zodResolver(schema), defaultValues: initial(editing) });
  const save = useCaseWrite(c.code, (input: { code: string; arrangement: Arrangement }) => api.arrangementsSave(input));
  const id = useMemo(() => editing?.id ?? nextArrangementId(c.arrangements), [editing, c.arrangements]);

  const { setFocus, setError } = form;
  useEffect(() => setFocus('domain'), [setFocus]);

  // The server names the field it refuses ("arrangement.weeklyCents: …"): mark that field too.
  const refusal = splitRefusal(save.error?.message);
  useEffect(() => {
    if (refusal?.field !== undefined) setError(refusal.field, { type: 'server', message: refusal.message }, { shouldFocus: true });
  }, [refusal?.field, refusal?.message, setError]);

  // Every change of a field re-renders here (useWatch), so the flags follow each keystroke.
  const watched = useWatch({ control: form.control });
  const parsed = flagInputs.safeParse(watched);
  // The engine reads neither the provider nor the weeks for a flag, so these may still be blank.
  const live =
    parsed.success && rules !== undefined
      ? flagNotices(c.code, toArrangement(id, { provider: '-', weeks: 0, ...parsed.data }), c.escalations, rules, localIsoDate(new Date()))
      : null;
  const forSurcharge = surchargeInputs.safeParse(watched);
  const surcharge = forSurcharge.success && (forSurcharge.data.subcontractorSurchargePct ?? 0) > 0 ? surchargeOf(forSurcharge.data) : null;
  const tredeCount = parsed.success && parsed.data.resultaatgebied !== undefined ? TREDEN_PER_RESULTAATGEBIED[parsed.data.resultaatgebied] : 7;

  const submit = (v: Parsed) => {
    if (save.isPending) return;
    const saved = toArrangement(id, v);
    save.mutate(
      { code: c.code, arrangement: saved },
      {
        onSuccess: () =>
          onSaved(t(editing === null ? 'caseDetail.arrangementsEdit.added' : 'caseDetail.arrangementsEdit.changed', { provider: saved.provider })),
      },
    );
  };

  return (
    <Form
      form={form}
      className="werkbank-form werkbank-inline-form"
      onValid={submit}
      aria-labelledby={titleId}
      heading={
        <Heading3 id={titleId}>
          {editing === null ? t('caseDetail.arrangementsEdit.form.addTitle') : t('caseDetail.arrangementsEdit.form.changeTitle', { provider: editing.provider })}
        </Heading3>
      }
    >
      <div className="werkbank-form-row">
        <SelectField form={form} name="domain" label={t('caseDetail.arrangementsEdit.col.domain')} options={ARRANGEMENT_DOMAINS.map((d) => ({ value: d, label: t(`domain.${d}`) }))} />
        <SelectField form={form} name="setting" label={t('caseDetail.arrangementsEdit.col.setting')} options={ARRANGEMENT_SETTINGS.map((s) => ({ value: s, label: t(`setting.${s}`) }))} />
        <TextField form={form} name="provider" label={t('caseDetail.arrangements.col.provider')} size={32} />
      </div>
      <div className="werkbank-form-row">
        {/* The start first: the cap the weekbedrag is checked against is the one in force on that day. */}
        <DateField form={form} name="from" label={t('caseDetail.arrangementsEdit.col.from')} />
        <TextField form={form} name="weeks" label={t('caseDetail.arrangementsEdit.col.weeks')} description={t('caseDetail.arrangementsEdit.form.weeksHelp')} inputMode="decimal" size={8} />
        <SelectField
          form={form}
          name="budgetUnit"
          label={t('caseDetail.arrangementsEdit.form.budgetUnit')}
          options={BUDGET_UNITS.map((u) => ({ value: u, label: t(`caseDetail.arrangementsEdit.form.budgetUnitOption.${u}`) }))}
        />
        <EuroField
          form={form}
          name="weeklyCents"
          label={t(watched.budgetUnit === 'vier_weken' ? 'caseDetail.arrangementsEdit.form.amountFourWeekly' : 'caseDetail.arrangements.col.weekly')}
          description={watched.budgetUnit === 'vier_weken' ? t('caseDetail.arrangementsEdit.form.amountFourWeeklyHelp') : undefined}
        />
        <TextField
          form={form}
          name="subcontractorSurchargePct"
          label={t('caseDetail.arrangementsEdit.form.surcharge')}
          description={t('caseDetail.arrangementsEdit.form.surchargeHelp')}
          inputMode="decimal"
          size={8}
        />
      </div>
      <div className="werkbank-form-row">
        <SelectField
          form={form}
          name="resultaatgebied"
          label={t('caseDetail.arrangementsEdit.form.resultaatgebied')}
          options={[{ value: '', label: t('caseDetail.arrangementsEdit.form.notGiven') }, ...RESULTAATGEBIEDEN.map((r) => ({ value: r, label: t(`resultaatgebied.${r}`) }))]}
        />
        <SelectField
          form={form}
          name="trede"
          label={t('caseDetail.arrangementsEdit.form.trede')}
          description={t('caseDetail.arrangementsEdit.form.tredeHelp')}
          options={[
            { value: '', label: t('caseDetail.arrangementsEdit.form.notGiven') },
            ...Array.from({ length: tredeCount }, (_, i) => ({ value: String(i + 1), label: String(i + 1) })),
          ]}
        />
        <SelectField
          form={form}
          name="clientgroep"
          label={t('caseDetail.arrangementsEdit.form.clientgroep')}
          options={[{ value: '', label: t('caseDetail.arrangementsEdit.form.notGiven') }, ...CLIENTGROEPEN.map((g) => ({ value: g, label: t(`clientgroep.${g}`) }))]}
        />
      </div>
      <LiveFlags notices={live} />
      {surcharge !== null ? (
        <p className="werkbank-surcharge-amount" aria-live="polite">
          {t('caseDetail.arrangementsEdit.form.surchargeAmount', { amount: formatEuro(surcharge) })}
        </p>
      ) : null}
      <ErrorAlert message={refusal === undefined ? undefined : refusal.field === undefined ? refusal.message : `${t(FIELD_LABELS[refusal.field])}: ${refusal.message}`} />
      <div className="werkbank-actions">
        <Button type="submit" appearance="primary-action-button" busy={save.isPending} disabled={save.isPending}>
          {t('caseDetail.arrangementsEdit.form.submit')}
        </Button>
        <Button type="button" appearance="subtle-button" onClick={onCancel}>
          {t('caseDetail.cancel')}
        </Button>
      </div>
    </Form>
  );
}

/**
 * The flags as the person types, in a polite live region: a flag that appears or goes is read out
 * once, without interrupting. Said in words with the amount, never by colour alone.
 */
function LiveFlags({ notices }: { notices: FlagNotice[] | null }) {
  const { t } = useTranslation();
  return (
    <div className="werkbank-live-flags" aria-live="polite" data-flagged={notices !== null && notices.length > 0 ? 'true' : undefined}>
      <p className="werkbank-live-flags__title">
        <strong>{t('caseDetail.arrangementsEdit.live.title')}</strong>
      </p>
      {notices === null ? (
        <p>{t('caseDetail.arrangementsEdit.live.incomplete')}</p>
      ) : notices.length === 0 ? (
        <p>{t('caseDetail.arrangementsEdit.live.none')}</p>
      ) : (
        <ul className="werkbank-flags">
          {notices.map((n) => (
            <li key={n.flag}>
              <FlagText notice={n} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** "Jeugd boven het plafond van € 4.000,00 per week, zonder besluit" — the flag with the amount it exceeds. */
export function FlagText({ notice }: { notice: FlagNotice }) {
  const { t } = useTranslation();
  const key = `caseDetail.arrangementsEdit.flag.${notice.flag}`;
  return <>{notice.limitCents === null ? t(key) : t(key, { amount: formatEuro(notice.limitCents) })}</>;
}

/** The surcharge over the whole arrangement, as the register computes it (shared/calc/fourWeekly.ts). */
function surchargeOf(v: z.output<typeof surchargeInputs>): number {
  const four = v.budgetUnit === 'vier_weken';
  return surchargeCents({
    weeklyCents: four ? weeklyFromFourWeekly(v.weeklyCents) : v.weeklyCents,
    fourWeeklyCents: four ? v.weeklyCents : undefined,
    weeks: v.weeks,
    subcontractorSurchargePct: v.subcontractorSurchargePct,
  });
}

function initial(a: Arrangement | null): Values {
  return {
    domain: a?.domain ?? 'jeugd',
    setting: a?.setting ?? 'extramuraal',
    provider: a?.provider ?? '',
    budgetUnit: a?.fourWeeklyCents !== undefined ? 'vier_weken' : 'week',
    weeklyCents: a ? centsToEuroInput(a.fourWeeklyCents ?? a.weeklyCents) : '',
    resultaatgebied: a?.resultaatgebied ?? '',
    trede: a?.trede !== undefined ? String(a.trede) : '',
    clientgroep: a?.clientgroep ?? '',
    from: isoToDutchDate(a?.from),
    // No thousands separator: the quantity field reads "1.000" as one.
    weeks: a ? decimalComma(a.weeks) : '',
    subcontractorSurchargePct: a?.subcontractorSurchargePct !== undefined ? decimalComma(a.subcontractorSurchargePct) : '',
  };
}

function decimalComma(value: number): string {
  return String(value).replace('.', ',');
}

/** The label of each field, so a refusal that names a field says it in the person's words. */
const FIELD_LABELS = {
  domain: 'caseDetail.arrangementsEdit.col.domain',
  setting: 'caseDetail.arrangementsEdit.col.setting',
  provider: 'caseDetail.arrangements.col.provider',
  weeklyCents: 'caseDetail.arrangements.col.weekly',
  from: 'caseDetail.arrangementsEdit.col.from',
  weeks: 'caseDetail.arrangementsEdit.col.weeks',
  subcontractorSurchargePct: 'caseDetail.arrangementsEdit.form.surcharge',
  budgetUnit: 'caseDetail.arrangementsEdit.form.budgetUnit',
  resultaatgebied: 'caseDetail.arrangementsEdit.form.resultaatgebied',
  trede: 'caseDetail.arrangementsEdit.form.trede',
  clientgroep: 'caseDetail.arrangementsEdit.form.clientgroep',
} as const satisfies Record<keyof Values, string>;

/** "arrangement.weeklyCents: Bedrag …" → that field and its message; any other refusal as it is. */
function splitRefusal(error: string | undefined): { field?: keyof typeof FIELD_LABELS; message: string } | undefined {
  if (error === undefined) return undefined;
  const match = /^arrangement\.([a-zA-Z]+): (.+)$/s.exec(error);
  const field = (Object.keys(FIELD_LABELS) as (keyof typeof FIELD_LABELS)[]).find((x) => x === match?.[1]);
  return field !== undefined && match?.[2] !== undefined ? { field, message: match[2] } : { message: error };
}
