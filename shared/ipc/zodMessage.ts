import type { z } from 'zod';

/**
 * Turns a zod error into one readable line naming the path of the first offending field, in the
 * form PRODUCT.md §4 asks for: `cases[3].reference[0].quantity: …`.
 */
function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

export function firstIssueMessage(error: z.ZodError, root = ''): string {
  const issue = error.issues[0];
  if (!issue) return 'ongeldige invoer';
  const path = formatPath(issue.path);
  const where = [root, path].filter((s) => s !== '').join(path.startsWith('[') ? '' : '.');
  return `${where === '' ? '(hoofdniveau)' : where}: ${issue.message}`;
}
