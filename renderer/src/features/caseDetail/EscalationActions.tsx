import { zodResolver } from '@hookform/resolvers/zod';
import { Button, ButtonGroup, Heading3, Paragraph } from '@utrecht/component-library-react';
import i18next from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { EscalationStatus } from '../../../../shared/domain/enums';
import { formatDate } from '../../../../shared/format/date';
import type { EscalationFile } from '../../../../shared/interchange';
import type { CaseDetail } from '../../../../shared/ipc/channels/cases';
import { contract, type ChannelInput } from '../../../../shared/ipc/contract';
import { capInForce } from '../../../../shared/calc/beleidsregels';
import { api } from '../../api';
import { useCatalogue } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Form, TextAreaField } from '../../components/form';
import { EscalationHistory } from '../escalations/EscalationHistory';
import { useTargets, type Targets } from '../escalations/useTargets';
import { useCaseWrite } from './caseQueries';
import { DossierFileExport } from '../dossier/DossierFileExport';
import { DossierPreview } from './DossierPreview';
import { EscalateForm } from './EscalateForm';
import { SharingNotice } from './SharingNotice';
import { WeekbedragRequestForm } from './WeekbedragRequestForm';
import './escalate.css';

type Mode = 'none' | 'edit' | 'preview' | 'withdraw';

/** Withdrawing is final: it can be done from every state that is not final yet. */
const CAN_WITHDRAW: readonly EscalationStatus[] = ['concept', 'ingediend', 'in_behandeling', 'besluit', 'teruggelegd'];

/**
 * §2.3 the aanmelder's side of every escalation of the case: fill the dossier, preview what the
 * target will see, submit (the server sets the deadline in working days), withdraw with a reason,
 * and after teruggelegd complete the dossier and submit again. Each card shows the escalation's own
 * history; below them, "Escaleren" starts a new escalation.
 */
