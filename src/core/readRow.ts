/**
 * One counted row's cells to a typed record (docs/design.md rules 8–10, 14, 15), with a warning for each
 * cell the engine had to read generously. Called once per row of a 100,000-row tracker, so it takes
 * what it needs as arguments rather than making closures over each row.
 */
import { formatLongDate } from './dates';
import { excerpt } from './excerpt';
import { FIELD_LABELS } from './fields';
import type { ColumnMapping } from './mapping';
import { cellText, parseThemes } from './parse/cellText';
import { parseComplainant } from './parse/parseComplainant';
import { parseOutcome } from './parse/parseOutcome';
import type { Parsed } from './parse/parsed';
import { parseStage } from './parse/parseStage';
import { parseTrackerDate, trackerDayOfSerial } from './parse/parseTrackerDate';
import { parseYesNo } from './parse/parseYesNo';
import type {
  CellValue,
  DayNumber,
  Field,
  Issue,
  Outcome,
  RowIssue,
  Stage,
  TrackerRow,
} from './types';

/** What reading a row needs besides its cells: made once per sheet rather than once per row. */
export type RowContext = {
  sheet: string;
  columns: ColumnMapping;
  date1904: boolean;
  issues: RowIssue[];
  /** The report's as-of date: a response after it is a warning. Null: not checked. */
  asOf: DayNumber | null;
};

/** A labelled cell read against a table, and what it counts as (with a warning) when not read. */
type LabelReader<T> = {
  field: Field;
  code: Issue['code'];
  parse: (value: CellValue) => Parsed<T>;
  fallback: T;
  /** The warning, given a short excerpt of the cell. */
  message: (text: string) => string;
};

const STAGE: LabelReader<Stage> = {
  field: 'stage',
  code: 'unknown-stage',
  parse: parseStage,
  fallback: 1,
  message: (text) => `stage '${text}' is not recognised; counted as stage 1.`,
};

const OUTCOME: LabelReader<Outcome | null> = {
  field: 'outcome',
  code: 'unknown-outcome',
  parse: parseOutcome,
  fallback: 'other',
  message: (text) => `outcome '${text}' is not recognised; counted as 'other'.`,
};

const CHILD_IN_CARE: LabelReader<boolean> = {
  field: 'childInCare',
  code: 'unknown-child-in-care',
  parse: parseYesNo,
  fallback: false,
  message: (text) => `child in care '${text}' is not yes or no; counted as no.`,
};

const EXTENSION: LabelReader<boolean> = {
  field: 'extension',
  code: 'unknown-extension',
  parse: parseYesNo,
  fallback: false,
  message: (text) => `extension agreed '${text}' is not yes or no; counted as no.`,
};

/**
 * Reads a row that has a reference and a received date; its warnings go to `context.issues` in
 * the order the cells are read.
 */
export function readRow(
  context: RowContext,
  cells: CellValue[],
  rowNumber: number,
  reference: string,
  received: DayNumber,
): TrackerRow {
  // Each column is named here rather than looked up by a field's name: a look-up by a name that
  // varies is several times slower, and this runs for every cell of every counted row.
  const { columns } = context;
  const stage = readLabel(context, cellAt(cells, columns.stage), rowNumber, STAGE);
  const outcome = readLabel(context, cellAt(cells, columns.outcome), rowNumber, OUTCOME);
  const childInCare = readLabel(
    context,
    cellAt(cells, columns.childInCare),
    rowNumber,
    CHILD_IN_CARE,
  );
  const extension = readLabel(context, cellAt(cells, columns.extension), rowNumber, EXTENSION);
  const closed = readOptionalDate(context, cellAt(cells, columns.closed), rowNumber, 'closed');
  const due = readOptionalDate(context, cellAt(cells, columns.due), rowNumber, 'due');
  const row: TrackerRow = {
    sheet: context.sheet,
    row: rowNumber,
    reference,
    received,
    stage,
    complainant: parseComplainant(cellAt(cells, columns.complainant)),
    childInCare,
    team: cellText(cellAt(cells, columns.team)) || null,
    themes: parseThemes(cellAt(cells, columns.theme)),
    outcome,
    closed,
    extension,
    due,
  };
  checkRow(context, row);
  return row;
}

function readLabel<T>(
  context: RowContext,
  cell: CellValue,
  rowNumber: number,
  reader: LabelReader<T>,
): T {
  const parsed = reader.parse(cell);
  if (parsed.ok) return parsed.value;
  warn(context, rowNumber, reader.field, reader.code, reader.message(excerpt(parsed.text)));
  return reader.fallback;
}

/** Warnings about the row as a whole: its dates against each other, outcome against response. */
function checkRow(context: RowContext, row: TrackerRow): void {
  const { columns, asOf } = context;
  const { row: rowNumber, closed, received } = row;
  if (closed !== null && closed < received) {
    warn(
      context,
      rowNumber,
      'closed',
      'response-before-received',
      'the response date is before the date received.',
    );
  }
  if (closed !== null && asOf !== null && closed > asOf) {
    warn(context, rowNumber, 'closed', 'future-date', afterAsOf('response date', closed, asOf));
  }
  if (row.outcome !== null && closed === null && columns.closed !== undefined) {
    warn(
      context,
      rowNumber,
      'closed',
      'outcome-without-response',
      'an outcome is recorded but no response date, so its timescale is unknown.',
    );
  }
  if (row.outcome === null && closed !== null && columns.outcome !== undefined) {
    warn(
      context,
      rowNumber,
      'outcome',
      'closed-without-outcome',
      "a response date is recorded but no outcome; counted as 'other' until one is added.",
    );
  }
}

/** The warning for a date after the as-of date (docs/design.md rule 5). */
export function afterAsOf(what: string, date: DayNumber, asOf: DayNumber): string {
  return `${what} ${formatLongDate(date)} is after the report date (${formatLongDate(asOf)}): a typing slip, or a date not yet reached. It is read as written.`;
}

/**
 * An optional date (response, due): a bad one is a warning and is ignored. A blank or a serial in
 * range, nearly every cell, is read without a `Parsed` result made.
 */
function readOptionalDate(
  context: RowContext,
  cell: CellValue,
  rowNumber: number,
  field: 'closed' | 'due',
): DayNumber | null {
  if (cell === null) return null;
  const serialDay = trackerDayOfSerial(cell, context.date1904);
  if (serialDay !== null) return serialDay;
  const parsed = parseTrackerDate(cell, context.date1904);
  if (parsed.ok) return parsed.value;
  warn(
    context,
    rowNumber,
    field,
    'invalid-date',
    `${FIELD_LABELS[field]} '${excerpt(parsed.text)}' is not a real date; it is ignored.`,
  );
  return null;
}

function warn(
  context: RowContext,
  rowNumber: number,
  field: Field,
  code: Issue['code'],
  message: string,
): void {
  context.issues.push(issue(rowNumber, field, code, 'warning', `Row ${rowNumber}: ${message}`));
}

/** The cell in a mapped column: null when the tracker has no such column or the row stops short. */
export function cellAt(cells: CellValue[], column: number | undefined): CellValue {
  return column === undefined ? null : (cells[column] ?? null);
}

/** An issue as the report lists it. */
export function issue(
  row: number,
  field: Field | null,
  code: Issue['code'],
  severity: Issue['severity'],
  message: string,
): RowIssue {
  return { row, field, code, severity, message };
}
