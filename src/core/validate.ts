/**
 * Rows to typed records (docs/design.md rules 3, 5, 8–10, 14, 15): blank and totals rows set aside,
 * rows without a reference or a real received date excluded as errors, everything else counted
 * (read by `readRow`, with a warning for each cell the engine had to read generously).
 */
import { cellProblem, type CellProblem } from './cellProblems';
import { excerpt } from './excerpt';
import { FIELD_LABELS, FIELDS } from './fields';
import type { HeaderMatch } from './mapping';
import { cellText, normaliseLabel } from './parse/cellText';
import { parseTrackerDate, trackerDayOfSerial } from './parse/parseTrackerDate';
import { afterAsOf, cellAt, issue, readRow, type RowContext } from './readRow';
import type { CellValue, DayNumber, Field, RawSheet, RowIssue, TrackerRow } from './types';

/** What validation made of the rows below the header. */
export type ValidatedRows = {
  rows: TrackerRow[];
  issues: RowIssue[];
  /** Blank rows counted one by one, the rows a host left out (between rows it handed over) included. */
  blank: number;
  summary: number;
  excluded: number;
};

/** Totals labels (docs/design.md rule 3), normalised: matched whole, so "Totally" is not one. */
const TOTAL_LABELS = new Set(['total', 'totals', 'grandtotal', 'totalcomplaints']);

/** The first character of every totals label (lower case). */
const TOTAL_INITIALS = new Set([...TOTAL_LABELS].map((label) => label.charCodeAt(0)));

/**
 * False when the text cannot normalise to a totals label because its first ASCII letter or digit
 * (which `normaliseLabel` keeps first, lowered) begins none of them: a reference in the first
 * column, on every row, is then never normalised. Text beyond ASCII is left to `normaliseLabel`.
 */
function mayBeTotalLabel(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 0x80) return true;
    const lower = code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
    if ((lower >= 0x61 && lower <= 0x7a) || (lower >= 0x30 && lower <= 0x39)) {
      return TOTAL_INITIALS.has(lower);
    }
  }
  return false;
}

/** Hidden row numbers a note lists before "…". */
const HIDDEN_LISTED = 10;

/**
 * Validate every row below the header; issues come back in sheet order. `asOf` is the report's
 * as-of date: a received or response date after it is a warning (null: not checked).
 */
