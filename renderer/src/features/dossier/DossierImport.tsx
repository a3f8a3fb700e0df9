/**
 * Issue #9 item 5: a dossier file from another werkbank into this one, from the Escalaties page —
 * the PRIO adviser's start, where a received escalation then shows in the inbox, and where the
 * aanmelder imports the answer. The same checks as `werkbank dossier import` (channel
 * dossier:import): a wrong passphrase, a changed or truncated file, an answer for a case this store
 * did not send are refused with its Dutch message, and nothing changes. The file is read with the
 * dataset import's reader; the passphrase stays in this form only (no react-query cache holds it)
 * and is cleared after every try.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { Button, FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Heading2, Paragraph } from '@utrecht/component-library-react';
import i18next from 'i18next';
import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { DOSSIER_MAX_BYTES } from '../../../../shared/ipc/channels/dossier';
import { contract, type ChannelOutput } from '../../../../shared/ipc/contract';
import { api, unwrap } from '../../api';
import { allButSession } from '../../api/queryKeys';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Form, TextField } from '../../components/form';
import { useFieldId } from '../../components/form/Form';
import { useFieldError } from '../../components/form/Frame';
import { formatQuantity } from '../../format/numbers';
import { base64Of } from '../beheer/uploadDataset';
import './dossier.css';

type Outcome = ChannelOutput<'dossier:import'>;
type State = { kind: 'closed' } | { kind: 'open' } | { kind: 'busy' } | { kind: 'failed'; message: string };

const MAX_MB = DOSSIER_MAX_BYTES / 1024 / 1024;
const importInput = contract['dossier:import'].input;

/** The channel's own passphrase rule, and the chosen file checked before a byte is sent. */
const importSchema = importInput.pick({ passphrase: true }).extend({
  file: z
    .custom<File | null>((v) => v instanceof File, { error: () => i18next.t('dossier.import.noFile') })
    // Only a chosen file can be empty or too large; no file at all is the message above.
    .refine((f) => f === null || f.size > 0, { error: () => i18next.t('dossier.import.emptyFile') })
    .refine((f) => f === null || f.size <= DOSSIER_MAX_BYTES, { error: () => i18next.t('dossier.import.tooLarge', { max: MAX_MB }) }),
});

const sizeText = (bytes: number) => (bytes < 1000 ? `${formatQuantity(bytes)} bytes` : `${formatQuantity(Math.round(bytes / 1000))} kB`);

export function DossierImport() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [state, setState] = useState<State>({ kind: 'closed' });
  const [done, setDone] = useState<Outcome | null>(null);
  const [dragging, setDragging] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const result = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const form = useForm({ resolver: zodResolver(importSchema), defaultValues: { passphrase: '', file: null } });
  const chosen = form.watch('file');
  const busy = state.kind === 'busy';

  const choose = (file: File | null) => form.setValue('file', file, { shouldValidate: form.formState.submitCount > 0 });

  const close = (focus: 'opener' | 'result') => {
    form.reset();
    flushSync(() => setState({ kind: 'closed' }));
    (focus === 'result' ? result.current : opener.current)?.focus();
  };

  const run = async ({ file, passphrase }: { file: File | null; passphrase: string }) => {
    if (busy || file === null) return;
    setState({ kind: 'busy' });
    setDone(null);
    let base64: string;
    try {
      base64 = await base64Of(file);
    } catch {
      setState({ kind: 'failed', message: t('dossier.import.readFailed') });
      return;
    }
    try {
      const outcome = await unwrap(api.dossierImport({ base64, passphrase }));
      setDone(outcome);
      close('result');
      // A received case, its escalation in the inbox, a merged besluit in the figures: every screen reads again.
      await queryClient.invalidateQueries({ predicate: allButSession });
    } catch (error) {
      // The file stays chosen; the passphrase is typed again (it may be what was wrong).
      form.resetField('passphrase');
      flushSync(() => setState({ kind: 'failed', message: error instanceof Error ? error.message : t('errors.generic') }));
      form.setFocus('passphrase');
    }
  };

  return (
    <div className="werkbank-dossier-import">
      {state.kind === 'closed' ? (
        <Button
          ref={opener}
          appearance="secondary-action-button"
          aria-expanded={false}
          onClick={() => {
            flushSync(() => {
              setDone(null);
              setState({ kind: 'open' });
            });
            heading.current?.focus();
          }}
        >
          {t('dossier.import.open')}
        </Button>
      ) : null}
      <div ref={result} tabIndex={-1} role="status" className="werkbank-dossier-result">
        {done ? <ImportDone outcome={done} /> : null}
      </div>
      {state.kind !== 'closed' ? (
        <section className="werkbank-dossier-panel" aria-labelledby={titleId}>
          <Form
            form={form}
            className="werkbank-form werkbank-dossier-form"
            aria-labelledby={titleId}
            onValid={(v) => void run(v)}
            heading={
              <>
                <Heading2 id={titleId} tabIndex={-1} ref={heading}>
                  {t('dossier.import.title')}
                </Heading2>
                <Paragraph>{t('dossier.import.intro')}</Paragraph>
              </>
            }
          >
            <div
              className={`werkbank-dossier-drop${dragging ? ' werkbank-dossier-drop--active' : ''}`}
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
              <FileField form={form} disabled={busy} chosen={chosen} onChoose={choose} />
            </div>
            <TextField form={form} name="passphrase" label={t('dossier.import.passphrase')} type="password" autoComplete="off" />
            <ErrorAlert message={state.kind === 'failed' ? state.message : null} />
            <div className="werkbank-actions">
              <Button type="submit" appearance="primary-action-button" busy={busy}>
                {busy ? t('dossier.import.busy') : t('dossier.import.submit')}
              </Button>
              <Button type="button" appearance="subtle-button" onClick={() => close('opener')}>
                {t('dossier.import.cancel')}
              </Button>
            </div>
          </Form>
        </section>
      ) : null}
    </div>
  );
}

