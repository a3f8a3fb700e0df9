import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, FormFieldTextbox, Paragraph } from '@utrecht/component-library-react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../shared/ipc/contract';
import type { SessionStatus } from '../../../shared/ipc/channels/session';
import { api, unwrap } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { utrechtField } from '../components/utrechtField';
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
      <form noValidate onSubmit={(e) => void form.handleSubmit((v) => unlock.mutate(v))(e)}>
        <ErrorAlert message={unlock.error?.message} />
        <FormFieldTextbox
          label={t('session.passphrase')}
          type="password"
          autoComplete="current-password"
          {...utrechtField(form, 'passphrase')}
        />
        <Button type="submit" appearance="primary-action-button" busy={unlock.isPending} disabled={unlock.isPending}>
          {unlock.isPending ? t('session.unlocking') : t('session.unlock')}
        </Button>
        <Paragraph small className="werkbank-muted">
          {t('session.autoLockNote', { minutes: status.autoLockMinutes })}
        </Paragraph>
      </form>
    </PassphraseLayout>
  );
}
