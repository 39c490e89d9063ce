/**
 * The header a build found, in the shape the task pane shows and the hosts address: which sheet,
 * which row, what each column was taken to mean, and the columns the tracker spans.
 */
import type { ColumnMapping, HeaderMatch } from './mapping';
import type { RowTarget } from './port';
import { sheetColumns } from './highlight';
import type { RawSheet } from './types';

/** The tracker's header row and what each column was taken to mean. */
export type HeaderMapping = {
  sheet: string;
  /** The sheet's own row number of the header. */
  headerRow: number;
  /** Header cells as text, one per column of the grid read. */
  headers: string[];
  /** Field → index into `headers`, overrides applied. */
  columns: ColumnMapping;
  /** 0-based sheet columns of the first and last column read (0 = column A). */
  firstColumn: number;
  lastColumn: number;
};

/** The mapping of a header found on a sheet. */
export function mappingOf(sheet: RawSheet, header: HeaderMatch): HeaderMapping {
  return {
    sheet: sheet.name,
    headerRow: header.row,
    headers: header.headers,
    columns: header.columns,
    ...sheetColumns(sheet),
  };
}

/** Rows of the tracker across every column the host read: what highlighting and selecting need. */
export function targetOf(mapping: HeaderMapping, rows: number[]): RowTarget {
  return {
    sheet: mapping.sheet,
    rows,
    firstColumn: mapping.firstColumn,
    lastColumn: mapping.lastColumn,
  };
}
