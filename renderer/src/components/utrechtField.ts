import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';

/**
 * react-hook-form's register() gives a `ref` for the input; Utrecht's FormField* components take
 * it as `inputRef` (their own ref is the wrapper div). This keeps that wiring in one place.
 */
export function utrechtField<T extends FieldValues>(form: UseFormReturn<T>, name: Path<T>) {
  const { ref, ...rest } = form.register(name);
  const message = form.formState.errors[name]?.message;
  const errorMessage = typeof message === 'string' ? message : undefined;
  return { ...rest, inputRef: ref, invalid: errorMessage !== undefined, errorMessage };
}
