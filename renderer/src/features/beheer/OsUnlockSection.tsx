/**
 * Beheer → Beveiliging, "Ontgrendelen met uw computeraccount" (issue #11 item 1): the store's keys
 * also kept in the OS keychain. Only the desktop app has one, so the browser host says that it is
 * only available there; where the keychain cannot be used (none, or Linux without a keyring) it
 * says why. Turning it on asks the passphrase, so a person who merely finds the app open cannot.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { OsUnlockStatus } from '../../../../shared/ipc/channels/session';
import { contract, type ChannelInput } from '../../../../shared/ipc/contract';
import { api, unwrap } from '../../api';
import { useOsUnlockStatus } from '../../api/queries';
import { queryKeys } from '../../api/queryKeys';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Form, TextField } from '../../components/form';

type EnableInput = ChannelInput<'session:enableOsUnlock'>;

export function OsUnlockSection() {
  const { t } = useTranslation();
  const status = useOsUnlockStatus();
  const queryClient = useQueryClient();
  const [done, setDone] = useState('');
  const form = useForm<EnableInput>({ resolver: zodResolver(contract['session:enableOsUnlock'].input), defaultValues: { passphrase: '' } });
  const settle = (next: OsUnlockStatus) => queryClient.setQueryData(queryKeys.osUnlock, next);
  const enable = useMutation({ mutationFn: (v: EnableInput) => unwrap(api.sessionEnableOsUnlock(v)), onSuccess: settle });
  const disable = useMutation({ mutationFn: () => unwrap(api.sessionDisableOsUnlock({})), onSuccess: settle });
  const s = status.data;
  if (!s) return null;

  const heading = <Heading3 id="osunlock-titel">{t('beheer.security.osUnlockTitle')}</Heading3>;
  if (s.unavailable === 'notDesktop') {
    return (
      <section className="werkbank-form beheer-form" aria-labelledby="osunlock-titel">
        {heading}
        <Paragraph>{t('beheer.security.osUnlockDesktopOnly')}</Paragraph>
      </section>
    );
  }
  const result = (
    <Paragraph role="status" className="werkbank-done">
      {done}
    </Paragraph>
  );
  if (s.enabled || s.unavailable !== null) {
    return (
      <section className="werkbank-form beheer-form" aria-labelledby="osunlock-titel">
        {heading}
        <Paragraph>{t('beheer.security.osUnlockIntro')}</Paragraph>
        {s.unavailable === 'noKeychain' && <Paragraph>{t('beheer.security.osUnlockNoKeychain')}</Paragraph>}
        {s.unavailable === 'basicText' && <Paragraph>{t('beheer.security.osUnlockBasicText')}</Paragraph>}
        <Paragraph>{t(s.enabled ? 'beheer.security.osUnlockOn' : 'beheer.security.osUnlockOff')}</Paragraph>
        <ErrorAlert message={disable.error?.message} />
        {s.enabled && (
          <div className="werkbank-actions">
            <Button
              type="button"
              appearance="secondary-action-button"
              busy={disable.isPending}
              disabled={disable.isPending}
              onClick={() => {
                setDone('');
                disable.mutate(undefined, { onSuccess: () => setDone(t('beheer.security.osUnlockDisabled')) });
              }}
            >
              {t('beheer.security.osUnlockDisable')}
            </Button>
          </div>
        )}
        {result}
      </section>
    );
  }
  return (
    <Form
      form={form}
      aria-labelledby="osunlock-titel"
      className="werkbank-form beheer-form"
      onValid={(v) => {
        if (enable.isPending) return;
        setDone('');
        enable.mutate(v, {
          onSuccess: () => {
            form.reset({ passphrase: '' });
            setDone(t('beheer.security.osUnlockEnabled'));
          },
        });
      }}
      heading={heading}
    >
      <Paragraph>{t('beheer.security.osUnlockIntro')}</Paragraph>
      <Paragraph>{t('beheer.security.osUnlockRisk')}</Paragraph>
      <Paragraph>{t('beheer.security.osUnlockOff')}</Paragraph>
      <TextField form={form} name="passphrase" label={t('beheer.security.osUnlockPassphrase')} type="password" autoComplete="current-password" />
      <ErrorAlert message={enable.error?.message} />
      <div className="werkbank-actions">
        <Button type="submit" appearance="secondary-action-button" busy={enable.isPending} disabled={enable.isPending}>
          {enable.isPending ? t('beheer.security.osUnlockEnabling') : t('beheer.security.osUnlockEnable')}
        </Button>
      </div>
      {result}
    </Form>
  );
}
