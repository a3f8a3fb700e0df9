import {
  Button,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Heading3,
  OrderedList,
  OrderedListItem,
  Paragraph,
} from '@utrecht/component-library-react';
import { differenceInCalendarDays, parseISO } from 'date-fns';
import { useRef, useState, type ReactNode, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EscalationStatus } from '../../../../shared/domain/enums';
import { formatDate } from '../../../../shared/format/date';
import { formatEuro } from '../../../../shared/format/money';
import type { BesluitFile, EscalationFile } from '../../../../shared/interchange';
import type { InboxRow } from '../../../../shared/ipc/channels/escalations';
import type { ChannelInput } from '../../../../shared/ipc/contract';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { besluitFieldLabelKey, BesluitForm } from './BesluitForm';
import { useCaseDetail } from '../../api/queries';
import { SendBackForm } from './SendBackForm';
import { besluitFieldError, useEscalationWrite } from './useEscalationWrite';
import type { Targets } from './useTargets';

export const DOSSIER_PANEL_ID = 'escalatie-dossier';

type Mode = 'none' | 'sendBack' | 'decide';

/**
 * The full dossier of the selected escalation (§2.3: only what the target needs — never the
 * resident's name or alias), its besluit and history, and what the PRIO adviser can do next in its
 * status: ingediend → take it or send it back; in behandeling → record the besluit (or send it
 * back); besluit → close it. Refusals show the server's Dutch message.
 */
export function DossierPanel({
  row,
  targets,
  headingRef,
  onClose,
  onDone,
}: {
  row: InboxRow;
  targets: Targets;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onClose: () => void;
  onDone: (row: InboxRow, to: EscalationStatus) => void;
}) {
  const { t } = useTranslation();
  const detail = useCaseDetail(row.code);
  const escalation: EscalationFile | undefined = detail.data?.case.escalations[row.index];
  const target = targets.entry(row.target);
  const targetName = targets.name(row.target);

  return (
    <section id={DOSSIER_PANEL_ID} className="werkbank-esc-dossier" aria-labelledby={`${DOSSIER_PANEL_ID}-titel`}>
      <div className="werkbank-esc-dossier-head">
        <div>
          <Heading2 id={`${DOSSIER_PANEL_ID}-titel`} ref={headingRef} tabIndex={-1}>
            {t('escalations.dossier.title', { code: row.code })}
          </Heading2>
          <Paragraph lead className="werkbank-esc-dossier-sub">
            {t('escalations.dossier.subtitle', { target: targetName, status: t(`escalationStatus.${row.status}`) })}
          </Paragraph>
        </div>
        <ButtonGroup>
          <Link to={`/casussen/${row.code}`} className="utrecht-link werkbank-esc-dossier-caselink">
            {t('escalations.dossier.openCase', { code: row.code })}
          </Link>
          <Button appearance="secondary-action-button" onClick={onClose}>
            {t('escalations.dossier.close')}
          </Button>
        </ButtonGroup>
      </div>

      <div className="werkbank-esc-dossier-grid">
        <DataList className="werkbank-esc-dossier-facts">
          <Item label={t('escalations.dossier.target')}>
            {target ? t('escalations.dossier.targetTerm', { name: targetName, count: target.deadlineWorkingDays }) : targetName}
          </Item>
          <Item label={t('escalations.dossier.caseStatus')}>{t(`status.${row.caseStatus}`)}</Item>
          <Item label={t('escalations.dossier.urgency')}>{row.urgency ? t(`urgency.${row.urgency}`) : <NotFilled />}</Item>
          <Item label={t('escalations.dossier.owner')}>{row.owner ?? <NotFilled />}</Item>
          <Item label={t('escalations.dossier.submittedOn')}>{formatDate(row.submittedOn)}</Item>
          <Item label={t('escalations.dossier.deadlineOn')}>
            {row.overdue && row.deadlineOn ? (
              <span className="werkbank-esc-late">
                {t('escalations.dossier.lateBy', { date: formatDate(row.deadlineOn), count: daysLate(row.deadlineOn) })}
              </span>
            ) : (
              formatDate(row.deadlineOn)
            )}
          </Item>
          <Item label={t('escalations.dossier.ageLabel')}>
            {row.ageDays === null ? '—' : t('escalations.dossier.age', { count: row.ageDays })}
          </Item>
          {row.arrangementId ? <Item label={t('escalations.dossier.arrangement')}>{row.arrangementId}</Item> : null}
        </DataList>
        <DataList className="werkbank-esc-dossier-content">
          <Item label={t('escalations.dossier.question')} multiline>
            {row.question ?? <NotFilled />}
          </Item>
          <Item label={t('escalations.dossier.tried')} multiline>
            {row.tried ?? <NotFilled />}
          </Item>
          <Item label={t('escalations.dossier.blockingRule')} multiline>
            {row.blockingRule ?? <NotFilled />}
          </Item>
          <Item label={t('escalations.dossier.requestedDeviation')} multiline>
            {row.requestedDeviation ?? <NotFilled />}
          </Item>
          <Item label={t('escalations.dossier.legalBasis')} multiline>
            {row.legalBasis ?? <NotFilled />}
          </Item>
          <Item label={t('escalations.dossier.consentChecked')}>
            {row.consentChecked === null ? <NotFilled /> : row.consentChecked ? t('escalations.dossier.yes') : t('escalations.dossier.no')}
          </Item>
          <Item label={t('escalations.dossier.requestedBudget')}>
            {row.requestedBudgetCents === null ? <NotFilled /> : formatEuro(row.requestedBudgetCents)}
          </Item>
        </DataList>
      </div>

      {detail.isPending ? <Paragraph role="status">{t('escalations.dossier.loadingCase')}</Paragraph> : null}
      <ErrorAlert message={detail.error?.message} />
      {escalation?.besluit ? <BesluitView besluit={escalation.besluit} /> : null}
      {escalation?.statusHistory && escalation.statusHistory.length > 0 ? <History steps={escalation.statusHistory} /> : null}

      <Actions row={row} onDone={onDone} />
    </section>
  );
}

