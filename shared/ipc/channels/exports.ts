/**
 * Issue #10 item 1: a screen's view as a file (businesscase, indicators, register), made by the
 * same code as `werkbank export` (electron/core/export/exportFile.ts) and answered as base64 so a
 * binary XLSX crosses IPC and the browser host alike. The screen saves it with
 * renderer/src/platform/saveFile.ts. `pseudonymised` has no default here: the export button sends
 * it, ticked by default (PRODUCT.md §5, evaluator exports are pseudonymised by default).
 */
import { z } from 'zod';
import { BUSINESSCASE_VIEWS, SPOREN } from '../../domain/enums';
import { identifier, shortText } from '../../interchange';
import { defineChannel } from '../defineChannel';
import { EXPORT_FORMATS, SCREEN_EXPORTS } from '../exportFormats';
import { reportPeriod, reportYear } from '../figures';

const ExportFileQuery = z.strictObject({
  what: z.enum(SCREEN_EXPORTS),
  format: z.enum(EXPORT_FORMATS, { error: `Kies een formaat: ${EXPORT_FORMATS.join(', ')}.` }),
  /** The screen's year; the register ignores it unless registerOnlyYear. */
  year: reportYear,
  /** §3.3 the screen's period when it is not the calendar year `year` (2025-T2 …); wins over year. */
  period: reportPeriod.optional(),
  /** §3.8 the businesscase screen's view; cohort when absent. */
  view: z.enum(BUSINESSCASE_VIEWS).optional(),
  wijk: shortText.optional(),
  /** The businesscase screen's own filters (§3.3); the other views have none. */
  spoor: z.enum(SPOREN).optional(),
  tafel: identifier.optional(),
  onlyVastgesteld: z.boolean().optional(),
  /** The register screen's "deze periode": only arrangements starting in the period (or `year`). */
  registerOnlyYear: z.boolean().optional(),
  pseudonymised: z.boolean(),
});

export const exportsChannels = {
  'exports:file': defineChannel(
    ExportFileQuery,
    z.object({ fileName: z.string(), mimeType: z.string(), base64: z.base64() }),
  ),
} as const;
