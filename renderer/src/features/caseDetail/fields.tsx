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

/** What every labelled control needs: its id, whether it is invalid, and what describes it. */
interface Control {
  id: string;
  invalid: boolean;
  describedBy: string | undefined;
}

/** The label, description and error around one control, wired together by ids. */
function Frame({ label, description, error, className, children }: Omit<Common, 'required'> & { children: (control: Control) => ReactNode }) {
  const id = useId();
  const descriptionId = `${id}-d`;
  const errorId = `${id}-e`;
  const control = { id, invalid: Boolean(error), describedBy: describedBy({ [descriptionId]: description, [errorId]: error }) };
  return (
    <FormField invalid={control.invalid} className={className}>
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

export function TextField({
  value,
  onChange,
  inputMode,
  autoComplete,
  inputRef,
  size,
  required,
  ...frame
}: Common & {
  value: string;
  onChange: (value: string) => void;
  inputMode?: 'text' | 'numeric' | 'decimal';
  autoComplete?: string;
  inputRef?: Ref<HTMLInputElement>;
  size?: number;
}) {
  return (
    <Frame {...frame}>
      {(c) => (
        <Textbox
          id={c.id}
          ref={inputRef}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          inputMode={inputMode}
          autoComplete={autoComplete ?? 'off'}
          invalid={c.invalid}
          required={required}
          size={size}
          aria-describedby={c.describedBy}
        />
      )}
    </Frame>
  );
}

export function TextAreaField({
  value,
  onChange,
  rows = 3,
  inputRef,
  required,
  ...frame
}: Common & { value: string; onChange: (value: string) => void; rows?: number; inputRef?: Ref<HTMLTextAreaElement> }) {
  return (
    <Frame {...frame}>
      {(c) => (
        <Textarea
          id={c.id}
          ref={inputRef}
          rows={rows}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          invalid={c.invalid}
          required={required}
          aria-describedby={c.describedBy}
        />
      )}
    </Frame>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField({
  value,
  onChange,
  options,
  inputRef,
  required,
  ...frame
}: Common & { value: string; onChange: (value: string) => void; options: readonly Option[]; inputRef?: Ref<HTMLSelectElement> }) {
  return (
    <Frame {...frame}>
      {(c) => (
        <Select
          id={c.id}
          ref={inputRef}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          invalid={c.invalid}
          required={required}
          aria-describedby={c.describedBy}
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
