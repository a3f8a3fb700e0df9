/**
 * An audit entry's detail (ids, field names, figures) as one line of text, the same on the audit
 * screen and in its CSV export: `from: aangemeld, to: geagendeerd`.
 */
export function auditDetailText(detail: Record<string, unknown>): string {
  return Object.entries(detail)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(', ');
}
