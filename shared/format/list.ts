/** "A, B en C": a Dutch enumeration, for messages that name several partners or fields. */
const LIST = new Intl.ListFormat('nl', { style: 'long', type: 'conjunction' });

export function formatList(items: readonly string[]): string {
  return LIST.format(items);
}
