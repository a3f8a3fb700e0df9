import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { format, parseISO } from 'date-fns';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '../../../../shared/domain/enums';
import { STATUSES_WITHOUT_REFERENCE_DATE } from '../../../../shared/interchange/vocabulary';
import type { CaseDetail } from '../../../../shared/ipc/channels/cases';
import { contract } from '../../../../shared/ipc/contract';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RetentionNote } from '../retention/RetentionNote';
import { dateText, DateField, Form, optionalText, TextAreaField } from '../../components/form';
import { useCaseWrite } from './caseQueries';

type Transition = { code: string; to: CaseStatus; why?: string; referenceDate?: string };

const transitionInput = contract['cases:transition'].input;
/** The transition's own why and first-discussion date, as typed (dd-mm-jjjj; blank means today). */
const schema = transitionInput.pick({ why: true, referenceDate: true }).extend({
  why: optionalText(transitionInput.shape.why),
  referenceDate: dateText(transitionInput.shape.referenceDate),
});

/** A status change's moment (ISO with zone) as the local calendar day, dd-mm-jjjj. */
const localDay = (at: string): string => format(parseISO(at), 'dd-MM-yyyy');

/** §2.1 the whitelisted next steps (with an optional reason) and who changed what, when and why. */
export function StatusSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const c = detail.case;
  const [target, setTarget] = useState<CaseStatus | null>(null);
  const [done, setDone] = useState('');
  const doneRef = useRef<HTMLParagraphElement>(null);
  const transition = useCaseWrite(c.code, (input: Transition) => api.casesTransition(input));

  const open = (to: CaseStatus) => {
    transition.reset();
    setDone('');
    setTarget(to);
  };
  const needsReferenceDate =
    target !== null && c.referenceDate === null && !c.isSignaal && !STATUSES_WITHOUT_REFERENCE_DATE.includes(target);

  const submit = (to: CaseStatus, v: { why?: string; referenceDate?: string }) =>
    transition.mutate(
      { code: c.code, to, why: v.why, referenceDate: needsReferenceDate ? v.referenceDate : undefined },
      {
        onSuccess: () => {
          setDone(t('caseDetail.status.changed', { status: t(`status.${to}`) }));
          setTarget(null);
          setTimeout(() => doneRef.current?.focus(), 0);
        },
      },
    );

  const history = [...(c.statusHistory ?? [])].reverse();
  return (
    <section className="werkbank-section" aria-labelledby="status-titel">
      <Heading2 id="status-titel">{t('caseDetail.status.title')}</Heading2>
      <Paragraph>
        {t('caseDetail.status.current')}: <strong>{t(`status.${c.status}`)}</strong>
      </Paragraph>
      {detail.allowedTransitions.length === 0 ? (
        <>
          <Paragraph>{t('caseDetail.status.final')}</Paragraph>
          <RetentionNote retentionUntil={c.retentionUntil} />
        </>
      ) : (
        <div className="werkbank-actions" role="group" aria-label={t('caseDetail.status.nextSteps')}>
          {detail.allowedTransitions.map((to) => (
            <Button key={to} appearance="secondary-action-button" aria-expanded={target === to} onClick={() => open(to)}>
              {t('caseDetail.status.to', { status: t(`status.${to}`) })}
            </Button>
          ))}
        </div>
      )}
      <p role="status" ref={doneRef} tabIndex={-1} className="werkbank-done">
        {done}
      </p>
      {target !== null ? (
        <TransitionForm
          key={target}
          target={target}
          needsReferenceDate={needsReferenceDate}
          busy={transition.isPending}
          error={transition.error?.message}
          onValid={(v) => submit(target, v)}
          onCancel={() => setTarget(null)}
        />
      ) : null}
      <Heading3 id="historie-titel">{t('caseDetail.status.history')}</Heading3>
      {history.length === 0 ? (
        <Paragraph>{t('caseDetail.status.noHistory')}</Paragraph>
      ) : (
        <ol className="werkbank-history" aria-labelledby="historie-titel" reversed>
          {history.map((h, i) => (
            <li key={`${h.at}-${String(i)}`}>
              <span className="werkbank-history-date">{localDay(h.at)}</span>{' '}
              <span>
                {h.from === null
                  ? t('caseDetail.status.created', { to: t(`status.${h.to}`) })
                  : t('caseDetail.status.fromTo', { from: t(`status.${h.from}`), to: t(`status.${h.to}`) })}
              </span>
              {h.by ? <span className="werkbank-muted"> — {t('caseDetail.status.by', { by: h.by })}</span> : null}
              {h.why ? <span className="werkbank-history-why">{t('caseDetail.status.because', { why: h.why })}</span> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The reason for one step and, on a case's first discussion, its reference date. */
function TransitionForm({
  target,
  needsReferenceDate,
  busy,
  error,
  onValid,
  onCancel,
}: {
  target: CaseStatus;
  needsReferenceDate: boolean;
  busy: boolean;
  error: string | undefined;
  onValid: (v: { why?: string; referenceDate?: string }) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { why: '', referenceDate: '' } });
  const { setFocus } = form;
  useEffect(() => setFocus('why'), [setFocus]);
  return (
    <Form form={form} className="werkbank-form werkbank-inline-form" aria-labelledby="overgang-titel" onValid={onValid}
      heading={
        <Heading3 id="overgang-titel">{t('caseDetail.status.formTitle', { status: t(`status.${target}`) })}</Heading3>
      }
    >
      <TextAreaField form={form} name="why" label={t('caseDetail.status.why')} description={t('caseDetail.status.whyHelp')} />
      {needsReferenceDate ? (
        <DateField
          form={form}
          name="referenceDate"
          label={t('caseDetail.status.referenceDate')}
          description={t('caseDetail.status.referenceDateHelp')}
        />
      ) : null}
      <ErrorAlert message={error} />
      <div className="werkbank-actions">
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {t('caseDetail.status.confirm')}
        </Button>
        <Button type="button" appearance="subtle-button" onClick={onCancel}>
          {t('caseDetail.cancel')}
        </Button>
      </div>
    </Form>
  );
}