/**
 * The file as a field of the form (label, help, its own error, linked from the error summary). The
 * native control stays focusable (Tab, then Enter or Space opens the file dialog) and is drawn as a
 * Dutch button beside what was chosen, as the dataset import does.
 */
function FileField({
  form,
  disabled,
  chosen,
  onChoose,
}: {
  form: UseFormReturn<z.input<typeof importSchema>, unknown, z.output<typeof importSchema>>;
  disabled: boolean;
  chosen: File | null;
  onChoose: (file: File | null) => void;
}) {
  const { t } = useTranslation();
  const label = t('dossier.import.file');
  const id = useFieldId('file', label);
  const error = useFieldError(form, 'file');
  const { ref } = form.register('file');
  return (
    <FormField invalid={error !== undefined} className="werkbank-field">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      <FormFieldDescription id={`${id}-d`} className="utrecht-form-field__description">
        {t('dossier.import.fileHelp', { max: MAX_MB })}
      </FormFieldDescription>
      {error ? (
        <FormFieldErrorMessage id={`${id}-e`} className="utrecht-form-field__error-message">
          {error}
        </FormFieldErrorMessage>
      ) : null}
      <div className="utrecht-form-field__input werkbank-dossier-file">
        <input
          ref={ref}
          id={id}
          name="file"
          className="werkbank-visually-hidden werkbank-dossier-file-input"
          type="file"
          aria-invalid={error !== undefined || undefined}
          aria-describedby={[`${id}-d`, error ? `${id}-e` : '', `${id}-gekozen`].filter(Boolean).join(' ')}
          disabled={disabled}
          // The file is the form's value (a File, not the input's FileList), so a dropped file counts the same.
          onChange={(e) => onChoose(e.currentTarget.files?.[0] ?? null)}
        />
        <label htmlFor={id} className="utrecht-button utrecht-button--secondary-action werkbank-dossier-file-button">
          {t('dossier.import.chooseFile')}
        </label>
        <span id={`${id}-gekozen`}>{chosen ? t('dossier.import.chosen', { name: chosen.name, size: sizeText(chosen.size) }) : t('dossier.import.nothingChosen')}</span>
      </div>
    </FormField>
  );
}

function ImportDone({ outcome: o }: { outcome: Outcome }) {
  const { t } = useTranslation();
  const status = t(`escalationStatus.${o.status}`);
  return (
    <Paragraph className="werkbank-dossier-done">
      {t(`dossier.import.done.${o.outcome}`, { code: o.code, id: o.escalationId, status })}
      {o.addedWijk ? ` ${t('dossier.import.done.addedWijk', { wijk: o.addedWijk })}` : ''}{' '}
      <Link to={`/casussen/${o.code}`} className="utrecht-link">
        {t('dossier.import.openCase', { code: o.code })}
      </Link>
    </Paragraph>
  );
}
