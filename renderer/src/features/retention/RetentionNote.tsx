/** The case screen's line about the retention period of a closed case (§5), with the way to Bewaartermijnen. */
import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, localIsoDate } from '../../../../shared/format/date';
import { isRetentionDue } from '../../../../shared/domain/retention';

export function RetentionNote({ retentionUntil }: { retentionUntil: string | undefined }) {
  const { t } = useTranslation();
  if (retentionUntil === undefined) return null;
  const due = isRetentionDue(retentionUntil, localIsoDate(new Date()));
  return (
    <Paragraph>
      {t(due ? 'retention.caseLineDue' : 'retention.caseLine', { date: formatDate(retentionUntil) })}{' '}
      <Link to="/beheer" className="utrecht-link">
        {t('retention.caseLink')}
      </Link>
    </Paragraph>
  );
}
