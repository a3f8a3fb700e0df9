/**
 * The label, description and error around one control, wired together by ids (WCAG 1.3.1, 3.3.1,
 * 3.3.2). The error is the field's own react-hook-form error: the schema's message, or one the
 * caller set with `form.setError` (a refusal from the server that names this field).
 */
import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { get, useFormState, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { useFieldId } from './Form';

export interface FieldProps<T extends FieldValues, C, O extends FieldValues> {
  form: UseFormReturn<T, C, O>;
  name: Path<T>;
  label: ReactNode;
  /** The label as plain text for the error summary, when `label` is not a plain string. */
  summaryLabel?: string;
  description?: ReactNode;
  className?: string;
}

/** What every labelled control needs: its id, whether it is invalid, and what describes it. */
export interface Control {
  id: string;
  invalid: boolean;
  describedBy: string | undefined;
}

export function joinIds(...ids: (string | false | null | undefined)[]): string | undefined {
  const list = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return list.length > 0 ? list.join(' ') : undefined;
}

/** The field's error message (its own or under a nested name such as "aanmelder.name"). */
export function useFieldError<T extends FieldValues, C, O extends FieldValues>(form: UseFormReturn<T, C, O>, name: Path<T>): string | undefined {
  const { errors } = useFormState({ control: form.control, name });
  const entry: unknown = get(errors, name);
  const message = typeof entry === 'object' && entry !== null && 'message' in entry ? entry.message : undefined;
  return typeof message === 'string' && message !== '' ? message : undefined;
}

export function Frame<T extends FieldValues, C, O extends FieldValues>({
  form,
  name,
  label,
  summaryLabel,
  description,
  className,
  children,
}: FieldProps<T, C, O> & { children: (control: Control) => ReactNode }) {
  const id = useFieldId(name, summaryLabel ?? (typeof label === 'string' ? label : undefined));
  const error = useFieldError(form, name);
  const descriptionId = `${id}-d`;
  const errorId = `${id}-e`;
  const control = { id, invalid: error !== undefined, describedBy: joinIds(description ? descriptionId : null, error ? errorId : null) };
  return (
    <FormField invalid={control.invalid} className={['werkbank-field', className].filter(Boolean).join(' ')}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      {description ? (
        <FormFieldDescription id={descriptionId} className="utrecht-form-field__description">
          {description}
        </FormFieldDescription>
      ) : null}
      {error ? (
        <FormFieldErrorMessage id={errorId} className="utrecht-form-field__error-message">
          {error}
        </FormFieldErrorMessage>
      ) : null}
      <div className="utrecht-form-field__input">{children(control)}</div>
    </FormField>
  );
}