function Item({ label, multiline, children }: { label: string; multiline?: boolean; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue multiline={multiline}>{children}</DataListValue>
    </DataListItem>
  );
}

function NotFilled() {
  const { t } = useTranslation();
  return <span className="werkbank-muted">{t('escalations.dossier.notFilled')}</span>;
}

/** Whole days from the deadline to today (local calendar), for "te laat, N dagen over de termijn". */
function daysLate(deadlineOn: string): number {
  return Math.max(0, differenceInCalendarDays(new Date(), parseISO(deadlineOn)));
}

function BesluitView({ besluit }: { besluit: BesluitFile }) {
  const { t } = useTranslation();
  return (
    <section className="werkbank-esc-dossier-besluit" aria-labelledby={`${DOSSIER_PANEL_ID}-besluit`}>
      <Heading3 id={`${DOSSIER_PANEL_ID}-besluit`}>{t('escalations.dossier.besluitTitle')}</Heading3>
      <DataList>
        <Item label={t('escalations.besluit.outcome')}>
          <strong>{t(`outcome.${besluit.outcome}`)}</strong>
        </Item>
        <Item label={t('escalations.besluit.instruments')}>
          {besluit.instruments && besluit.instruments.length > 0 ? besluit.instruments.map((i) => t(`instrument.${i}`)).join(', ') : '—'}
        </Item>
        {besluit.maatwerkbudgetCents !== undefined ? (
          <Item label={t('escalations.besluit.maatwerkbudget')}>
            {formatEuro(besluit.maatwerkbudgetCents)}
            {besluit.payer ? ` (${t(`payer.${besluit.payer}`)})` : ''}
          </Item>
        ) : null}
        {besluit.approvedWeeklyCents !== undefined ? (
          <Item label={t('escalations.besluit.approvedWeekly')}>{formatEuro(besluit.approvedWeeklyCents)}</Item>
        ) : null}
        {besluit.reviewOn ? <Item label={t('escalations.besluit.reviewOn')}>{formatDate(besluit.reviewOn)}</Item> : null}
        {besluit.validUntil ? <Item label={t('escalations.besluit.validUntil')}>{formatDate(besluit.validUntil)}</Item> : null}
        {besluit.motivation ? (
          <Item label={t('escalations.besluit.motivation')} multiline>
            {besluit.motivation}
          </Item>
        ) : null}
        <Item label={t('escalations.besluit.decidedBy')}>{besluit.decidedBy ?? '—'}</Item>
        <Item label={t('escalations.besluit.decidedOn')}>{formatDate(besluit.decidedOn)}</Item>
      </DataList>
    </section>
  );
}

function History({ steps }: { steps: NonNullable<EscalationFile['statusHistory']> }) {
  const { t } = useTranslation();
  return (
    <section className="werkbank-esc-dossier-history" aria-labelledby={`${DOSSIER_PANEL_ID}-verloop`}>
      <Heading3 id={`${DOSSIER_PANEL_ID}-verloop`}>{t('escalations.dossier.historyTitle')}</Heading3>
      <OrderedList>
        {steps.map((s, i) => (
          <OrderedListItem key={`${s.at}-${String(i)}`}>
            <span className="werkbank-esc-nowrap">{formatDate(s.at)}</span>{' '}
            {s.from === null
              ? t('escalations.dossier.historyCreated', { to: t(`escalationStatus.${s.to}`) })
              : t('escalations.dossier.historyStep', { from: t(`escalationStatus.${s.from}`), to: t(`escalationStatus.${s.to}`) })}
            {s.by ? ` ${t('escalations.dossier.historyBy', { by: s.by })}` : ''}
            {s.why ? <span className="werkbank-esc-history-why">: {s.why}</span> : null}
          </OrderedListItem>
        ))}
      </OrderedList>
    </section>
  );
}

