import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Heading3 } from '@utrecht/component-library-react';
import { useEffect, useId, useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ARRANGEMENT_DOMAINS, ARRANGEMENT_SETTINGS } from '../../../../shared/domain/enums';
import { localIsoDate } from '../../../../shared/format/date';
import { centsToEuroInput } from '../../../../shared/format/euroInput';
import { formatEuro } from '../../../../shared/format/money';
import type { CaseFile } from '../../../../shared/interchange';
import type { CaseDetail } from '../../../../shared/ipc/channels/cases';
import { contract } from '../../../../shared/ipc/contract';
import { api } from '../../api';
import { useCatalogue } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { dateText, DateField, euroText, EuroField, Form, isoToDutchDate, quantityText, SelectField, TextField } from '../../components/form';
import { flagNotices, nextArrangementId, type FlagNotice } from './arrangementFlags';
import { useCaseWrite } from './caseQueries';

type Arrangement = CaseFile['arrangements'][number];

const arrangement = contract['arrangements:save'].input.shape.arrangement;
const f = arrangement.shape;
const required = (field: string) => `caseDetail.arrangementsEdit.form.required.${field}`;
/**
 * The channel's own arrangement, as typed: weekbedrag in euro, the start as dd-mm-jjjj, weeks "2,5".
 * The weekbedrag and surcharge are re-added at the end, so errors are listed in the order on screen.
 */
const schema = arrangement.omit({ id: true, weeklyCents: true, subcontractorSurchargePct: true }).extend({
  from: dateText(f.from, { required: required('from') }),
  weeks: quantityText(f.weeks, { required: required('weeks') }),
  weeklyCents: euroText(f.weeklyCents, { required: required('weeklyCents') }),
  subcontractorSurchargePct: quantityText(f.subcontractorSurchargePct, { invalid: 'caseDetail.arrangementsEdit.form.pctInvalid' }),
});
type Values = z.input<typeof schema>;

/**
 * The fields the §3.5 flags read; the rest (provider, weeks) may still be blank while they are shown.
 * Not strict (the contract's object is): the form's other values pass alongside and are left out.
 */
const flagInputs = z.object(schema.pick({ domain: true, setting: true, weeklyCents: true, from: true, subcontractorSurchargePct: true }).shape);

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
      ? flagNotices(c.code, { id, provider: '-', weeks: 0, ...parsed.data }, c.escalations, rules, localIsoDate(new Date()))
      : null;

  const submit = (v: z.output<typeof schema>) => {
    if (save.isPending) return;
    const { subcontractorSurchargePct, ...rest } = v;
    const saved: Arrangement = { id, ...rest, ...(subcontractorSurchargePct !== undefined ? { subcontractorSurchargePct } : {}) };
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
        <EuroField form={form} name="weeklyCents" label={t('caseDetail.arrangements.col.weekly')} />
        <TextField
          form={form}
          name="subcontractorSurchargePct"
          label={t('caseDetail.arrangementsEdit.form.surcharge')}
          description={t('caseDetail.arrangementsEdit.form.surchargeHelp')}
          inputMode="decimal"
          size={8}
        />
      </div>
      <LiveFlags notices={live} />
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

function initial(a: Arrangement | null): Values {
  return {
    domain: a?.domain ?? 'jeugd',
    setting: a?.setting ?? 'extramuraal',
    provider: a?.provider ?? '',
    weeklyCents: a ? centsToEuroInput(a.weeklyCents) : '',
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
} as const satisfies Record<keyof Values, string>;

/** "arrangement.weeklyCents: Bedrag …" → that field and its message; any other refusal as it is. */
function splitRefusal(error: string | undefined): { field?: keyof typeof FIELD_LABELS; message: string } | undefined {
  if (error === undefined) return undefined;
  const match = /^arrangement\.([a-zA-Z]+): (.+)$/s.exec(error);
  const field = (Object.keys(FIELD_LABELS) as (keyof typeof FIELD_LABELS)[]).find((x) => x === match?.[1]);
  return field !== undefined && match?.[2] !== undefined ? { field, message: match[2] } : { message: error };
}
