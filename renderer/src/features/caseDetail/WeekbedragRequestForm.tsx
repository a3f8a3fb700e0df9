import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import i18next from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { BEGELEIDING_KINDS, URGENCIES } from '../../../../shared/domain/enums';
import { formatDate } from '../../../../shared/format/date';
import { formatList } from '../../../../shared/format/list';
import { centsToEuroInput } from '../../../../shared/format/euroInput';
import { formatEuro } from '../../../../shared/format/money';
import type { CaseFile, EscalationFile } from '../../../../shared/interchange';
import type { CaseDetail } from '../../../../shared/ipc/channels/cases';
import { contract, type ChannelInput } from '../../../../shared/ipc/contract';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CheckboxRow, choice, euroText, EuroField, Form, optionalText, quantityText, RadioGroup, SelectField, TextAreaField, TextField } from '../../components/form';
import { formatQuantity } from '../../format/numbers';
import { useCaseWrite } from './caseQueries';
import { SharingNotice, useSharingConsent } from './SharingNotice';
import './weekbedrag.css';

type Arrangement = CaseFile['arrangements'][number];

const s = contract['escalations:create'].input.shape;
const required = (field: string) => `caseDetail.weekbedragRequest.required.${field}`;
/** Text the tafel cannot decide without: blank is refused with the field's own message. */
const requiredText = (contractField: typeof s.question, key: string) =>
  z
    .string()
    .transform((text, ctx) => {
      if (text.trim() !== '') return text.trim();
      ctx.addIssue({ code: 'custom', message: i18next.t(required(key)) });
      return z.NEVER;
    })
    .pipe(contractField.unwrap());

/**
 * The create channel's own dossier for target jeugd_weekbedrag (§3.5), as a person types it. What
 * the jeugd tafel decides on is required here: the begeleiding, the weekbedrag and weeks asked, why
 * the arrangementenmodel does not suffice, and the consent check (§5, the dossier leaves the wijk).
 */
const schema = z.object({
  begeleiding: choice(s.begeleiding, { required: required('begeleiding') }),
  requestedWeeklyCents: euroText(s.requestedWeeklyCents, { required: required('requestedWeeklyCents') }),
  requestedWeeks: quantityText(s.requestedWeeks, { required: required('requestedWeeks') }),
  whyNotArrangementenmodel: requiredText(s.whyNotArrangementenmodel, 'whyNotArrangementenmodel'),
  question: requiredText(s.question, 'question'),
  urgency: choice(s.urgency),
  owner: optionalText(s.owner),
  consentChecked: z.boolean().refine((v) => v, { error: () => i18next.t(required('consentChecked')) }),
});
type Values = z.input<typeof schema>;
type Request = z.output<typeof schema>;
const KEYS = ['begeleiding', 'requestedWeeklyCents', 'requestedWeeks', 'whyNotArrangementenmodel', 'question', 'urgency', 'owner', 'consentChecked'] as const;

/** A new request starts from the arrangement (its weekbedrag and weeks) and the case's recorded consent. */
function initialValues(c: CaseFile, a: Arrangement, e: EscalationFile | undefined, question: string): Values {
  if (e !== undefined) {
    return {
      begeleiding: e.begeleiding ?? '',
      requestedWeeklyCents: e.requestedWeeklyCents === undefined ? '' : centsToEuroInput(e.requestedWeeklyCents),
      requestedWeeks: e.requestedWeeks === undefined ? '' : formatQuantity(e.requestedWeeks),
      whyNotArrangementenmodel: e.whyNotArrangementenmodel ?? '',
      question: e.question ?? question,
      urgency: e.urgency ?? '',
      owner: e.owner ?? '',
      consentChecked: e.consentChecked === true,
    };
  }
  return {
    begeleiding: '',
    requestedWeeklyCents: centsToEuroInput(a.weeklyCents),
    requestedWeeks: formatQuantity(a.weeks),
    whyNotArrangementenmodel: '',
    question,
    urgency: 'normaal',
    owner: '',
    consentChecked: c.consent !== undefined,
  };
}

