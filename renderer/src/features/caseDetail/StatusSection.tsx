import { Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '../../../../shared/domain/enums';
import { formatDate, localIsoDate } from '../../../../shared/format/date';
import { STATUSES_WITHOUT_REFERENCE_DATE } from '../../../../shared/interchange/vocabulary';
import type { CaseDetail } from '../../../../shared/ipc/channels/cases';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCaseWrite } from './caseQueries';
import { TextAreaField, TextField } from './fields';

type Transition = { code: string; to: CaseStatus; why?: string; referenceDate?: string };

/** §2.1 the whitelisted next steps (with an optional reason) and who changed what, when and why. */
export function StatusSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const c = detail.case;
  const [target, setTarget] = useState<CaseStatus | null>(null);
  const [why, setWhy] = useState('');
  const [referenceDate, setReferenceDate] = useState('');
  const [done, setDone] = useState('');
  const whyRef = useRef<HTMLTextAreaElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const transition = useCaseWrite(c.code, (input: Transition) => api.casesTransition(input));

  useEffect(() => {
    if (target !== null) whyRef.current?.focus();
  }, [target]);

  const open = (to: CaseStatus) => {
    transition.reset();
    setDone('');
    setWhy('');
    setReferenceDate('');
    setTarget(to);
  };
  const needsReferenceDate =
    target !== null && c.referenceDate === null && !c.isSignaal && !STATUSES_WITHOUT_REFERENCE_DATE.includes(target);
  const referenceDateInvalid = referenceDate.trim() !== '' && !/^\d{2}-\d{2}-\d{4}$/.test(referenceDate.trim());

  function submit(e: FormEvent) {
    e.preventDefault();
    if (target === null || referenceDateInvalid) return;
    const [d, m, y] = referenceDate.trim().split('-');
    transition.mutate(
      {
        code: c.code,
        to: target,
        why: why.trim() || undefined,
        referenceDate: needsReferenceDate && referenceDate.trim() ? `${y ?? ''}-${m ?? ''}-${d ?? ''}` : undefined,
      },
      {
        onSuccess: () => {
          setDone(t('caseDetail.status.changed', { status: t(`status.${target}`) }));
          setTarget(null);
          setTimeout(() => doneRef.current?.focus(), 0);
        },
      },
    );
  }

  const history = [...(c.statusHistory ?? [])].reverse();
  return (
    <section className="werkbank-section" aria-labelledby="status-titel">
      <Heading2 id="status-titel">{t('caseDetail.status.title')}</Heading2>
      <Paragraph>
        {t('caseDetail.status.current')}: <strong>{t(`status.${c.status}`)}</strong>
      </Paragraph>
      {detail.allowedTransitions.length === 0 ? (
        <Paragraph>{t('caseDetail.status.final')}</Paragraph>
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
        <form className="werkbank-form werkbank-inline-form" noValidate onSubmit={submit} aria-labelledby="overgang-titel">
          <Heading3 id="overgang-titel">{t('caseDetail.status.formTitle', { status: t(`status.${target}`) })}</Heading3>
          <TextAreaField
            label={t('caseDetail.status.why')}
            description={t('caseDetail.status.whyHelp')}
            value={why}
            onChange={setWhy}
            inputRef={whyRef}
          />
          {needsReferenceDate ? (
            <TextField
              label={t('caseDetail.status.referenceDate')}
              description={t('caseDetail.status.referenceDateHelp')}
              value={referenceDate}
              onChange={setReferenceDate}
              error={referenceDateInvalid ? t('caseDetail.status.referenceDateInvalid') : null}
              size={12}
            />
          ) : null}
          <ErrorAlert message={transition.error?.message} />
          <div className="werkbank-actions">
            <Button type="submit" appearance="primary-action-button" busy={transition.isPending} disabled={transition.isPending}>
              {t('caseDetail.status.confirm')}
            </Button>
            <Button type="button" appearance="subtle-button" onClick={() => setTarget(null)}>
              {t('caseDetail.cancel')}
            </Button>
          </div>
        </form>
      ) : null}
      <Heading3 id="historie-titel">{t('caseDetail.status.history')}</Heading3>
      {history.length === 0 ? (
        <Paragraph>{t('caseDetail.status.noHistory')}</Paragraph>
      ) : (
        <ol className="werkbank-history" aria-labelledby="historie-titel" reversed>
          {history.map((h, i) => (
            <li key={`${h.at}-${String(i)}`}>
              <span className="werkbank-history-date">{formatDate(localIsoDate(new Date(h.at)))}</span>{' '}
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
