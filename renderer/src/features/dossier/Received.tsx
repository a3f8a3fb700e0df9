/**
 * Issue #9 item 5: a case this store received through a dossier is a copy of another werkbank's
 * case (electron/core/reports/reportedCases.ts keeps it out of this store's figures). The case
 * screen says so and why; the case list marks the row.
 */
import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/ipc/channels/cases';
import './dossier.css';

export function ReceivedNotice({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  if (!detail.received) return null;
  return (
    <div className="werkbank-received">
      <Paragraph>
        <strong>{t('dossier.received.label')}</strong>
      </Paragraph>
      <Paragraph>{t('dossier.received.body')}</Paragraph>
    </div>
  );
}

/** The case list's mark (the alias never travels, so a received case has none to show). */
export function ReceivedTag() {
  const { t } = useTranslation();
  return <span className="werkbank-received-tag">{t('dossier.received.label')}</span>;
}
