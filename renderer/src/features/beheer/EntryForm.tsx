import { Button, Heading3 } from '@utrecht/component-library-react';
import { useEffect, useId, type ReactNode } from 'react';
import type { FieldValues, Path, SubmitHandler, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Form } from '../../components/form';

interface Props<T extends FieldValues, C, O extends FieldValues> {
  form: UseFormReturn<T, C, O>;
  onValid: SubmitHandler<O>;
  /** "Wijk toevoegen" or "Bloemhof wijzigen". */
  title: string;
  /** The field that gets focus when the form opens. */
  first: Path<T>;
  /** The server's refusal, said above the buttons; nothing was stored. */
  error: string | undefined;
  busy: boolean;
  onCancel: () => void;
  children: ReactNode;
}

/** The frame of every Beheer form: its heading, the kit's form, the refusal and the two buttons. */
export function EntryForm<T extends FieldValues, C, O extends FieldValues>({ form, onValid, title, first, error, busy, onCancel, children }: Props<T, C, O>) {
  const { t } = useTranslation();
  const headingId = useId();
  const { setFocus } = form;
  useEffect(() => {
    setFocus(first);
  }, [setFocus, first]);

  // The server names the field it refuses ("wijk.codePrefix: …"): mark that field and go there.
  const refusal = splitRefusal(error);
  const { setError, getValues } = form;
  useEffect(() => {
    if (refusal?.field === undefined) return;
    const name = refusal.field as Path<T>;
    if (getValues(name) !== undefined) setError(name, { type: 'server', message: refusal.message }, { shouldFocus: true });
  }, [refusal?.field, refusal?.message, setError, getValues]);
  return (
    <Form form={form} className="werkbank-form beheer-form" onValid={onValid} aria-labelledby={headingId} heading={<Heading3 id={headingId}>{title}</Heading3>}>
      {children}
      <ErrorAlert message={refusal?.message} />
      <div className="beheer-actions">
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {t('beheer.save')}
        </Button>
        <Button type="button" appearance="subtle-button" onClick={onCancel}>
          {t('beheer.cancel')}
        </Button>
      </div>
    </Form>
  );
}

/** "wijk.name: wijk 'bloemhof' heet al …" → field "name" and the message; other refusals as they are. */
function splitRefusal(error: string | undefined): { field?: string; message: string } | undefined {
  if (error === undefined) return undefined;
  const match = /^[a-zA-Z]+\.([a-zA-Z0-9.]+): (.+)$/s.exec(error);
  return match?.[1] !== undefined && match[2] !== undefined ? { field: match[1], message: match[2] } : { message: error };
}
