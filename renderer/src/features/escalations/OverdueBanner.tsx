import { useQuery } from '@tanstack/react-query';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { api, unwrap } from '../../api';
import { queryKeys } from '../../api/queryKeys';
import './escalations.css';

const ONE_MINUTE = 60_000;

/**
 * §2.3 "Overdue escalations are visible on every start screen": a calm warning at the top of every
 * screen while submitted escalations are past their deadline, nothing otherwise. It never takes
 * focus and speaks politely (role="status"); it refreshes every minute and after every escalation
 * write (they invalidate queryKeys.escalations). A failed count shows nothing: this is a reminder, the inbox
 * itself reports its own errors.
 */
export function OverdueBanner() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const count = useQuery({
    queryKey: queryKeys.escalations.overdueCount,
    queryFn: () => unwrap(api.escalationsOverdueCount({})),
    refetchInterval: ONE_MINUTE,
  });
  const overdue = count.data?.overdue ?? 0;
  if (overdue === 0) return null;
  const onInbox = pathname === '/escalaties';
  return (
    <Alert type="warning" role="status" className="werkbank-overdue-banner" data-testid="overdue-banner">
      <Paragraph>
        <strong>{t('escalations.banner.text', { count: overdue })}</strong>
        {onInbox ? null : (
          <>
            {' '}
            <Link to="/escalaties" className="utrecht-link">
              {t('escalations.banner.link')}
            </Link>
          </>
        )}
      </Paragraph>
    </Alert>
  );
}
