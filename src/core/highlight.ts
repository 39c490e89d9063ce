/** Which cells the overdue highlight covers: every row of each overdue complaint, across the tracker. */
import type { RowTarget } from './port';
import type { AssessedComplaint, RawSheet } from './types';

/** The sheet's columns as a host addresses them: first and last used column (0 = column A). */
export function sheetColumns(sheet: RawSheet): { firstColumn: number; lastColumn: number } {
  const width = sheet.values.reduce((widest, row) => Math.max(widest, row.length), 1);
  return { firstColumn: sheet.firstColumn, lastColumn: sheet.firstColumn + width - 1 };
}

/** The rows to highlight as overdue, in sheet order; null when nothing is overdue. */
export function overdueRowTarget(sheet: RawSheet, complaints: AssessedComplaint[]): RowTarget | null {
  const rows = complaints
    .filter((c) => c.status === 'openOverdue')
    .flatMap((c) => c.rows)
    .sort((a, b) => a - b);
  if (rows.length === 0) return null;
  return { sheet: sheet.name, rows, ...sheetColumns(sheet) };
}