export function EscalationActions({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const c = detail.case;
  const targets = useTargets();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<number | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const caseClosed = c.status === 'afgesloten' || c.status === 'ingetrokken';

  return (
    <div className="werkbank-escalate">
      {c.escalations.map((e, index) => (
        <EscalationCard
          // The card just made mounts afresh, so it opens with its preview and the message.
          key={`${e.id ?? `index-${String(index)}`}${created === index ? '-new' : ''}`}
          detail={detail}
          index={index}
          escalation={e}
          targets={targets}
          justCreated={created === index}
        />
      ))}
      {caseClosed ? null : creating ? (
        <EscalateForm
          detail={detail}
          onSaved={(index) => {
            setCreating(false);
            setCreated(index);
          }}
          onCancel={() => {
            flushSync(() => setCreating(false));
            opener.current?.focus();
          }}
        />
      ) : (
        <div className="werkbank-actions werkbank-under-table">
          <Button ref={opener} appearance="primary-action-button" aria-expanded={false} onClick={() => setCreating(true)}>
            {t('caseDetail.escalate.open')}
          </Button>
        </div>
      )}
    </div>
  );
}

function EscalationCard({
  detail,
  index,
  escalation: e,
  targets,
  justCreated,
}: {
  detail: CaseDetail;
  index: number;
  escalation: EscalationFile;
  targets: Targets;
  justCreated: boolean;
}) {
  const { t } = useTranslation();
  const c = detail.case;
  const [mode, setMode] = useState<Mode>(justCreated ? 'preview' : 'none');
  const targetName = targets.name(e.target);
  const [notice, setNotice] = useState(() => (justCreated ? t('caseDetail.escalate.done.created', { target: targetName }) : ''));
  const headingRef = useRef<HTMLHeadingElement>(null);
  const transition = useCaseWrite(c.code, (input: ChannelInput<'escalations:transition'>) => api.escalationsTransition(input));
  const idPrefix = `escalatie-${String(index)}`;
  const lastSendBack = [...(e.statusHistory ?? [])].reverse().find((s) => s.to === 'teruggelegd');
  const rules = useCatalogue().data?.rules ?? [];
  const weekbedragArrangement = e.target === 'jeugd_weekbedrag' ? c.arrangements.find((a) => a.id === e.arrangementId) : undefined;

  useEffect(() => {
    if (justCreated) headingRef.current?.focus();
  }, [justCreated]);

  const back = (message: string) => {
    flushSync(() => {
      setMode('none');
      setNotice(message);
    });
    headingRef.current?.focus();
  };

  const go = (to: EscalationStatus, why: string | undefined, after: (d: CaseDetail) => void) => {
    setNotice('');
    transition.mutate({ code: c.code, index, to, ...(why ? { why } : {}) }, { onSuccess: after });
  };

  const submit = () =>
    go('ingediend', undefined, (d) => {
      const stored = d.case.escalations[index];
      const days = targets.entry(e.target)?.deadlineWorkingDays;
      back(
        t('caseDetail.escalate.done.submitted', {
          target: targetName,
          on: formatDate(stored?.submittedOn),
          deadline: formatDate(stored?.deadlineOn),
          count: days ?? 0,
        }),
      );
    });

  // teruggelegd → concept: the dossier is the aanmelder's again, and the form opens on it.
  const complete = () =>
    go('concept', undefined, () => {
      setMode('edit');
    });

  return (
    <section className="werkbank-escalate-card" aria-labelledby={`${idPrefix}-titel`} data-escalation={e.id ?? String(index)}>
      <Heading3 id={`${idPrefix}-titel`} ref={headingRef} tabIndex={-1}>
        {t('caseDetail.escalate.card.title', { target: targetName, id: e.id ?? String(index + 1) })}
        {' · '}
        <span className="werkbank-escalate-status">{t(`escalationStatus.${e.status}`)}</span>
      </Heading3>
      <p role="status" className="werkbank-done">
        {notice}
      </p>
      <ErrorAlert message={transition.error?.message} />
      {e.submittedOn && e.deadlineOn && e.status !== 'concept' ? (
        <Paragraph>{t('caseDetail.escalate.card.term', { on: formatDate(e.submittedOn), deadline: formatDate(e.deadlineOn) })}</Paragraph>
      ) : null}
      {e.status === 'teruggelegd' ? (
        <Paragraph className="werkbank-escalate-sentback">
          {lastSendBack?.why ? t('caseDetail.escalate.card.sentBackWhy', { why: lastSendBack.why }) : t('caseDetail.escalate.card.sentBack')}
        </Paragraph>
      ) : null}

      {mode === 'edit' && e.status === 'concept' && weekbedragArrangement !== undefined ? (
        // §3.5 a hoog-weekbedrag request keeps its own dossier (begeleiding, weekbedrag asked, why the arrangementenmodel does not suffice).
        <WeekbedragRequestForm
          detail={detail}
          arrangement={weekbedragArrangement}
          editing={{ index, escalation: e }}
          submit={false}
          capCents={capInForce(rules, 'jeugd_weekbedrag_plafond', weekbedragArrangement.from)}
          onDone={(message) => {
            flushSync(() => {
              setMode('preview');
              setNotice(message);
            });
            headingRef.current?.focus();
          }}
          onCancel={() => back('')}
        />
      ) : mode === 'edit' && e.status === 'concept' ? (
        <EscalateForm
          detail={detail}
          editing={{ index, escalation: e }}
          onSaved={() => {
            flushSync(() => {
              setMode('preview');
              setNotice(t('caseDetail.escalate.done.saved'));
            });
            headingRef.current?.focus();
          }}
          onCancel={() => back('')}
        />
      ) : null}
      {mode === 'withdraw' && CAN_WITHDRAW.includes(e.status) ? (
        <WithdrawForm
          targetName={targetName}
          busy={transition.isPending}
          onConfirm={(why) => go('ingetrokken', why, () => back(t('caseDetail.escalate.done.withdrawn', { target: targetName })))}
          onCancel={() => back('')}
        />
      ) : null}
      {mode === 'preview' && e.status === 'concept' ? (
        <DossierPreview c={c} index={index} escalation={e} targets={targets} id={`${idPrefix}-voorbeeld`} />
      ) : null}

      {mode !== 'edit' && mode !== 'withdraw' && e.status === 'concept' ? <SharingNotice c={c} target={e.target} act="submit" /> : null}
      {mode !== 'edit' && mode !== 'withdraw' ? (
        <ButtonGroup className="werkbank-escalate-buttons">
          {e.status === 'concept' ? (
            <>
              <Button appearance="primary-action-button" busy={transition.isPending} onClick={() => (transition.isPending ? undefined : submit())}>
                {t('caseDetail.escalate.card.submit', { target: targetName })}
              </Button>
              <Button appearance="secondary-action-button" aria-expanded={mode === 'preview'} onClick={() => setMode(mode === 'preview' ? 'none' : 'preview')}>
                {mode === 'preview' ? t('caseDetail.escalate.card.hidePreview') : t('caseDetail.escalate.card.preview')}
              </Button>
              <Button appearance="secondary-action-button" onClick={() => setMode('edit')}>
                {t('caseDetail.escalate.card.edit')}
              </Button>
            </>
          ) : null}
          {e.status === 'teruggelegd' ? (
            <Button appearance="primary-action-button" busy={transition.isPending} onClick={() => (transition.isPending ? undefined : complete())}>
              {t('caseDetail.escalate.card.complete')}
            </Button>
          ) : null}
          {CAN_WITHDRAW.includes(e.status) ? (
            <Button appearance="subtle-button" onClick={() => setMode('withdraw')}>
              {t('caseDetail.escalate.card.withdraw')}
            </Button>
          ) : null}
        </ButtonGroup>
      ) : null}
      {mode === 'none' ? <DossierFileExport detail={detail} index={index} /> : null}
      {e.statusHistory && e.statusHistory.length > 0 ? <EscalationHistory steps={e.statusHistory} idPrefix={idPrefix} level={4} /> : null}
    </section>
  );
}

const transitionInput = contract['escalations:transition'].input;
/** The transition's own `why`, required: an escalation is never withdrawn without saying why. */
const withdrawSchema = transitionInput.pick({ why: true }).extend({
  why: transitionInput.shape.why.unwrap().trim().min(1, { error: () => i18next.t('caseDetail.escalate.withdraw.whyRequired') }),
});

/** Withdrawing asks why, then once more whether it is meant: it is final. */
function WithdrawForm({ targetName, busy, onConfirm, onCancel }: { targetName: string; busy: boolean; onConfirm: (why: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const form = useForm({ resolver: zodResolver(withdrawSchema), defaultValues: { why: '' } });
  const [why, setWhy] = useState<string | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (why !== null) confirmRef.current?.focus();
    else form.setFocus('why');
  }, [why, form]);
  return (
    <Form form={form} className="werkbank-form werkbank-inline-form" onValid={(v) => setWhy(v.why)} aria-label={t('caseDetail.escalate.withdraw.title', { target: targetName })}>
      <TextAreaField form={form} name="why" label={t('caseDetail.escalate.withdraw.why')} rows={2} required />
      {why === null ? (
        <div className="werkbank-actions">
          <Button type="submit" appearance="secondary-action-button">
            {t('caseDetail.escalate.withdraw.next')}
          </Button>
          <Button type="button" appearance="subtle-button" onClick={onCancel}>
            {t('caseDetail.cancel')}
          </Button>
        </div>
      ) : (
        <div className="werkbank-actions" role="group" aria-label={t('caseDetail.escalate.withdraw.confirm', { target: targetName })}>
          <Paragraph>
            <strong>{t('caseDetail.escalate.withdraw.confirm', { target: targetName })}</strong>
          </Paragraph>
          <Button ref={confirmRef} type="button" appearance="primary-action-button" busy={busy} onClick={() => (busy ? undefined : onConfirm(why))}>
            {t('caseDetail.escalate.withdraw.yes')}
          </Button>
          <Button type="button" appearance="subtle-button" onClick={() => setWhy(null)}>
            {t('caseDetail.escalate.withdraw.no')}
          </Button>
        </div>
      )}
    </Form>
  );
}
