/**
 * What the workbench's sheet view shows, worked out without React: which sheet rows to render (a
 * 100,000-row tracker cannot all go into the DOM) and cell text as Excel would display it.
 */
import { partsOfDay } from '../core/dates';
import { findHeader } from '../core/mapping';
import { parseDate } from '../core/parse/parseDate';
import type { CellValue, Field, RawSheet } from '../core/types';

/** One line of the sheet view: a sheet row (`index` into `RawSheet.values`, null if empty) or a gap. */
export type SheetLine =
  { kind: 'row'; row: number; index: number | null } | { kind: 'gap'; from: number; to: number };

/** How many sheet rows from the top the view renders. */
export const FIRST_ROWS = 200;

/** How many highlighted or selected rows below the first ones the view adds, at most. */
export const MAX_EXTRA_ROWS = 1000;

const DATE_FIELDS: readonly Field[] = ['received', 'closed', 'due'];

/**
 * The sheet rows to render: rows 1 to `limit` (empty ones too, as Excel shows them), then every
 * targeted row below them, so a selected row far down the tracker can still be shown and scrolled
 * to. Runs of rows left out become gap lines that say which rows they stand for.
 */
export function planSheetView(
  rowNumbers: readonly number[],
  targeted: ReadonlySet<number>,
  limit: number = FIRST_ROWS,
): SheetLine[] {
  const indexOf = new Map<number, number>();
  rowNumbers.forEach((row, index) => indexOf.set(row, index));
  // A loop, not Math.max(...rows): a spread of a few hundred thousand arguments overflows the stack.
  let lastRow = 0;
  for (const row of rowNumbers) if (row > lastRow) lastRow = row;
  const shown: number[] = [];
  for (let row = 1; row <= Math.min(limit, lastRow); row += 1) shown.push(row);
  const extra = [...targeted]
    .filter((row) => Number.isInteger(row) && row > limit && row <= lastRow)
    .sort((a, b) => a - b)
    .slice(0, MAX_EXTRA_ROWS);
  shown.push(...extra);

  const lines: SheetLine[] = [];
  let previous = 0;
  for (const row of shown) {
    if (row > previous + 1) lines.push({ kind: 'gap', from: previous + 1, to: row - 1 });
    lines.push({ kind: 'row', row, index: indexOf.get(row) ?? null });
    previous = row;
  }
  if (lastRow > previous) lines.push({ kind: 'gap', from: previous + 1, to: lastRow });
  return lines;
}

/**
 * The value-array columns that hold dates (received, closed, due), found the way the engine finds
 * them, so the view can show serial numbers as dates the way Excel's cell format would.
 */
export function findDateColumns(sheet: RawSheet): ReadonlySet<number> {
  const header = findHeader(sheet);
  if (header === null) return new Set();
  return new Set(
    DATE_FIELDS.flatMap((field) => {
      const column = header.columns[field];
      return column === undefined ? [] : [column];
    }),
  );
}

/** A cell as Excel shows it: dates in date columns as dd/mm/yyyy, booleans as TRUE/FALSE. */
export function formatCell(
  value: CellValue | undefined,
  isDate: boolean,
  date1904: boolean,
): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  // The .xlsx reader hands over a formula saved without its result as UNCALCULATED.
  if (typeof value === 'object' && !(value instanceof Date)) return '(not calculated)';
  if (value instanceof Date || (isDate && typeof value === 'number')) {
    const parsed = parseDate(value, date1904);
    if (parsed.ok && parsed.value !== null) {
      const { year, month, day } = partsOfDay(parsed.value);
      return `${pad(day)}/${pad(month)}/${year}`;
    }
  }
  return String(value);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A line of the picture: a sheet row with its cells as shown, or rows left out. */
export type PictureLine =
  { kind: 'row'; row: number; cells: string[] } | { kind: 'gap'; from: number; to: number };

/**
 * What the sheet view draws, as plain text: small enough to cross from the worker that holds
 * the file (a few hundred rows, never the whole sheet), so the page never parses the sheet.
 */
export type SheetPicture = {
  name: string;
  /** The first column's index (0 = A), for the column letters. */
  firstColumn: number;
  /** Columns drawn: the widest row's. */
  width: number;
  lines: PictureLine[];
};

/** The sheet's picture with `targeted` rows (highlighted or selected) drawn as well. */
export function pictureSheet(sheet: RawSheet, targeted: ReadonlySet<number>): SheetPicture {
  const dateColumns = findDateColumns(sheet);
  let width = 0;
  for (const row of sheet.values) width = Math.max(width, row.length);
  const lines = planSheetView(sheet.rowNumbers, targeted).map((line): PictureLine => {
    if (line.kind === 'gap') return line;
    const values = line.index === null ? [] : sheet.values[line.index];
    const cells = Array.from({ length: width }, (_, c) =>
      formatCell(values[c], dateColumns.has(c), sheet.date1904),
    );
    return { kind: 'row', row: line.row, cells };
  });
  return { name: sheet.name, firstColumn: sheet.firstColumn, width, lines };
}
