/**
 * Beheer → Reservekopie terugzetten (issue #11 item 4). Three steps, each said on screen:
 *   1. choose the file (button or drop) and type the backup's passphrase; "Controleren" sends it in
 *      chunks (progress by bytes) and has the server check all of it — nothing is replaced yet;
 *   2. what the backup holds (made on, cases, audit entries) and a warning that says the current
 *      store is replaced and kept aside, with an explicit "Ja, vervang …" or "Annuleren";
 *   3. backup:restore: the store is locked and replaced, and the unlock screen (told by the session
 *      status) asks the backup's passphrase.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Heading3, Heading4, Paragraph } from '@utrecht/component-library-react';
import i18next from 'i18next';
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useForm, useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { contract, type ChannelOutput } from '../../../../shared/ipc/contract';
import { api, unwrap } from '../../api';
import { SESSION_KEY } from '../../app/useSession';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Form, TextField } from '../../components/form';
import { useFieldId } from '../../components/form/Form';
import { useFieldError } from '../../components/form/Frame';
import { formatMoment } from '../../format/moment';
import { formatQuantity } from '../../format/numbers';
import { BackupProgressBar } from './BackupProgressBar';
import { uploadAndCheckBackup, type BackupProgress } from './backupTransfer';
import { sizeText } from './ProgressBar';

type Checked = { uploadId: string; contents: ChannelOutput<'backup:inspect'>; fileName: string };
type State =
  | { kind: 'idle' }
  | { kind: 'running'; progress: BackupProgress }
  | { kind: 'failed'; message: string }
  | { kind: 'checked'; checked: Checked; replacing: boolean; message?: string };

/** The channel's own passphrase rule, and the chosen file. */
const checkSchema = contract['backup:inspect'].input.pick({ passphrase: true }).extend({
  file: z
    .custom<File | null>((v) => v instanceof File, { error: () => i18next.t('beheer.backup.noFile') })
    .refine((f) => f === null || f.size > 0, { error: () => i18next.t('beheer.backup.emptyFile') }),
});
type CheckForm = UseFormReturn<z.input<typeof checkSchema>, unknown, z.output<typeof checkSchema>>;

