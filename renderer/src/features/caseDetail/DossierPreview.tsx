import { Heading4, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { CaseFile, EscalationFile } from '../../../../shared/interchange';
import type { InboxRow } from '../../../../shared/ipc/channels/escalations';
import { DossierFacts } from '../escalations/DossierFacts';
import type { Targets } from '../escalations/useTargets';

/**
 * The inbox row the target will get for this escalation once it is submitted: the InboxRow type
 * itself, so the preview holds no field the inbox does not (no alias, no name). The dates are
 * blank: submitting sets them, on the server.
 */
function previewRow(c: CaseFile, index: number, e: EscalationFile): InboxRow {
  return {
    code: c.code,
    wijk: c.wijk,
    index,
    id: e.id ?? null,
    target: e.target,
    status: 'ingediend',
    caseStatus: c.status,
    urgency: e.urgency ?? null,
    submittedOn: null,
    deadlineOn: null,
    ageDays: null,
    overdue: false,
    owner: e.owner ?? null,
    question: e.question ?? null,
    tried: e.tried ?? null,
    blockingRule: e.blockingRule ?? null,
    requestedDeviation: e.requestedDeviation ?? null,
    legalBasis: e.legalBasis ?? null,
    requestedBudgetCents: e.requestedBudgetCents ?? null,
    consentChecked: e.consentChecked ?? null,
    arrangementId: e.arrangementId ?? null,
    begeleiding: e.begeleiding ?? null,
    requestedWeeklyCents: e.requestedWeeklyCents ?? null,
    requestedWeeks: e.requestedWeeks ?? null,
    whyNotArrangementenmodel: e.whyNotArrangementenmodel ?? null,
    provider: e.target === 'jeugd_weekbedrag' ? (c.arrangements.find((a) => a.id === e.arrangementId)?.provider ?? null) : null,
    // Not yet decided, so no besluit and no conflict.
    providerConflict: false,
  };
}

/** §2.3 data minimisation made visible: exactly what the escalation target will see, before it is sent. */
export function DossierPreview({ c, index, escalation, targets, id }: { c: CaseFile; index: number; escalation: EscalationFile; targets: Targets; id: string }) {
  const { t } = useTranslation();
  return (
    <section className="werkbank-escalate-preview" aria-labelledby={id}>
      <Heading4 id={id}>{t('caseDetail.escalate.preview.title', { target: targets.name(escalation.target) })}</Heading4>
      <Paragraph className="werkbank-muted">{t('caseDetail.escalate.preview.intro')}</Paragraph>
      <Paragraph>
        <strong>{t('caseDetail.escalate.preview.caseLine', { code: c.code, wijk: c.wijk })}</strong>
      </Paragraph>
      <DossierFacts row={previewRow(c, index, escalation)} targets={targets} />
    </section>
  );
}
