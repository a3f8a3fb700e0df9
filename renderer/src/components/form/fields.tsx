/**
 * The kit's fields. Each goes through react-hook-form's `register` (the input keeps its own value,
 * so what a person types or ticks is never put back by a re-render), inside the labelled Frame.
 */
import { Select, SelectOption, Textarea, Textbox } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import type { FieldValues, RegisterOptions, UseFormReturn, Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Frame, type FieldProps } from './Frame';

/** react-hook-form options besides validation, which the schema owns (onChange/onBlur side effects). */
export type Effects<T extends FieldValues> = Pick<RegisterOptions<T>, 'onChange' | 'onBlur'>;

interface TextOptions<T extends FieldValues> {
  required?: boolean;
  inputMode?: 'text' | 'numeric' | 'decimal';
  autoComplete?: string;
  type?: 'text' | 'password' | 'number' | 'search';
  size?: number;
  maxLength?: number;
  min?: number;
  max?: number;
  effects?: Effects<T>;
}

function reg<T extends FieldValues, C, O extends FieldValues>(form: UseFormReturn<T, C, O>, name: Path<T>, effects?: Effects<T>) {
  return form.register(name, effects);
}

export function TextField<T extends FieldValues, C, O extends FieldValues>({
  required,
  inputMode,
  autoComplete,
  type,
  size,
  maxLength,
  min,
  max,
  effects,
  ...frame
}: FieldProps<T, C, O> & TextOptions<T>) {
  return (
    <Frame {...frame}>
      {(c) => (
        <Textbox
          id={c.id}
          type={type}
          inputMode={inputMode}
          autoComplete={autoComplete ?? 'off'}
          invalid={c.invalid}
          aria-invalid={c.invalid || undefined}
          required={required}
          size={size}
          maxLength={maxLength}
          min={min}
          max={max}
          aria-describedby={c.describedBy}
          {...reg(frame.form, frame.name, effects)}
        />
      )}
    </Frame>
  );
}

export function TextAreaField<T extends FieldValues, C, O extends FieldValues>({
  rows = 3,
  required,
  maxLength,
  ...frame
}: FieldProps<T, C, O> & { rows?: number; required?: boolean; maxLength?: number }) {
  return (
    <Frame {...frame}>
      {(c) => (
        <Textarea
          id={c.id}
          rows={rows}
          invalid={c.invalid}
          aria-invalid={c.invalid || undefined}
          required={required}
          maxLength={maxLength}
          aria-describedby={c.describedBy}
          {...reg(frame.form, frame.name)}
        />
      )}
    </Frame>
  );
}

/**
 * An amount in euro as a Dutch person types it ("1.234,56"); the schema (`euroText`) turns it into
 * integer cents. Text, not type=number: a number input would read "1.234" as one point two.
 */
export function EuroField<T extends FieldValues, C, O extends FieldValues>({
  description,
  ...props
}: FieldProps<T, C, O> & { required?: boolean; size?: number; description?: ReactNode }) {
  const { t } = useTranslation();
  return <TextField inputMode="decimal" size={12} description={description ?? t('form.euro.hint')} {...props} />;
}

/**
 * A day typed as dd-mm-jjjj; the schema (`dateText`) checks it with date-fns and gives ISO
 * yyyy-mm-dd. Not a native date input: Debian's Chromium shows that as mm/dd/yyyy.
 */
export function DateField<T extends FieldValues, C, O extends FieldValues>({
  description,
  required,
  effects,
  ...frame
}: FieldProps<T, C, O> & { required?: boolean; effects?: Effects<T> }) {
  const { t } = useTranslation();
  return (
    <Frame {...frame} description={description ?? t('form.date.hint')}>
      {(c) => (
        <Textbox
          id={c.id}
          className="werkbank-date-input"
          inputMode="numeric"
          autoComplete="off"
          pattern="\d{1,2}-\d{1,2}-\d{4}"
          size={10}
          maxLength={10}
          invalid={c.invalid}
          aria-invalid={c.invalid || undefined}
          required={required}
          aria-describedby={c.describedBy}
          {...reg(frame.form, frame.name, effects)}
        />
      )}
    </Frame>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField<T extends FieldValues, C, O extends FieldValues>({
  options,
  required,
  effects,
  ...frame
}: FieldProps<T, C, O> & { options: readonly Option[]; required?: boolean; effects?: Effects<T> }) {
  return (
    <Frame {...frame}>
      {(c) => (
        <Select
          id={c.id}
          invalid={c.invalid}
          aria-invalid={c.invalid || undefined}
          required={required}
          aria-describedby={c.describedBy}
          {...reg(frame.form, frame.name, effects)}
        >
          {options.map((o) => (
            <SelectOption key={o.value} value={o.value}>
              {o.label}
            </SelectOption>
          ))}
        </Select>
      )}
    </Frame>
  );
}
