import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../shared/ipc/contract';
import type { SessionStatus } from '../../../shared/ipc/channels/session';
import { api, unwrap } from '../api';
import { useOsUnlockStatus } from '../api/queries';
import { ErrorAlert } from '../components/ErrorAlert';
import { formatMoment } from '../format/moment';
import { Form, TextField } from '../components/form';
import { PassphraseLayout } from './PassphraseLayout';
import { SESSION_KEY } from './useSession';

const schema = contract['session:unlock'].input;

export function UnlockScreen({ status }: { status: SessionStatus }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { passphrase: '' } });
  const unlock = useMutation({
    mutationFn: (values: { passphrase: string }) => unwrap(api.sessionUnlock(values)),
    onSuccess: (next) => queryClient.setQueryData(SESSION_KEY, next),
    onError: () => form.setFocus('passphrase'),
  });
  return (
    <PassphraseLayout title={t('session.unlockTitle')} intro={t('session.unlockIntro')}>
      {status.restored ? (
        // Just after Beheer → Reservekopie replaced the store: which passphrase now, and where the old store went.
        <Alert type="info" role="status">
          <Paragraph>{t('session.restored', { madeAt: formatMoment(status.restored.madeAt), keptAs: status.restored.keptAs })}</Paragraph>
        </Alert>
      ) : null}
      <Form form={form} onValid={(v) => unlock.mutate(v)}>
        <ErrorAlert message={unlock.error?.message} />
        <TextField form={form} name="passphrase" label={t('session.passphrase')} type="password" autoComplete="current-password" />
        <Button type="submit" appearance="primary-action-button" busy={unlock.isPending} disabled={unlock.isPending}>
          {unlock.isPending ? t('session.unlocking') : t('session.unlock')}
        </Button>
        <Paragraph small className="werkbank-muted">
          {t('session.autoLockNote', { minutes: status.autoLockMinutes })}
        </Paragraph>
      </Form>
      <OsUnlockButton />
    </PassphraseLayout>
  );
}

/**
 * Issue #11 item 1: where Beheer turned on "unlock with this computer account" and the OS keychain
 * can be used (desktop app only), a second way in beside the passphrase.
 */
function OsUnlockButton() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const status = useOsUnlockStatus();
  const unlock = useMutation({
    mutationFn: () => unwrap(api.sessionUnlockWithOs({})),
    onSuccess: (next) => queryClient.setQueryData(SESSION_KEY, next),
  });
  if (!status.data?.enabled || status.data.unavailable !== null) return null;
  return (
    <div className="werkbank-os-unlock">
      <Paragraph>{t('session.osUnlockOr')}</Paragraph>
      <ErrorAlert message={unlock.error?.message} />
      <Button type="button" appearance="secondary-action-button" busy={unlock.isPending} disabled={unlock.isPending} onClick={() => unlock.mutate()}>
        {unlock.isPending ? t('session.osUnlocking') : t('session.osUnlock')}
      </Button>
    </div>
  );
}
