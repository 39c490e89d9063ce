/**
 * One counted row's cells to a typed record (docs/design.md rules 8–10, 14, 15), with a warning for each
 * cell the engine had to read generously. Called once per row of a 100,000-row tracker, so it takes
 * what it needs as arguments rather than making closures over each row.
 */
import { FIELD_LABELS } from './fields';
import type { ColumnMapping } from './mapping';
import { cellText, parseThemes } from './parse/cellText';
import { parseComplainant } from './parse/parseComplainant';
import { parseDate } from './parse/parseDate';
import { parseOutcome } from './parse/parseOutcome';
import { parseStage } from './parse/parseStage';
import { parseYesNo } from './parse/parseYesNo';
import type { CellValue, DayNumber, Field, Issue, RowIssue, TrackerRow } from './types';

/** What reading a row needs besides its cells: made once per sheet rather than once per row. */
export type RowContext = {
  sheet: string;
  columns: ColumnMapping;
  date1904: boolean;
  issues: RowIssue[];
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
  const { columns } = context;
  const stage = parseStage(cellAt(cells, columns.stage));
  if (!stage.ok) {
    warn(
      context,
      rowNumber,
      'stage',
      'unknown-stage',
      `stage '${stage.text}' is not recognised; counted as stage 1.`,
    );
  }
  const outcome = parseOutcome(cellAt(cells, columns.outcome));
  if (!outcome.ok) {
    warn(
      context,
      rowNumber,
      'outcome',
      'unknown-outcome',
      `outcome '${outcome.text}' is not recognised; counted as 'other'.`,
    );
  }
  const childInCare = parseYesNo(cellAt(cells, columns.childInCare));
  if (!childInCare.ok) {
    warn(
      context,
      rowNumber,
      'childInCare',
      'unknown-child-in-care',
      `child in care '${childInCare.text}' is not yes or no; counted as no.`,
    );
  }
  const extension = parseYesNo(cellAt(cells, columns.extension));
  if (!extension.ok) {
    warn(
      context,
      rowNumber,
      'extension',
      'unknown-extension',
      `extension agreed '${extension.text}' is not yes or no; counted as no.`,
    );
  }
  const closed = readOptionalDate(context, cells, rowNumber, 'closed');
  const due = readOptionalDate(context, cells, rowNumber, 'due');
  const row: TrackerRow = {
    sheet: context.sheet,
    row: rowNumber,
    reference,
    received,
    stage: stage.ok ? stage.value : 1,
    complainant: parseComplainant(cellAt(cells, columns.complainant)),
    childInCare: childInCare.ok && childInCare.value,
    team: cellText(cellAt(cells, columns.team)) || null,
    themes: parseThemes(cellAt(cells, columns.theme)),
    outcome: outcome.ok ? outcome.value : 'other',
    closed,
    extension: extension.ok && extension.value,
    due,
  };
  if (closed !== null && closed < received) {
    warn(
      context,
      rowNumber,
      'closed',
      'response-before-received',
      'the response date is before the date received.',
    );
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
  return row;
}

/** An optional date (response, due): a bad one is a warning and is ignored. */
function readOptionalDate(
  context: RowContext,
  cells: CellValue[],
  rowNumber: number,
  field: 'closed' | 'due',
): DayNumber | null {
  const parsed = parseDate(cellAt(cells, context.columns[field]), context.date1904);
  if (parsed.ok) return parsed.value;
  warn(
    context,
    rowNumber,
    field,
    'invalid-date',
    `${FIELD_LABELS[field]} '${parsed.text}' is not a real date; it is ignored.`,
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