/** Only what changed goes to updateDossier; a field emptied is cleared (null). */
function changesOf(e: EscalationFile, v: Request): Omit<ChannelInput<'escalations:updateDossier'>, 'code' | 'index'> {
  const out: Record<string, unknown> = {};
  for (const key of KEYS) {
    const next = v[key] ?? null;
    const before = key === 'consentChecked' ? e.consentChecked === true : (e[key] ?? null);
    if (next !== before) out[key] = next;
  }
  return out;
}

/**
 * §3.5 "Aanvraag hoog-weekbedragtafel": the request for a jeugd arrangement above the cap. New
 * (from the arrangement's row), it is created and submitted in one go (escalations:create with target
 * jeugd_weekbedrag, then the transition to ingediend, which sets the deadline); `editing` a concept
 * (sent back, or left unsubmitted) saves the dossier and, with `submit`, submits it again.
 */
export function WeekbedragRequestForm({
  detail,
  arrangement: a,
  editing,
  submit: submitAfterSave,
  capCents,
  onDone,
  onCancel,
}: {
  detail: CaseDetail;
  arrangement: Arrangement;
  editing?: { index: number; escalation: EscalationFile };
  /** Submit to the jeugd tafel once saved (from the arrangement's row); the escalation card saves only. */
  submit: boolean;
  capCents: number | null;
  onDone: (message: string, index: number) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const c = detail.case;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [initial] = useState<Values>(() =>
    initialValues(c, a, editing?.escalation, t('caseDetail.weekbedragRequest.defaultQuestion', { cap: capCents === null ? '—' : formatEuro(capCents) })),
  );
  const form = useForm({ resolver: zodResolver(schema), defaultValues: initial });
  const create = useCaseWrite(c.code, (input: ChannelInput<'escalations:create'>) => api.escalationsCreate(input));
  const update = useCaseWrite(c.code, (input: ChannelInput<'escalations:updateDossier'>) => api.escalationsUpdateDossier(input));
  const transition = useCaseWrite(c.code, (input: ChannelInput<'escalations:transition'>) => api.escalationsTransition(input));
  // Created but its submission refused (say, the target was switched off meanwhile): the next
  // press changes and submits that concept rather than creating a second request.
  const [createdIndex, setCreatedIndex] = useState<number | null>(null);
  const busy = create.isPending || update.isPending || transition.isPending;
  // §5 the request goes to the jeugd tafel: without consent for it, nothing is created or submitted.
  const sharing = useSharingConsent(c, 'jeugd_weekbedrag');
  const [refusal, setRefusal] = useState<string | null>(null);
  const error = refusal ?? (create.error ?? update.error ?? transition.error)?.message;

  useEffect(() => headingRef.current?.focus(), []);

  const submitted = (d: CaseDetail, index: number) => {
    const stored = d.case.escalations[index];
    onDone(t('caseDetail.weekbedragRequest.done.submitted', { provider: a.provider, on: formatDate(stored?.submittedOn), deadline: formatDate(stored?.deadlineOn) }), index);
  };
  const save = async (v: Request) => {
    if (busy) return;
    create.reset();
    update.reset();
    transition.reset();
    setRefusal(null);
    const lacking = submitAfterSave ? (sharing?.lacking ?? []) : [];
    if (lacking.length > 0) {
      const partners = formatList(lacking);
      setRefusal(`${t('caseDetail.sharing.lacking_submit', { partners })} ${t('caseDetail.sharing.whatToDo', { partners })}`);
      return;
    }
    let index = editing?.index ?? createdIndex;
    const existing = index === null ? undefined : c.escalations[index];
    if (index !== null && existing !== undefined) {
      await update.mutateAsync({ code: c.code, index, ...changesOf(existing, v) });
      if (!submitAfterSave) {
        onDone(t('caseDetail.weekbedragRequest.done.saved'), index);
        return;
      }
    } else {
      const d = await create.mutateAsync({ code: c.code, target: 'jeugd_weekbedrag', arrangementId: a.id, ...v });
      index = d.case.escalations.length - 1;
      setCreatedIndex(index);
    }
    submitted(await transition.mutateAsync({ code: c.code, index, to: 'ingediend' }), index);
  };

  const headingId = `weekbedrag-aanvraag-${a.id}`;
  return (
    <Form
      form={form}
      className="werkbank-form werkbank-inline-form werkbank-escalate-form"
      // The refusal is shown above the buttons; an unhandled rejection would only reach the console.
      onValid={(v) => save(v).catch(() => undefined)}
      aria-labelledby={headingId}
      heading={
        <>
          <Heading3 id={headingId} ref={headingRef} tabIndex={-1}>
            {t('caseDetail.weekbedragRequest.title', { provider: a.provider })}
          </Heading3>
          <Paragraph className="werkbank-muted">{t('caseDetail.weekbedragRequest.intro')}</Paragraph>
        </>
      }
    >
      <dl className="werkbank-facts werkbank-weekbedrag-facts">
        <div>
          <dt>{t('caseDetail.weekbedragRequest.provider')}</dt>
          <dd>{a.provider}</dd>
        </div>
        <div>
          <dt>{t('caseDetail.weekbedragRequest.arrangement')}</dt>
          <dd>
            {t('caseDetail.weekbedragRequest.arrangementLine', {
              id: a.id,
              weekly: formatEuro(a.weeklyCents),
              from: formatDate(a.from),
              weeks: formatQuantity(a.weeks),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('caseDetail.weekbedragRequest.cap')}</dt>
          <dd>{capCents === null ? '—' : t('caseDetail.weekbedragRequest.perWeek', { amount: formatEuro(capCents) })}</dd>
        </div>
      </dl>
      <RadioGroup
        form={form}
        name="begeleiding"
        label={t('caseDetail.weekbedragRequest.begeleiding')}
        options={BEGELEIDING_KINDS.map((b) => ({ value: b, label: t(`caseDetail.weekbedragRequest.begeleidingKind.${b}`) }))}
      />
      <div className="werkbank-form-row">
        <EuroField form={form} name="requestedWeeklyCents" label={t('caseDetail.weekbedragRequest.requestedWeekly')} description={t('caseDetail.weekbedragRequest.requestedWeeklyHelp')} />
        <TextField form={form} name="requestedWeeks" label={t('caseDetail.weekbedragRequest.requestedWeeks')} description={t('caseDetail.arrangementsEdit.form.weeksHelp')} inputMode="decimal" size={8} />
      </div>
      <TextAreaField
        form={form}
        name="whyNotArrangementenmodel"
        label={t('caseDetail.weekbedragRequest.whyNotArrangementenmodel')}
        description={t('caseDetail.weekbedragRequest.whyNotArrangementenmodelHelp')}
        rows={3}
      />
      <TextAreaField form={form} name="question" label={t('caseDetail.weekbedragRequest.question')} rows={2} />
      <div className="werkbank-form-row">
        <SelectField
          form={form}
          name="urgency"
          label={t('caseDetail.escalate.form.urgency')}
          options={[{ value: '', label: t('caseDetail.escalate.form.noUrgency') }, ...URGENCIES.map((u) => ({ value: u, label: t(`urgency.${u}`) }))]}
        />
        <TextField form={form} name="owner" label={t('caseDetail.escalate.form.owner')} description={t('caseDetail.escalate.form.ownerHelp')} />
      </div>
      <CheckboxRow
        form={form}
        name="consentChecked"
        label={t('caseDetail.escalate.form.consentChecked')}
        description={c.consent ? t('caseDetail.escalate.form.consentKnown', { date: formatDate(c.consent.recordedOn) }) : t('caseDetail.escalate.form.consentUnknown')}
      />
      {submitAfterSave ? <SharingNotice c={c} target="jeugd_weekbedrag" act="submit" /> : null}
      <ErrorAlert message={error} />
      <div className="werkbank-actions">
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {submitAfterSave ? t('caseDetail.weekbedragRequest.submit') : t('caseDetail.escalate.form.save')}
        </Button>
        <Button type="button" appearance="subtle-button" onClick={onCancel}>
          {t('caseDetail.cancel')}
        </Button>
      </div>
    </Form>
  );
}
