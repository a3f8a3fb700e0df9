import type { Row } from 'write-excel-file/node';

/** One sheet: its name (at most 31 characters, Excel's limit), column widths in characters, rows. */
export interface XlsxSheet {
  sheet: string;
  columns: number[];
  data: Row[];
}
