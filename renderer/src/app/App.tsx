import { Alert, Document, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { CreateStoreScreen } from './CreateStoreScreen';
import { Shell } from './Shell';
import { UnlockScreen } from './UnlockScreen';
import { useSession } from './useSession';

/** Nothing but the passphrase screens is shown until the store is open. */
export function App() {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <Document className="rotterdam-theme werkbank">
      {session.isPending ? (
        <main className="werkbank-centered">
          <Paragraph role="status">{t('session.loading')}</Paragraph>
        </main>
      ) : session.isError ? (
        <main className="werkbank-centered">
          <Alert type="error" role="alert">
            <Paragraph>{session.error.message}</Paragraph>
          </Alert>
        </main>
      ) : session.data.state === 'nieuw' ? (
        <CreateStoreScreen status={session.data} />
      ) : session.data.state === 'vergrendeld' ? (
        <UnlockScreen status={session.data} />
      ) : (
        <Shell status={session.data} />
      )}
    </Document>
  );
}
