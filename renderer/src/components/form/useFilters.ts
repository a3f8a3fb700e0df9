/**
 * A filter bar is a kit form whose values are a query: `useFilters(schema, defaults)` gives the form
 * (for `<Form>` and the kit's fields) and the schema's output for the current values, which a screen
 * passes straight to its query. The output follows every change (react-hook-form's `subscribe`: a
 * watch that does not re-render the whole form), so the list refetches as a person picks a filter,
 * without a button; a value the schema refuses keeps the last good query, and the field says what is
 * wrong (mode onChange).
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm, type DefaultValues, type FieldValues } from 'react-hook-form';
import type { z } from 'zod';

export function useFilters<T extends FieldValues, O extends FieldValues>(schema: z.ZodType<O, T>, defaults: T) {
  const form = useForm<T, unknown, O>({ resolver: zodResolver(schema), mode: 'onChange', defaultValues: defaults as DefaultValues<T> });
  const [query, setQuery] = useState<O>(() => schema.parse(defaults));
  useEffect(
    () =>
      // Watches the values without re-rendering the form on each keystroke; returns the unsubscribe.
      form.subscribe({
        formState: { values: true },
        callback: ({ values }) => {
          const parsed = schema.safeParse(values);
          if (parsed.success) setQuery(parsed.data);
        },
      }),
    [form, schema],
  );
  return { form, query, setQuery };
}
