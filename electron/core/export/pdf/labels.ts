/**
 * The screen's own Dutch strings (renderer/src/i18n/nl.ts is plain data), so a PDF names every
 * figure, spoor and payer exactly as the screen does and cannot drift from it.
 */
import { nl } from '../../../../renderer/src/i18n/nl';

export const NL = nl;

/** i18next-style `{{name}}` placeholders filled in (the screen's interpolation, without i18next). */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => {
    const v = vars[key];
    return v === undefined ? whole : String(v);
  });
}
