/**
 * Rows to typed records (docs/design.md rules 3, 5, 8–10, 14, 15): blank and "Total" rows set aside,
 * rows without a reference or a real received date excluded as errors, everything else counted
 * (read by `readRow`, with a warning for each cell the engine had to read generously).
 */
import type { HeaderMatch } from './mapping';
import { cellText, normaliseLabel } from './parse/cellText';
import { parseDate } from './parse/parseDate';
import { cellAt, issue, readRow, type RowContext } from './readRow';
import type { CellValue, DayNumber, RawSheet, RowIssue, TrackerRow } from './types';

/** What validation made of the rows below the header. */
export type ValidatedRows = {
  rows: TrackerRow[];
  issues: RowIssue[];
  blank: number;
  summary: number;
  excluded: number;
};

const TOTAL_LABELS = new Set(['total', 'totals', 'grandtotal']);

/**
 * 1 January 1990. A "Total" row often carries its count under Date received, which Excel would read
 * as a serial date in 1900; no complaint in a tracker predates this, so such a row stays a total.
 */
const EARLIEST_PLAUSIBLE = 7305;

/** Validate every row below the header; issues come back in sheet order. */
export function validateRows(sheet: RawSheet, header: HeaderMatch): ValidatedRows {
  const result: ValidatedRows = { rows: [], issues: [], blank: 0, summary: 0, excluded: 0 };
  const { columns } = header;
  const context: RowContext = {
    sheet: sheet.name,
    columns,
    date1904: sheet.date1904,
    issues: result.issues,
  };
  const mapped = Object.values(columns);
  for (let index = header.index + 1; index < sheet.values.length; index += 1) {
    const cells = sheet.values[index] ?? [];
    const rowNumber = sheet.rowNumbers[index];
    if (isBlank(cells, mapped)) {
      result.blank += 1;
      continue;
    }
    const received = parseDate(cellAt(cells, columns.received), sheet.date1904);
    if (
      isTotalRow(cells) &&
      !(received.ok && received.value !== null && received.value >= EARLIEST_PLAUSIBLE)
    ) {
      result.summary += 1;
      result.issues.push(
        issue(
          rowNumber,
          null,
          'summary-row',
          'info',
          `Row ${rowNumber} looks like a total row; it is not counted.`,
        ),
      );
      continue;
    }
    const before = result.issues.length;
    const reference = cellText(cellAt(cells, columns.reference));
    if (reference === '') {
      result.issues.push(
        issue(
          rowNumber,
          'reference',
          'missing-reference',
          'error',
          `Row ${rowNumber} has no reference. Add the complaint reference; until then the row is left out of every figure.`,
        ),
      );
    }
    let receivedDay: DayNumber | null = null;
    if (!received.ok) {
      result.issues.push(
        issue(
          rowNumber,
          'received',
          'invalid-received',
          'error',
          `Row ${rowNumber}: date received '${received.text}' is not a real date. Enter it as a day-first date such as 03/09/2021; until then the row is left out of every figure.`,
        ),
      );
    } else if (received.value === null) {
      result.issues.push(
        issue(
          rowNumber,
          'received',
          'missing-received',
          'error',
          `Row ${rowNumber} has no date received. Add it; until then the row is left out of every figure.`,
        ),
      );
    } else {
      receivedDay = received.value;
    }
    if (result.issues.length > before || receivedDay === null) {
      result.excluded += 1;
      continue;
    }
    result.rows.push(readRow(context, cells, rowNumber, reference, receivedDay));
  }
  return result;
}

/** True when every mapped cell is empty, in the sense of `cellText(cell) === ''`. */
function isBlank(cells: CellValue[], mapped: number[]): boolean {
  for (const column of mapped) {
    const value = cells[column];
    // Only empty text trims to '': a number, boolean or date always has text.
    if (
      value !== null &&
      value !== undefined &&
      (typeof value !== 'string' || value.trim() !== '')
    ) {
      return false;
    }
  }
  return true;
}

/** True when the row's first non-empty cell says "Total"; only text can, so nothing else is read. */
function isTotalRow(cells: CellValue[]): boolean {
  for (let column = 0; column < cells.length; column += 1) {
    // A hole in a sparse row ends the search, as it did when this was `map` then `find`.
    if (!(column in cells)) return false;
    const value = cells[column];
    if (value === null || value === undefined) continue;
    if (typeof value !== 'string') return false;
    const text = value.trim();
    if (text !== '') return TOTAL_LABELS.has(normaliseLabel(text));
  }
  return false;
}
