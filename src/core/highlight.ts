/**
 * The add-in's highlight, host-neutral: which cells it covers (every row of each overdue complaint,
 * across the tracker), and the always-true rule both hosts write, so either host finds and removes
 * the highlight the other made, and never a user's own rule. Each host formats these its own way.
 */
import type { RowTarget } from './port';
import type { AssessedComplaint, RawSheet, RowRef } from './types';

/** A run of consecutive sheet rows, both ends included (1-based). */
export type RowRun = { first: number; last: number };

/** The marker in every rule the add-in adds; a user's rule will not contain it. */
export const HIGHLIGHT_MARKER = 'complaints-report';

/** Always true, and names the add-in; without the leading `=` (the file format stores it so). */
export const HIGHLIGHT_CONDITION = `AND(TRUE,"${HIGHLIGHT_MARKER}"<>"")`;

/**
 * The highlight colour in the workbook (light gold, RGB hex), not a UI colour: the UI uses Fluent
 * tokens. The tracker's text stays readable on it in light and dark Office themes.
 */
export const HIGHLIGHT_FILL_RGB = 'FFF2CC';

/**
 * True for a rule formula the add-in wrote, with or without `=`. Excel may re-space or re-case a
 * formula, so the match is loose: the quoted marker, in any case.
 */
export function isHighlightFormula(formula: unknown): boolean {
  return typeof formula === 'string' && formula.toLowerCase().includes(`"${HIGHLIGHT_MARKER}"`);
}

/**
 * Groups sheet rows into runs of consecutive rows, in sheet order, so one range (or one rule)
 * covers each run rather than one per row. Duplicates and order do not matter; anything that is
 * not a sheet row (below 1, or not whole) is left out, as no host could address it.
 */
export function groupRowRuns(rows: readonly number[]): RowRun[] {
  const sorted = [...new Set(rows)].filter((row) => Number.isInteger(row) && row >= 1);
  sorted.sort((a, b) => a - b);
  const runs: RowRun[] = [];
  for (const row of sorted) {
    const last = runs[runs.length - 1];
    if (last && row === last.last + 1) last.last = row;
    else runs.push({ first: row, last: row });
  }
  return runs;
}

/** The sheet's columns as a host addresses them: first and last used column (0 = column A). */
export function sheetColumns(sheet: RawSheet): { firstColumn: number; lastColumn: number } {
  const width = sheet.values.reduce((widest, row) => Math.max(widest, row.length), 1);
  return { firstColumn: sheet.firstColumn, lastColumn: sheet.firstColumn + width - 1 };
}

/**
 * The rows to highlight as overdue: one target per sheet that has any, in the sheets' order, rows
 * in sheet order; empty when nothing is overdue.
 */
export function overdueRowTargets(
  sheets: readonly RawSheet[],
  complaints: readonly AssessedComplaint[],
): RowTarget[] {
  const overdue = complaints.filter((c) => c.status === 'openOverdue').flatMap((c) => c.stageRows);
  return rowTargets(sheets, overdue);
}

/** Rows grouped into one target per sheet, across each sheet's columns, in the sheets' order. */
export function rowTargets(sheets: readonly RawSheet[], rows: readonly RowRef[]): RowTarget[] {
  const targets: RowTarget[] = [];
  for (const sheet of sheets) {
    const onSheet = rows.filter((ref) => ref.sheet === sheet.name).map((ref) => ref.row);
    if (onSheet.length === 0) continue;
    targets.push({
      sheet: sheet.name,
      rows: onSheet.sort((a, b) => a - b),
      ...sheetColumns(sheet),
    });
  }
  return targets;
}
