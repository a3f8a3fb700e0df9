/**
 * Controlled form fields on the Utrecht components: a visible label, an optional description and
 * an error message, all wired to the input with ids (WCAG 1.3.1, 3.3.1, 3.3.2).
 */
import {
  Checkbox,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useId, type ReactNode, type Ref } from 'react';

interface Common {
  label: ReactNode;
  description?: ReactNode;
  error?: string | null;
  required?: boolean;
  className?: string;
}

function describedBy(ids: Record<string, unknown>): string | undefined {
  const list = Object.entries(ids)
    .filter(([, on]) => Boolean(on))
    .map(([id]) => id);
  return list.length > 0 ? list.join(' ') : undefined;
}

function Parts({ descriptionId, errorId, description, error }: { descriptionId: string; errorId: string; description?: ReactNode; error?: string | null }) {
  return (
    <>
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
    </>
  );
}

export function TextField({
  label,
  description,
  error,
  required,
  className,
  value,
  onChange,
  inputMode,
  autoComplete,
  inputRef,
  size,
}: Common & {
  value: string;
  onChange: (value: string) => void;
  inputMode?: 'text' | 'numeric' | 'decimal';
  autoComplete?: string;
  inputRef?: Ref<HTMLInputElement>;
  size?: number;
}) {
  const id = useId();
  const descriptionId = `${id}-d`;
  const errorId = `${id}-e`;
  return (
    <FormField invalid={Boolean(error)} className={className}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      <Parts descriptionId={descriptionId} errorId={errorId} description={description} error={error} />
      <div className="utrecht-form-field__input">
        <Textbox
          id={id}
          ref={inputRef}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          inputMode={inputMode}
          autoComplete={autoComplete ?? 'off'}
          invalid={Boolean(error)}
          required={required}
          size={size}
          aria-describedby={describedBy({ [descriptionId]: description, [errorId]: error })}
        />
      </div>
    </FormField>
  );
}

export function TextAreaField({
  label,
  description,
  error,
  required,
  className,
  value,
  onChange,
  rows = 3,
  inputRef,
}: Common & { value: string; onChange: (value: string) => void; rows?: number; inputRef?: Ref<HTMLTextAreaElement> }) {
  const id = useId();
  const descriptionId = `${id}-d`;
  const errorId = `${id}-e`;
  return (
    <FormField invalid={Boolean(error)} className={className}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      <Parts descriptionId={descriptionId} errorId={errorId} description={description} error={error} />
      <div className="utrecht-form-field__input">
        <Textarea
          id={id}
          ref={inputRef}
          rows={rows}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          invalid={Boolean(error)}
          required={required}
          aria-describedby={describedBy({ [descriptionId]: description, [errorId]: error })}
        />
      </div>
    </FormField>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField({
  label,
  description,
  error,
  required,
  className,
  value,
  onChange,
  options,
  inputRef,
}: Common & { value: string; onChange: (value: string) => void; options: readonly Option[]; inputRef?: Ref<HTMLSelectElement> }) {
  const id = useId();
  const descriptionId = `${id}-d`;
  const errorId = `${id}-e`;
  return (
    <FormField invalid={Boolean(error)} className={className}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      <Parts descriptionId={descriptionId} errorId={errorId} description={description} error={error} />
      <div className="utrecht-form-field__input">
        <Select
          id={id}
          ref={inputRef}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          invalid={Boolean(error)}
          required={required}
          aria-describedby={describedBy({ [descriptionId]: description, [errorId]: error })}
        >
          {options.map((o) => (
            <SelectOption key={o.value} value={o.value}>
              {o.label}
            </SelectOption>
          ))}
        </Select>
      </div>
    </FormField>
  );
}

export function CheckboxField({
  label,
  description,
  className,
  checked,
  onChange,
  inputRef,
}: Omit<Common, 'error' | 'required'> & { checked: boolean; onChange: (checked: boolean) => void; inputRef?: Ref<HTMLInputElement> }) {
  const id = useId();
  const descriptionId = `${id}-d`;
  return (
    <div className={['werkbank-checkbox', className].filter(Boolean).join(' ')}>
      <Checkbox
        id={id}
        ref={inputRef}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        aria-describedby={description ? descriptionId : undefined}
      />
      <div>
        <FormLabel htmlFor={id} type="checkbox" checked={checked}>
          {label}
        </FormLabel>
        {description ? (
          <FormFieldDescription id={descriptionId} className="werkbank-checkbox-description">
            {description}
          </FormFieldDescription>
        ) : null}
      </div>
    </div>
  );
}