/** The next steps of the §2.3 state machine that belong to the escalation target. */
function Actions({ row, onDone }: { row: InboxRow; onDone: (row: InboxRow, to: EscalationStatus) => void }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>('none');
  const [error, setError] = useState<string | null>(null);
  const sendBackButton = useRef<HTMLButtonElement>(null);
  const decideButton = useRef<HTMLButtonElement>(null);
  const actionsHeading = useRef<HTMLHeadingElement>(null);
  const transition = useEscalationWrite((input: ChannelInput<'escalations:transition'>) => api.escalationsTransition(input));
  const decide = useEscalationWrite((input: ChannelInput<'escalations:decide'>) => api.escalationsDecide(input));
  const busy = transition.isPending || decide.isPending;

  const run = (write: () => Promise<unknown>, to: EscalationStatus) => {
    if (busy) return;
    setError(null);
    // mutateAsync, not per-call callbacks: the panel may re-render with the new status first.
    write().then(
      () => {
        setMode('none');
        onDone(row, to);
      },
      (e: unknown) => {
        // The screen has caught up meanwhile (the write refreshes also on refusal), so the button
        // pressed may be gone: keep the keyboard in the section, under the message.
        flushSync(() => setError(e instanceof Error ? e.message : t('errors.generic')));
        if (mode === 'none') actionsHeading.current?.focus();
      },
    );
  };
  const go = (to: EscalationStatus, why?: string) =>
    run(() => transition.mutateAsync({ code: row.code, index: row.index, to, ...(why ? { why } : {}) }), to);
  // Buttons stay enabled while saving (a disabled button drops the keyboard focus); run() ignores a second press.
  /** A cancelled form gives focus back to the button that opened it. */
  const cancel = () => {
    const opener = mode === 'decide' ? decideButton : sendBackButton;
    flushSync(() => {
      setMode('none');
      setError(null);
    });
    opener.current?.focus();
  };

  const fieldError = besluitFieldError(decide.error);
  const labelKey = fieldError ? besluitFieldLabelKey(fieldError.field) : undefined;
  const shownError =
    error !== null && fieldError && labelKey && mode === 'decide'
      ? t('escalations.decide.fieldMessage', { label: t(labelKey), message: fieldError.message })
      : error;

  const canSendBack = row.status === 'ingediend' || row.status === 'in_behandeling';
  const hasActions = canSendBack || row.status === 'besluit';

  return (
    <section className="werkbank-esc-dossier-actions" aria-labelledby={`${DOSSIER_PANEL_ID}-acties`}>
      <Heading3 id={`${DOSSIER_PANEL_ID}-acties`} ref={actionsHeading} tabIndex={-1}>
        {t('escalations.actions.title')}
      </Heading3>
      <ErrorAlert message={shownError} />
      {row.status === 'teruggelegd' ? <Paragraph>{t('escalations.dossier.withAanmelder')}</Paragraph> : null}
      {!hasActions && row.status !== 'teruggelegd' ? <Paragraph>{t('escalations.dossier.closedNote')}</Paragraph> : null}
      {hasActions && mode === 'none' ? (
        <ButtonGroup>
          {row.status === 'ingediend' ? (
            <Button appearance="primary-action-button" busy={busy} onClick={() => go('in_behandeling')}>
              {t('escalations.actions.take')}
            </Button>
          ) : null}
          {row.status === 'in_behandeling' ? (
            <Button ref={decideButton} appearance="primary-action-button" onClick={() => setMode('decide')}>
              {t('escalations.actions.decide')}
            </Button>
          ) : null}
          {row.status === 'besluit' ? (
            <Button appearance="primary-action-button" busy={busy} onClick={() => go('afgerond')}>
              {t('escalations.actions.close')}
            </Button>
          ) : null}
          {canSendBack ? (
            <Button ref={sendBackButton} appearance="secondary-action-button" onClick={() => setMode('sendBack')}>
              {t('escalations.actions.sendBack')}
            </Button>
          ) : null}
        </ButtonGroup>
      ) : null}
      {mode === 'sendBack' && canSendBack ? (
        <SendBackForm busy={busy} onSubmit={(why) => go('teruggelegd', why)} onCancel={cancel} />
      ) : null}
      {mode === 'decide' && row.status === 'in_behandeling' ? (
        <BesluitForm
          row={row}
          busy={busy}
          serverError={error !== null ? fieldError : null}
          onSubmit={(besluit) => run(() => decide.mutateAsync({ code: row.code, index: row.index, besluit }), 'besluit')}
          onCancel={cancel}
        />
      ) : null}
    </section>
  );
}
