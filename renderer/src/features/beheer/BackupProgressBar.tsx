/** What a backup on its way is doing, as a bar: by bytes while it travels, busy while the server works on it. */
import { useTranslation } from 'react-i18next';
import type { BackupProgress } from './backupTransfer';
import { ProgressBar, sizeText } from './ProgressBar';

export function BackupProgressBar({ progress }: { progress: BackupProgress }) {
  const { t } = useTranslation();
  switch (progress.phase) {
    case 'making':
      return <ProgressBar label={t('beheer.backup.making')} text={t('beheer.backup.making')} />;
    case 'checking':
      return <ProgressBar label={t('beheer.backup.checking')} text={t('beheer.backup.checking')} />;
    case 'receiving': {
      const text = t('beheer.backup.receiving', { done: sizeText(progress.done), total: sizeText(progress.total) });
      return <ProgressBar label={t('beheer.backup.receivingLabel')} text={text} done={progress.done} total={progress.total} />;
    }
    case 'sending': {
      const text = t('beheer.backup.sending', { done: sizeText(progress.sentBytes), total: sizeText(progress.totalBytes) });
      return <ProgressBar label={t('beheer.backup.sendingLabel')} text={text} done={progress.sentBytes} total={progress.totalBytes} />;
    }
    default: {
      const never: never = progress;
      throw new Error(`unknown phase ${JSON.stringify(never)}`);
    }
  }
}
