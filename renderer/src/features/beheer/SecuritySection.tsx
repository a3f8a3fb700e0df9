/**
 * Beheer → Beveiliging (issue #11 item 1): change the passphrase (re-wraps the database key; the
 * file is not rewritten), rotate the database key (re-encrypts the file), and — in the desktop app —
 * unlock with the computer account (OsUnlockSection.tsx). Both prove the
 * passphrase first on the server; the passphrases never enter the query cache.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { contract, type ChannelInput } from '../../../../shared/ipc/contract';
import { api, unwrap } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SESSION_KEY, useSession } from '../../app/useSession';
import { Form, quantityText, TextField } from '../../components/form';
import { OsUnlockSection } from './OsUnlockSection';

export function SecuritySection() {
  const { t } = useTranslation();
  return (
    <section className="beheer-section" aria-labelledby="beveiliging-titel" id="beveiliging">
      <Heading2 id="beveiliging-titel" tabIndex={-1}>
        {t('beheer.security.title')}
      </Heading2>
      <Paragraph>{t('beheer.security.intro')}</Paragraph>
      <AutoLock />
      <ChangePassphrase />
      <Rekey />
      <OsUnlockSection />
    </section>
  );
}

const autoLockSchema = z.object({ minutes: quantityText(contract['session:setAutoLock'].input.shape.minutes, { required: 'beheer.security.autoLockRequired' }) });

/** The idle minutes before the store locks itself; the session answers with its new status. */
function AutoLock() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const session = useSession();
  const [done, setDone] = useState('');
  const current = session.data?.autoLockMinutes ?? 10;
  const form = useForm({ resolver: zodResolver(autoLockSchema), values: { minutes: String(current) } });
  const save = useMutation({
    mutationFn: (minutes: number) => unwrap(api.sessionSetAutoLock({ minutes })),
    onSuccess: (status) => queryClient.setQueryData(SESSION_KEY, status),
  });
  return (
    <Form
      form={form}
      aria-labelledby="autolock-titel"
      className="werkbank-form beheer-form"
      onValid={(v) => {
        if (save.isPending) return;
        setDone('');
        save.mutate(v.minutes, { onSuccess: (status) => setDone(t('beheer.security.autoLockSaved', { count: status.autoLockMinutes })) });
      }}
      heading={<Heading3 id="autolock-titel">{t('beheer.security.autoLockTitle')}</Heading3>}
    >
      <TextField form={form} name="minutes" label={t('beheer.security.autoLockMinutes')} description={t('beheer.security.autoLockHelp')} inputMode="numeric" size={4} />
      <ErrorAlert message={save.error?.message} />
      <div className="werkbank-actions">
        <Button type="submit" appearance="secondary-action-button" busy={save.isPending} disabled={save.isPending}>
          {t('beheer.security.autoLockSave')}
        </Button>
      </div>
      <Paragraph role="status" className="werkbank-done">
        {done}
      </Paragraph>
    </Form>
  );
}

type Change = ChannelInput<'session:changePassphrase'>;

function ChangePassphrase() {
  const { t } = useTranslation();
  const [done, setDone] = useState('');
  const form = useForm<Change>({ resolver: zodResolver(contract['session:changePassphrase'].input), defaultValues: { current: '', next: '', confirmation: '' } });
  const change = useMutation({ mutationFn: (v: Change) => unwrap(api.sessionChangePassphrase(v)) });
  return (
    <Form
      form={form}
      aria-labelledby="wachtwoordzin-titel"
      className="werkbank-form beheer-form"
      onValid={(v) => {
        if (change.isPending) return;
        setDone('');
        change.mutate(v, {
          onSuccess: () => {
            form.reset({ current: '', next: '', confirmation: '' });
            setDone(t('beheer.security.changed'));
          },
        });
      }}
      heading={<Heading3 id="wachtwoordzin-titel">{t('beheer.security.passphraseTitle')}</Heading3>}
    >
      <Paragraph>{t('beheer.security.passphraseIntro')}</Paragraph>
      <TextField form={form} name="current" label={t('beheer.security.current')} type="password" autoComplete="current-password" />
      <TextField form={form} name="next" label={t('beheer.security.next')} description={t('beheer.security.nextHelp')} type="password" autoComplete="new-password" />
      <TextField form={form} name="confirmation" label={t('beheer.security.confirmation')} type="password" autoComplete="new-password" />
      <ErrorAlert message={change.error?.message} />
      <div className="werkbank-actions">
        <Button type="submit" appearance="primary-action-button" busy={change.isPending} disabled={change.isPending}>
          {change.isPending ? t('beheer.security.changing') : t('beheer.security.change')}
        </Button>
      </div>
      <Paragraph role="status" className="werkbank-done">
        {done}
      </Paragraph>
    </Form>
  );
}

type RekeyInput = ChannelInput<'session:rekey'>;

function Rekey() {
  const { t } = useTranslation();
  const [done, setDone] = useState('');
  const form = useForm<RekeyInput>({ resolver: zodResolver(contract['session:rekey'].input), defaultValues: { passphrase: '' } });
  const rekey = useMutation({ mutationFn: (v: RekeyInput) => unwrap(api.sessionRekey(v)) });
  return (
    <Form
      form={form}
      aria-labelledby="sleutel-titel"
      className="werkbank-form beheer-form"
      onValid={(v) => {
        if (rekey.isPending) return;
        setDone('');
        rekey.mutate(v, {
          onSuccess: () => {
            form.reset({ passphrase: '' });
            setDone(t('beheer.security.rekeyed'));
          },
        });
      }}
      heading={<Heading3 id="sleutel-titel">{t('beheer.security.rekeyTitle')}</Heading3>}
    >
      <Paragraph>{t('beheer.security.rekeyIntro')}</Paragraph>
      <TextField form={form} name="passphrase" label={t('beheer.security.rekeyPassphrase')} type="password" autoComplete="current-password" />
      <ErrorAlert message={rekey.error?.message} />
      <div className="werkbank-actions">
        <Button type="submit" appearance="secondary-action-button" busy={rekey.isPending} disabled={rekey.isPending}>
          {rekey.isPending ? t('beheer.security.rekeying') : t('beheer.security.rekey')}
        </Button>
      </div>
      <Paragraph role="status" className="werkbank-done">
        {done}
      </Paragraph>
    </Form>
  );
}
