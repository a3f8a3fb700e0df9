/**
 * A control inside a table cell or a row of buttons (an action's status, an intervention's status,
 * an agenda item's minutes): its own label — usually visually hidden, because the row already says
 * what it is about — and its error right after it, but no Frame around it, so the row keeps its
 * height. Registered with react-hook-form like every kit field: what a person chose or typed stays
 * until the form is reset with what is stored.
 */
import { Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import type { KeyboardEventHandler, ReactNode } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { useFieldId } from './Form';
import { joinIds, useFieldError } from './Frame';
import type { Effects, Option } from './fields';

interface InlineProps<T extends FieldValues, C, O extends FieldValues> {
  form: UseFormReturn<T, C, O>;
  name: Path<T>;
  label: ReactNode;
  /** The label as plain text for the error summary, when `label` is not a plain string. */
  summaryLabel?: string;
  /** Read out, not shown: the column or the row around the control says it already. */
  hideLabel?: boolean;
  className?: string;
  effects?: Effects<T>;
}

/** The control's id, its message when the field is wrong, and what every inline control spreads. */
function useInline<T extends FieldValues, C, O extends FieldValues>({ form, name, label, summaryLabel, className, effects }: InlineProps<T, C, O>) {
  const id = useFieldId(name, summaryLabel ?? (typeof label === 'string' ? label : undefined));
  const error = useFieldError(form, name);
  const errorId = `${id}-e`;
  const control = {
    id,
    className,
    invalid: error !== undefined,
    'aria-invalid': error !== undefined || undefined,
    'aria-describedby': joinIds(error ? errorId : null),
    ...form.register(name, effects),
  };
  return { id, error, errorId, control };
}

function InlineLabel({ id, hide, children }: { id: string; hide: boolean | undefined; children: ReactNode }) {
  return (
    <label htmlFor={id} className={hide ? 'werkbank-visually-hidden' : undefined}>
      {children}
    </label>
  );
}

function InlineError({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <span id={id} className="werkbank-inline-error">
      {error}
    </span>
  ) : null;
}

export function InlineSelect<T extends FieldValues, C, O extends FieldValues>(props: InlineProps<T, C, O> & { options: readonly Option[] }) {
  const { label, hideLabel, options } = props;
  const c = useInline(props);
  return (
    <>
      <InlineLabel id={c.id} hide={hideLabel}>
        {label}
      </InlineLabel>
      <Select {...c.control}>
        {options.map((o) => (
          <SelectOption key={o.value} value={o.value}>
            {o.label}
          </SelectOption>
        ))}
      </Select>
      <InlineError id={c.errorId} error={c.error} />
    </>
  );
}

export function InlineTextField<T extends FieldValues, C, O extends FieldValues>(
  props: InlineProps<T, C, O> & {
    type?: 'text' | 'number';
    inputMode?: 'text' | 'numeric' | 'decimal';
    min?: number;
    max?: number;
    step?: number;
    /** For a field saved on Enter rather than by a submit button. */
    onKeyDown?: KeyboardEventHandler<HTMLInputElement>;
  },
) {
  const { label, hideLabel, type, inputMode, min, max, step, onKeyDown } = props;
  const c = useInline(props);
  return (
    <>
      <InlineLabel id={c.id} hide={hideLabel}>
        {label}
      </InlineLabel>
      <Textbox type={type} inputMode={inputMode} autoComplete="off" min={min} max={max} step={step} onKeyDown={onKeyDown} {...c.control} />
      <InlineError id={c.errorId} error={c.error} />
    </>
  );
}
