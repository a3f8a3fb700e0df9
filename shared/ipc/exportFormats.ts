/**
 * The export formats and views the app offers, in one place: the exports:file channel, the export
 * button and electron/core/export all read this list, so a new format (PDF) is one line here.
 */
export const EXPORT_FORMATS = ['json', 'csv', 'xlsx', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The views a screen exports (the dataset has its own channel: it is a tree, not a view). */
export const SCREEN_EXPORTS = ['businesscase', 'indicators', 'register'] as const;
export type ScreenExport = (typeof SCREEN_EXPORTS)[number];