export function BackupRestore() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const summaryHeading = useRef<HTMLHeadingElement>(null);
  const form = useForm({ resolver: zodResolver(checkSchema), defaultValues: { passphrase: '', file: null } });
  const chosen = useWatch({ control: form.control, name: 'file' });
  const busy = state.kind === 'running';

  const choose = (file: File | null) => {
    form.setValue('file', file, { shouldValidate: form.formState.submitCount > 0 });
    if (state.kind === 'checked') void api.backupAbort({ uploadId: state.checked.uploadId });
    setState({ kind: 'idle' });
  };

  async function check({ file, passphrase }: { file: File | null; passphrase: string }) {
    if (busy || file === null) return;
    const r = await uploadAndCheckBackup(file, passphrase, (progress) => setState({ kind: 'running', progress }));
    // The passphrase is typed again for every try: it may be what was wrong, and it stays nowhere.
    form.resetField('passphrase');
    if (!r.ok) {
      flushSync(() => setState({ kind: 'failed', message: r.error.message }));
      form.setFocus('passphrase');
      return;
    }
    flushSync(() => setState({ kind: 'checked', checked: { ...r.value, fileName: file.name }, replacing: false }));
    summaryHeading.current?.focus();
  }

  async function replace(checked: Checked) {
    setState({ kind: 'checked', checked, replacing: true });
    try {
      const r = await unwrap(api.backupRestore({ uploadId: checked.uploadId, confirmed: true }));
      // The store on screen is gone: forget every screen's data; the session status brings up the unlock screen.
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
      queryClient.setQueryData(SESSION_KEY, r.status);
    } catch (error) {
      setState({ kind: 'checked', checked, replacing: false, message: error instanceof Error ? error.message : t('errors.generic') });
    }
  }

  function cancel(checked: Checked) {
    void api.backupAbort({ uploadId: checked.uploadId });
    form.reset({ passphrase: '', file: null });
    setState({ kind: 'idle' });
  }

  return (
    <div className="beheer-dataset-part">
      <Form
        form={form}
        aria-labelledby="reservekopie-terugzetten-titel"
        className="werkbank-form beheer-form"
        onValid={(v) => void check(v)}
        heading={
          <>
            <Heading3 id="reservekopie-terugzetten-titel">{t('beheer.backup.restoreTitle')}</Heading3>
            <Paragraph>{t('beheer.backup.restoreIntro')}</Paragraph>
          </>
        }
      >
        <div
          className={`beheer-dropzone${dragging ? ' beheer-dropzone--active' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            if (!busy) choose(e.dataTransfer.files[0] ?? null);
          }}
        >
          <BackupFileField form={form} disabled={busy} chosen={chosen} onChoose={choose} />
        </div>
        <TextField form={form} name="passphrase" label={t('beheer.backup.restorePassphrase')} description={t('beheer.backup.restorePassphraseHelp')} type="password" autoComplete="off" />
        <ErrorAlert message={state.kind === 'failed' ? state.message : null} />
        <div className="werkbank-actions">
          <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy}>
            {t('beheer.backup.check')}
          </Button>
        </div>
        {state.kind === 'running' ? <BackupProgressBar progress={state.progress} /> : null}
      </Form>
      {state.kind === 'checked' ? (
        <section className="beheer-form beheer-backup-confirm" aria-labelledby="reservekopie-inhoud-titel">
          <Heading4 id="reservekopie-inhoud-titel" tabIndex={-1} ref={summaryHeading}>
            {t('beheer.backup.checkedTitle', { name: state.checked.fileName })}
          </Heading4>
          <Contents contents={state.checked.contents} />
          <Alert type="warning">
            <Paragraph>{t('beheer.backup.replaceWarning', { madeAt: formatMoment(state.checked.contents.madeAt) })}</Paragraph>
          </Alert>
          <ErrorAlert message={state.message} />
          <div className="werkbank-actions">
            <Button appearance="primary-action-button" busy={state.replacing} disabled={state.replacing} onClick={() => void replace(state.checked)}>
              {t('beheer.backup.replace')}
            </Button>
            <Button appearance="subtle-button" disabled={state.replacing} onClick={() => cancel(state.checked)}>
              {t('beheer.backup.cancel')}
            </Button>
          </div>
        </section>
      ) : null}
    </div>
  );
}

function Contents({ contents: c }: { contents: ChannelOutput<'backup:inspect'> }) {
  const { t } = useTranslation();
  return (
    <dl className="beheer-backup-contents">
      <dt>{t('beheer.backup.madeAt')}</dt>
      <dd>{formatMoment(c.madeAt)}</dd>
      <dt>{t('beheer.backup.cases')}</dt>
      <dd>{t('beheer.backup.casesValue', { cases: formatQuantity(c.cases), count: c.signalen })}</dd>
      <dt>{t('beheer.backup.auditEntries')}</dt>
      <dd>{formatQuantity(c.auditEntries)}</dd>
    </dl>
  );
}

/**
 * The file as a field of the form (label, help, its own error, linked from the error summary). The
 * native control stays focusable (Tab, then Enter or Space opens the file dialog), drawn as a Dutch
 * button beside what was chosen, as the dataset and dossier imports do.
 */
function BackupFileField({ form, disabled, chosen, onChoose }: { form: CheckForm; disabled: boolean; chosen: File | null; onChoose: (file: File | null) => void }) {
  const { t } = useTranslation();
  const label = t('beheer.backup.file');
  const id = useFieldId('file', label);
  const error = useFieldError(form, 'file');
  const { ref } = form.register('file');
  return (
    <FormField invalid={error !== undefined} className="werkbank-field">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      <FormFieldDescription id={`${id}-d`} className="utrecht-form-field__description">
        {t('beheer.backup.fileHelp')}
      </FormFieldDescription>
      {error ? (
        <FormFieldErrorMessage id={`${id}-e`} className="utrecht-form-field__error-message">
          {error}
        </FormFieldErrorMessage>
      ) : null}
      <div className="utrecht-form-field__input beheer-file">
        <input
          ref={ref}
          id={id}
          name="file"
          className="werkbank-visually-hidden beheer-file-input"
          type="file"
          accept=".cwbbackup"
          aria-invalid={error !== undefined || undefined}
          aria-describedby={[`${id}-d`, error ? `${id}-e` : '', `${id}-gekozen`].filter(Boolean).join(' ')}
          disabled={disabled}
          onChange={(e) => onChoose(e.currentTarget.files?.[0] ?? null)}
        />
        <label htmlFor={id} className="utrecht-button utrecht-button--secondary-action beheer-file-button">
          {t('beheer.backup.chooseFile')}
        </label>
        <span id={`${id}-gekozen`}>{chosen ? t('beheer.backup.chosen', { name: chosen.name, size: sizeText(chosen.size) }) : t('beheer.backup.nothingChosen')}</span>
      </div>
    </FormField>
  );
}
