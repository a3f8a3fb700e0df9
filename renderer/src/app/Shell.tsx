import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Paragraph, SkipLink } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useEffect, useRef } from 'react';
import { Navigate, NavigationType, NavLink, Route, Routes, useLocation, useNavigationType } from 'react-router';
import type { SessionStatus } from '../../../shared/ipc/channels/session';
import { api, unwrap } from '../api';
import { AuditPage } from '../features/audit/AuditPage';
import { BeheerPage } from '../features/beheer/BeheerPage';
import { BusinesscasePage } from '../features/businesscase/BusinesscasePage';
import { CaseDetailPage } from '../features/caseDetail/CaseDetailPage';
import { NewCasePage } from '../features/caseDetail/NewCasePage';
import { CaseListPage } from '../features/cases/CaseListPage';
import { EscalationInboxPage } from '../features/escalations/EscalationInboxPage';
import { OverdueBanner } from '../features/escalations/OverdueBanner';
import { KengetallenPage } from '../features/kengetallen/KengetallenPage';
import { KnelpuntenPage } from '../features/knelpunten/KnelpuntenPage';
import { MeetingPage } from '../features/tafels/MeetingPage';
import { TafelsPage } from '../features/tafels/TafelsPage';
import { WijkenPage } from '../features/wijken/WijkenPage';
import { SESSION_KEY } from './useSession';

const AREAS = ['casussen', 'tafels', 'escalaties', 'knelpunten', 'wijken', 'businesscase', 'beheer'] as const;

/** The frame around every screen once the store is open: skip link, navigation, lock button. */
export function Shell({ status }: { status: SessionStatus }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const main = useMainFocusOnNavigation();
  const lock = useMutation({
    mutationFn: () => unwrap(api.sessionLock({})),
    onSuccess: (next) => {
      // Forget every cached screen so nothing personal stays in memory behind the lock screen.
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
      queryClient.setQueryData(SESSION_KEY, next);
    },
  });
  return (
    <div className="werkbank-shell">
      <SkipLink
        href="#inhoud"
        onClick={(e) => {
          // The HashRouter would read #inhoud as a route and leave this screen: move focus ourselves.
          e.preventDefault();
          main.current?.focus();
        }}
      >
        {t('app.skipToContent')}
      </SkipLink>
      <header className="werkbank-header">
        <div>
          <Paragraph className="werkbank-brand">{t('app.title')}</Paragraph>
          <Paragraph small className="werkbank-header-sub">
            {t('app.subtitle')}
          </Paragraph>
        </div>
        <Button appearance="secondary-action-button" onClick={() => lock.mutate()} disabled={lock.isPending}>
          {t('app.lock')}
        </Button>
      </header>
      <nav className="werkbank-nav" aria-label={t('app.mainNav')}>
        <ul>
          {AREAS.map((area) => (
            <li key={area}>
              <NavLink to={`/${area}`}>{t(`nav.${area}`)}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="inhoud" ref={main} tabIndex={-1} className="werkbank-main">
        <OverdueBanner />
        <Routes>
          <Route path="/" element={<Navigate to="/casussen" replace />} />
          <Route path="/casussen" element={<CaseListPage />} />
          <Route path="/casussen/nieuw" element={<NewCasePage />} />
          <Route path="/casussen/:code" element={<CaseDetailPage />} />
          <Route path="/tafels" element={<TafelsPage />} />
          <Route path="/tafels/bijeenkomsten/:id" element={<MeetingPage />} />
          <Route path="/escalaties" element={<EscalationInboxPage />} />
          <Route path="/knelpunten" element={<KnelpuntenPage />} />
          <Route path="/businesscase" element={<BusinesscasePage />} />
          <Route path="/wijken" element={<WijkenPage />} />
          <Route path="/beheer/kengetallen" element={<KengetallenPage />} />
          <Route path="/beheer/logboek" element={<AuditPage />} />
          <Route path="/beheer" element={<BeheerPage />} />
          <Route path="*" element={<Navigate to="/casussen" replace />} />
        </Routes>
      </main>
      <footer className="werkbank-footer">
        <Paragraph small>{t('app.storeLabel', { path: status.storeLabel })}</Paragraph>
      </footer>
    </div>
  );
}

/**
 * After moving to another screen, focus goes to the content (as after a page load), so keyboard and
 * screen-reader users start at the new screen instead of on a link that no longer exists.
 */
function useMainFocusOnNavigation() {
  const { pathname } = useLocation();
  const navigationType = useNavigationType();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    // Not on the first screen and not on a redirect (REPLACE, e.g. / → /casussen): only when the person moved.
    if (first.current || navigationType === NavigationType.Replace) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [pathname, navigationType]);
  return main;
}
