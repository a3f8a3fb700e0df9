/**
 * The one way to write a form: `useForm({ resolver: zodResolver(schema) })` with the channel's input
 * schema, then `<Form form={form} onValid={…}>` with kit fields inside. The form gives each field a
 * stable id (for the labels and the error summary's links) and puts the error summary on top.
 */
import { createContext, useContext, useEffect, useId, useState, type FormHTMLAttributes, type ReactNode } from 'react';
import type { FieldValues, SubmitHandler, UseFormReturn } from 'react-hook-form';
import { ErrorSummary } from './ErrorSummary';
import './form.css';

interface FormIds {
  prefix: string;
  /** Field name → its label as plain text, for the error summary. */
  labels: Map<string, string>;
}

const FormContext = createContext<FormIds | null>(null);

/** The id of a field's control: stable per form and name, so the error summary can link to it. */
export function fieldId(prefix: string, name: string): string {
  return `${prefix}-${name.replaceAll('.', '-')}`;
}

/** This field's control id, and its label registered for the error summary. */
export function useFieldId(name: string, label: string | undefined): string {
  const ctx = useContext(FormContext);
  const own = useId();
  const id = fieldId(ctx?.prefix ?? own, name);
  useEffect(() => {
    if (!ctx || label === undefined) return;
    ctx.labels.set(name, label);
    return () => {
      ctx.labels.delete(name);
    };
  }, [ctx, name, label]);
  return id;
}

export function useFormIds(): FormIds | null {
  return useContext(FormContext);
}

type Props<T extends FieldValues, C, O extends FieldValues> = Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit' | 'noValidate'> & {
  form: UseFormReturn<T, C, O>;
  /** Called with the schema's output (cents, ISO dates) once every field is valid. */
  onValid: SubmitHandler<O>;
  /** The form's own heading (and intro): shown above the error summary, which heads the fields. */
  heading?: ReactNode;
  children: ReactNode;
};

export function Form<T extends FieldValues, C, O extends FieldValues>({ form, onValid, heading, children, ...attributes }: Props<T, C, O>) {
  const prefix = useId();
  const [ids] = useState<FormIds>(() => ({ prefix, labels: new Map() }));
  return (
    <FormContext.Provider value={ids}>
      {/* The browser's own bubbles are off: the fields and the summary say what is wrong, in Dutch. */}
      <form {...attributes} noValidate onSubmit={(e) => void form.handleSubmit(onValid)(e)}>
        {heading}
        <ErrorSummary form={form} />
        {children}
      </form>
    </FormContext.Provider>
  );
}
