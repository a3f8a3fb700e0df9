/**
 * Checkboxes and radio buttons with their label beside them. Registered with react-hook-form, so
 * the input keeps its own checked state: a box a person ticks stays ticked from the first frame,
 * whatever the query cache does meanwhile (issue #7, defect 1).
 */
import { Checkbox, Fieldset, FieldsetLegend, FormFieldDescription, FormFieldErrorMessage, FormLabel, RadioButton } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useWatch, type FieldValues, type Path, type PathValue, type RegisterOptions } from 'react-hook-form';
import { useFieldId } from './Form';
import { joinIds, useFieldError, type FieldProps } from './Frame';
import type { Option } from './fields';

/** One checkbox for a boolean field (attendance, the presentation switch, "doorbraak"). */
export function CheckboxRow<T extends FieldValues, C, O extends FieldValues>({
  form,
  name,
  label,
  summaryLabel,
  description,
  className,
  onChange,
}: FieldProps<T, C, O> & { onChange?: RegisterOptions<T>['onChange'] }) {
  const id = useFieldId(name, summaryLabel ?? (typeof label === 'string' ? label : undefined));
  const checked = useWatch({ control: form.control, name }) as PathValue<T, Path<T>> | undefined;
  const descriptionId = `${id}-d`;
  return (
    <div className={className ?? 'werkbank-checkbox'}>
      <Checkbox id={id} aria-describedby={description ? descriptionId : undefined} {...form.register(name, { onChange })} />
      <div>
        <FormLabel htmlFor={id} type="checkbox" checked={checked === true}>
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

interface GroupProps<T extends FieldValues, C, O extends FieldValues> extends FieldProps<T, C, O> {
  options: readonly Option[];
}

/** A fieldset of checkboxes or radio buttons for one field: an array of values, or one value. */
function ChoiceGroup<T extends FieldValues, C, O extends FieldValues>({
  form,
  name,
  label,
  summaryLabel,
  description,
  className,
  options,
  kind,
}: GroupProps<T, C, O> & { kind: 'checkbox' | 'radio' }) {
  const firstId = useFieldId(name, summaryLabel ?? (typeof label === 'string' ? label : undefined));
  const own = useId();
  const error = useFieldError(form, name);
  const descriptionId = `${own}-d`;
  const errorId = `${own}-e`;
  const registration = form.register(name);
  return (
    <Fieldset invalid={error !== undefined} className={className} aria-describedby={joinIds(description ? descriptionId : null, error ? errorId : null)}>
      <FieldsetLegend>{label}</FieldsetLegend>
      {description ? <FormFieldDescription id={descriptionId}>{description}</FormFieldDescription> : null}
      {error ? <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage> : null}
      <div className="werkbank-checkbox-list">
        {options.map((o, i) => {
          // The first choice carries the field's id: the error summary's link and setFocus land there.
          const id = i === 0 ? firstId : `${own}-${String(i)}`;
          return (
            <div key={o.value} className="werkbank-choice werkbank-checkbox">
              {kind === 'checkbox' ? (
                <Checkbox id={id} value={o.value} invalid={error !== undefined} {...registration} />
              ) : (
                <RadioButton id={id} value={o.value} invalid={error !== undefined} {...registration} />
              )}
              <FormLabel htmlFor={id} type={kind}>
                {o.label}
              </FormLabel>
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}

/** Several checkboxes filling one array field (sporen, instruments). */
export function CheckboxGroup<T extends FieldValues, C, O extends FieldValues>(props: GroupProps<T, C, O>) {
  return <ChoiceGroup {...props} kind="checkbox" />;
}

/** Radio buttons for one field (the outcome of a besluit). */
export function RadioGroup<T extends FieldValues, C, O extends FieldValues>(props: GroupProps<T, C, O>) {
  return <ChoiceGroup {...props} kind="radio" />;
}
