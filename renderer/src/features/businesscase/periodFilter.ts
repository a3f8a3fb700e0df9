/**
 * §3.3 the screen's period as form fields: a kind (jaar, tertiaal, kwartaal, periode) and its value
 * (a year and a part, or two days typed dd-mm-jjjj). The schema turns them into the period's text
 * form (2025, 2025-T2, 2025-Q3, 2025-01-01..2025-06-30) that the channels read, and the year the
 * period starts in; a period parsePeriod refuses keeps its Dutch message on the field to correct.
 */
import i18next from 'i18next';
import { z } from 'zod';
import { parsePeriod, PERIOD_KINDS } from '../../../../shared/calc/period';
import { parseDutchDate } from '../../components/form/schema';

export const PERIOD_PARTS = { tertiaal: ['T1', 'T2', 'T3'], quarter: ['Q1', 'Q2', 'Q3', 'Q4'] } as const;

export const periodFields = {
  periodKind: z.enum(PERIOD_KINDS),
  year: z.string(),
  tertiaal: z.enum(PERIOD_PARTS.tertiaal),
  quarter: z.enum(PERIOD_PARTS.quarter),
  from: z.string(),
  to: z.string(),
};
type PeriodFieldValues = { [K in keyof typeof periodFields]: z.infer<(typeof periodFields)[K]> };

/** The defaults for a calendar year (the screen opens on one). */
export function periodDefaults(year: number): PeriodFieldValues {
  return { periodKind: 'year', year: String(year), tertiaal: 'T1', quarter: 'Q1', from: '', to: '' };
}

/** The period text and its start year from the fields; an issue on the field to correct when it cannot be read. */
export function periodFromFields(v: PeriodFieldValues, ctx: z.RefinementCtx): { period: string; year: number } | null {
  let text: string;
  let path: 'year' | 'from' = 'year';
  switch (v.periodKind) {
    case 'year':
      text = v.year;
      break;
    case 'tertiaal':
      text = `${v.year}-${v.tertiaal}`;
      break;
    case 'quarter':
      text = `${v.year}-${v.quarter}`;
      break;
    case 'range': {
      const from = parseDutchDate(v.from);
      const to = parseDutchDate(v.to);
      if (from === null) ctx.addIssue({ code: 'custom', path: ['from'], message: i18next.t('businesscase.period.badDate', { which: i18next.t('businesscase.period.from') }) });
      if (to === null) ctx.addIssue({ code: 'custom', path: ['to'], message: i18next.t('businesscase.period.badDate', { which: i18next.t('businesscase.period.to') }) });
      if (from === null || to === null) return null;
      text = `${from}..${to}`;
      path = 'from';
      break;
    }
    default: {
      const never: never = v.periodKind;
      throw new Error(`unknown period kind ${String(never)}`);
    }
  }
  const parsed = parsePeriod(text);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', path: [path], message: parsed.message });
    return null;
  }
  return { period: text, year: Number(parsed.period.from.slice(0, 4)) };
}