export function validateRows(
  sheet: RawSheet,
  header: HeaderMatch,
  asOf: DayNumber | null = null,
): ValidatedRows {
  const result: ValidatedRows = { rows: [], issues: [], blank: 0, summary: 0, excluded: 0 };
  const { columns } = header;
  const context: RowContext = {
    sheet: sheet.name,
    columns,
    date1904: sheet.date1904,
    issues: result.issues,
    asOf,
  };
  const mapped = FIELDS.filter((field) => columns[field] !== undefined);
  // The mapped fields' columns, in the same order.
  const mappedColumns = mapped.map((field) => columns[field] as number);
  const hidden = new Set(sheet.hiddenRows ?? []);
  const hiddenRead: number[] = [];
  let previous = header.row;
  for (let index = header.index + 1; index < sheet.values.length; index += 1) {
    const rowNumber = sheet.rowNumbers[index];
    // Rows a host omitted (an .xlsx leaves out empty rows) are blank rows all the same.
    result.blank += Math.max(0, rowNumber - previous - 1);
    previous = rowNumber;
    const raw = sheet.values[index] ?? [];
    if (isBlank(raw, mappedColumns)) {
      result.blank += 1;
      continue;
    }
    if (hidden.has(rowNumber)) hiddenRead.push(rowNumber);
    if (isTotalRow(raw)) {
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
    const reference = cellText(cellAt(raw, columns.reference));
    const received = readRequired(context, raw, rowNumber, reference);
    if (received === null) {
      result.excluded += 1;
      continue;
    }
    const cells = clearProblemCells(context, raw, rowNumber, mapped, mappedColumns);
    result.rows.push(readRow(context, cells, rowNumber, reference, received));
  }
  if (hiddenRead.length > 0) result.issues.push(hiddenNote(hiddenRead));
  return result;
}

/**
 * The row's cells with every error value and uncalculated formula in a mapped column made empty,
 * with a warning for each in an optional column (the required ones are told by `readRequired`). Only
 * a counted row gets here: an excluded row's other cells are not worth a word until it counts.
 * The row itself is returned when it has none: nearly every row.
 */
function clearProblemCells(
  context: RowContext,
  cells: CellValue[],
  rowNumber: number,
  mapped: Field[],
  mappedColumns: number[],
): CellValue[] {
  let cleared: CellValue[] | null = null;
  // By position in the two lists: looking a column up by its field's name, a name that varies,
  // costs several times as much, and this runs on every mapped cell of every counted row.
  for (let index = 0; index < mapped.length; index += 1) {
    const column = mappedColumns[index];
    const problem = cellProblem(cells[column] ?? null);
    if (problem === null) continue;
    const field = mapped[index];
    cleared ??= [...cells];
    cleared[column] = null;
    if (field === 'reference' || field === 'received') continue;
    const [code, message] = problemWords(field, problem, 'it is treated as empty');
    context.issues.push(issue(rowNumber, field, code, 'warning', `Row ${rowNumber}: ${message}`));
  }
  return cleared ?? cells;
}

function problemWords(
  field: Field,
  problem: CellProblem,
  then: string,
): [RowIssue['code'], string] {
  const label = FIELD_LABELS[field];
  return problem.kind === 'error'
    ? [
        'error-value',
        `${label} is ${problem.error}, an Excel error value; ${then} until its formula is put right.`,
      ]
    : [
        'not-calculated',
        `${label} is not calculated: open and save the workbook in Excel; until then ${then}.`,
      ];
}

/**
 * The received date of a row with a reference (its text given) and a real received date, or null
 * (with an error) when the row cannot be counted. A serial in range, nearly every row, is read without
 * a `Parsed` result made.
 */
function readRequired(
  context: RowContext,
  cells: CellValue[],
  rowNumber: number,
  reference: string,
): DayNumber | null {
  const { columns, issues } = context;
  const before = issues.length;
  checkReference(context, cells, rowNumber, reference);
  const cell = cellAt(cells, columns.received);
  const serialDay = trackerDayOfSerial(cell, context.date1904);
  const received = serialDay ?? readReceived(context, cell, rowNumber);
  if (issues.length > before || received === null) return null;
  if (context.asOf !== null && received > context.asOf) {
    const message = afterAsOf('date received', received, context.asOf);
    issues.push(
      issue(rowNumber, 'received', 'future-date', 'warning', `Row ${rowNumber}: ${message}`),
    );
  }
  return received;
}

const EXCLUDED = 'the row is left out of every figure';

/** An error for a reference that is an error value, an uncalculated formula or empty. */
function checkReference(
  context: RowContext,
  cells: CellValue[],
  rowNumber: number,
  reference: string,
): void {
  const { columns, issues } = context;
  const referenceProblem = cellProblem(cellAt(cells, columns.reference));
  if (referenceProblem !== null) {
    const [code, message] = problemWords('reference', referenceProblem, EXCLUDED);
    issues.push(issue(rowNumber, 'reference', code, 'error', `Row ${rowNumber}: ${message}`));
  } else if (reference === '') {
    issues.push(
      issue(
        rowNumber,
        'reference',
        'missing-reference',
        'error',
        `Row ${rowNumber} has no reference. Add the complaint reference; until then ${EXCLUDED}.`,
      ),
    );
  }
}

/** A received date cell that is not a serial in range: its day, or null with an error. */
function readReceived(context: RowContext, cell: CellValue, rowNumber: number): DayNumber | null {
  const { issues } = context;
  const receivedProblem = cellProblem(cell);
  const received = parseTrackerDate(cell, context.date1904);
  if (receivedProblem !== null) {
    const [code, message] = problemWords('received', receivedProblem, EXCLUDED);
    issues.push(issue(rowNumber, 'received', code, 'error', `Row ${rowNumber}: ${message}`));
  } else if (!received.ok) {
    issues.push(
      issue(
        rowNumber,
        'received',
        'invalid-received',
        'error',
        `Row ${rowNumber}: date received '${excerpt(received.text)}' is not a real date. Enter it as a day-first date such as 03/09/2021; until then ${EXCLUDED}.`,
      ),
    );
  } else if (received.value === null) {
    issues.push(
      issue(
        rowNumber,
        'received',
        'missing-received',
        'error',
        `Row ${rowNumber} has no date received. Add it; until then ${EXCLUDED}.`,
      ),
    );
  }
  return received.ok && receivedProblem === null ? received.value : null;
}

function hiddenNote(rows: number[]): RowIssue {
  const listed = rows.slice(0, HIDDEN_LISTED).join(', ');
  const more = rows.length > HIDDEN_LISTED ? ' …' : '';
  const count = rows.length === 1 ? '1 row is' : `${rows.length} rows are`;
  return issue(
    rows[0],
    null,
    'hidden-rows',
    'info',
    `${count} hidden or filtered out in the sheet (row${rows.length === 1 ? '' : 's'} ${listed}${more}); they are read and counted like any other. Unhide them or clear the filter to check them.`,
  );
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

/**
 * True when the row's first non-empty cell, in any column, is a totals label; only text can be, so
 * a number or a date first means no. An uncalculated formula is no cell to read, so it is passed.
 */
function isTotalRow(cells: CellValue[]): boolean {
  for (let column = 0; column < cells.length; column += 1) {
    const value = cells[column];
    if (value === null || value === undefined) continue;
    if (typeof value !== 'string') {
      if (cellProblem(value) !== null) continue;
      return false;
    }
    const text = value.trim();
    if (text !== '') return mayBeTotalLabel(text) && TOTAL_LABELS.has(normaliseLabel(text));
  }
  return false;
}
