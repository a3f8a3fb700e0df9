import { Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EscalationStatus } from '../../../../shared/domain/enums';
import type { AfwegingCriterionFile, EscalationFile } from '../../../../shared/interchange';
import type { InboxRow } from '../../../../shared/ipc/channels/escalations';
import type { ChannelInput } from '../../../../shared/ipc/contract';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { besluitFieldLabelKey, BesluitForm } from './BesluitForm';
import { DossierFileExport } from '../dossier/DossierFileExport';
import { BesluitView } from './BesluitView';
import { DossierFacts } from './DossierFacts';
import { EscalationHistory } from './EscalationHistory';
import { HandlingForm } from './HandlingForm';
import { useCaseDetail, useCatalogue } from '../../api/queries';
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
  const criteria = useCatalogue().data?.afwegingskader;
  const escalation: EscalationFile | undefined = detail.data?.case.escalations[row.index];
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

      <DossierFacts row={row} targets={targets} />

      {detail.isPending ? <Paragraph role="status">{t('escalations.dossier.loadingCase')}</Paragraph> : null}
      <ErrorAlert message={detail.error?.message} />
      {escalation ? <HandlingForm key={row.status} row={row} escalation={escalation} /> : null}
      {escalation?.besluit ? <BesluitView besluit={escalation.besluit} row={row} criteria={criteria ?? []} idPrefix={DOSSIER_PANEL_ID} /> : null}
      {escalation?.statusHistory && escalation.statusHistory.length > 0 ? <EscalationHistory steps={escalation.statusHistory} idPrefix={DOSSIER_PANEL_ID} /> : null}

      <Actions row={row} criteria={criteria} onDone={onDone} />
      {detail.data ? <DossierFileExport detail={detail.data} index={row.index} /> : null}
    </section>
  );
}

/** The next steps of the §2.3 state machine that belong to the escalation target. */
function Actions({
  row,
  criteria,
  onDone,
}: {
  row: InboxRow;
  /** Every criterion of the afwegingskader (undefined while the catalogue loads). */
  criteria: readonly AfwegingCriterionFile[] | undefined;
  onDone: (row: InboxRow, to: EscalationStatus) => void;
}) {
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
      {mode === 'decide' && row.status === 'in_behandeling' && criteria === undefined ? (
        <Paragraph role="status">{t('escalations.decide.loadingCriteria')}</Paragraph>
      ) : null}
      {mode === 'decide' && row.status === 'in_behandeling' && criteria !== undefined ? (
        <BesluitForm
          row={row}
          // The form's rows are made once, from the criteria in use when it opens.
          criteria={criteria.filter((c) => c.active)}
          busy={busy}
          serverError={error !== null ? fieldError : null}
          onSubmit={(besluit) => run(() => decide.mutateAsync({ code: row.code, index: row.index, besluit }), 'besluit')}
          onCancel={cancel}
        />
      ) : null}
    </section>
  );
}
