/**
 * Beheer → Reservekopie (issue #11 item 4): the whole store as one encrypted file, made and saved
 * through the platform's saveFile (a download in the browser host), and restored from such a file
 * (BackupRestore.tsx) — the same file as `werkbank backup` / `werkbank restore`. Both show their
 * progress by bytes; the passphrases stay in their forms (no query cache holds them).
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../shared/ipc/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Form, TextField } from '../../components/form';
import { saveFile } from '../../platform/saveFile';
import { BackupProgressBar } from './BackupProgressBar';
import { BackupRestore } from './BackupRestore';
import { downloadBackup, type BackupProgress } from './backupTransfer';
import { sizeText } from './ProgressBar';

type MakeState =
  | { kind: 'idle' }
  | { kind: 'running'; progress: BackupProgress }
  | { kind: 'done'; message: string }
  | { kind: 'failed'; message: string };

export function BackupSection() {
  const { t } = useTranslation();
  return (
    <section className="beheer-section" aria-labelledby="reservekopie-titel" id="reservekopie">
      <Heading2 id="reservekopie-titel" tabIndex={-1}>
        {t('beheer.backup.title')}
      </Heading2>
      <Paragraph>{t('beheer.backup.intro')}</Paragraph>
      <MakeBackup />
      <BackupRestore />
    </section>
  );
}

function MakeBackup() {
  const { t } = useTranslation();
  const [state, setState] = useState<MakeState>({ kind: 'idle' });
  const form = useForm({ resolver: zodResolver(contract['backup:create'].input), defaultValues: { passphrase: '' } });
  const running = state.kind === 'running';

  async function make(passphrase: string) {
    if (running) return;
    const r = await downloadBackup(passphrase, (progress) => setState({ kind: 'running', progress }));
    form.reset({ passphrase: '' });
    if (!r.ok) {
      setState({ kind: 'failed', message: r.error.message });
      form.setFocus('passphrase');
      return;
    }
    const saved = await saveFile(r.value.fileName, 'application/octet-stream', r.value.bytes);
    if (!saved.ok) setState({ kind: 'failed', message: saved.error.message });
    else if (saved.value === 'cancelled') setState({ kind: 'done', message: t('beheer.backup.makeCancelled') });
    else setState({ kind: 'done', message: t('beheer.backup.made', { name: r.value.fileName, size: sizeText(r.value.bytes.length) }) });
  }

  return (
    <div className="beheer-dataset-part">
      <Form
        form={form}
        aria-labelledby="reservekopie-maken-titel"
        className="werkbank-form beheer-form"
        onValid={(v) => void make(v.passphrase)}
        heading={
          <>
            <Heading3 id="reservekopie-maken-titel">{t('beheer.backup.makeTitle')}</Heading3>
            <Paragraph>{t('beheer.backup.makeIntro')}</Paragraph>
          </>
        }
      >
        <TextField form={form} name="passphrase" label={t('beheer.backup.passphrase')} description={t('beheer.backup.passphraseHelp')} type="password" autoComplete="current-password" />
        <ErrorAlert message={state.kind === 'failed' ? state.message : null} />
        <div className="werkbank-actions">
          <Button type="submit" appearance="primary-action-button" busy={running} disabled={running}>
            {t('beheer.backup.make')}
          </Button>
        </div>
        {state.kind === 'running' ? <BackupProgressBar progress={state.progress} /> : null}
        <Paragraph role="status" className="werkbank-done">
          {state.kind === 'done' ? state.message : ''}
        </Paragraph>
      </Form>
    </div>
  );
}
