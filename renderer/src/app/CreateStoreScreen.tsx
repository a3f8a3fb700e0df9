import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE_LENGTH, type SessionStatus } from '../../../shared/ipc/channels/session';
import { contract } from '../../../shared/ipc/contract';
import { api, unwrap } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { Form, TextField } from '../components/form';
import { PassphraseLayout } from './PassphraseLayout';
import { SESSION_KEY } from './useSession';

const schema = contract['session:create'].input;

/** First start: the person chooses the passphrase that will encrypt the store. */
export function CreateStoreScreen({ status }: { status: SessionStatus }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { passphrase: '', confirmation: '' } });
  const create = useMutation({
    mutationFn: (values: { passphrase: string; confirmation: string }) => unwrap(api.sessionCreate(values)),
    onSuccess: (next) => queryClient.setQueryData(SESSION_KEY, next),
  });
  return (
    <PassphraseLayout title={t('session.createTitle')} intro={t('session.createIntro', { min: MIN_PASSPHRASE_LENGTH })}>
      <Form form={form} onValid={(v) => create.mutate(v)}>
        <ErrorAlert message={create.error?.message} />
        <TextField form={form} name="passphrase" label={t('session.passphrase')} type="password" autoComplete="new-password" />
        <TextField form={form} name="confirmation" label={t('session.confirmation')} type="password" autoComplete="new-password" />
        <Button type="submit" appearance="primary-action-button" busy={create.isPending} disabled={create.isPending}>
          {create.isPending ? t('session.creating') : t('session.create')}
        </Button>
        <Paragraph small className="werkbank-muted">
          {t('app.storeLabel', { path: status.storeLabel })}
        </Paragraph>
      </Form>
    </PassphraseLayout>
  );
}
