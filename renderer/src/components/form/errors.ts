import type { FieldErrors } from 'react-hook-form';

export interface Found {
  name: string;
  message: string;
  type: unknown;
}

/** Every message in react-hook-form's nested errors, with the dotted name of its field, in field order. */
export function flattenErrors(errors: FieldErrors, base = ''): Found[] {
  const found: Found[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (value === undefined || value === null || typeof value !== 'object') continue;
    const name = base === '' ? key : `${base}.${key}`;
    const { message, type } = value as { message?: unknown; type?: unknown };
    // A leaf has a type; never walk into its `ref` (a DOM element) looking for more.
    if (typeof type === 'string') {
      if (typeof message === 'string' && message !== '') found.push({ name, message, type });
    } else found.push(...flattenErrors(value as FieldErrors, name));
  }
  return found;
}
