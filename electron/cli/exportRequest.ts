import type { ExportRequest } from '../core/export/buildExport';
import type { CliCommand } from './args';

type ExportCommand = Extract<CliCommand, { command: 'export' }>;

/**
 * The request `werkbank export` makes: one function for the export itself and for verify-export's
 * recomputation, so both read the same options the same way. `--as-of` pins the moment (default now).
 */
export function exportRequestOf(command: ExportCommand & { what: ExportRequest['what'] }, now: Date, actor: string): ExportRequest {
  const at = command['as-of'] === undefined ? now : new Date(command['as-of']);
  return {
    what: command.what,
    format: command.format,
    // --period wins; --year is its shorthand for a calendar year (the two together are refused in args.ts).
    year: command.period === undefined ? (command.year ?? at.getFullYear()) : Number(command.period.from.slice(0, 4)),
    period: command.period,
    view: command.view,
    wijk: command.wijk,
    spoor: command.spoor,
    tafel: command.tafel,
    onlyVastgesteld: command['only-vastgesteld'] || undefined,
    registerOnlyYear: command['year-only'] || undefined,
    pseudonymised: command.pseudonymised,
    now: at,
    actor,
  };
}
