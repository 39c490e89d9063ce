/**
 * Rows to typed records (DESIGN.md rules 3, 5, 8–10, 14, 15): blank and "Total" rows set aside,
 * rows without a reference or a real received date excluded as errors, everything else counted,
 * with a warning for each cell the engine had to read generously.
 */
import { FIELD_LABELS } from './fields';
import type { ColumnMapping, HeaderMatch } from './mapping';
import { cellText, normaliseLabel, parseThemes } from './parse/cellText';
import { parseComplainant } from './parse/parseComplainant';
import { parseDate } from './parse/parseDate';
import { parseOutcome } from './parse/parseOutcome';
import { parseStage } from './parse/parseStage';
import { parseYesNo } from './parse/parseYesNo';
import type { CellValue, DayNumber, Field, Issue, RawSheet, TrackerRow } from './types';

/** What validation made of the rows below the header. */
export type ValidatedRows = {
  rows: TrackerRow[];
  issues: Issue[];
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
  for (let index = header.index + 1; index < sheet.values.length; index += 1) {
    const cells = sheet.values[index] ?? [];
    const rowNumber = sheet.rowNumbers[index];
    if (isBlank(cells, columns)) {
      result.blank += 1;
      continue;
    }
    const cell = (field: Field): CellValue => {
      const column = columns[field];
      return column === undefined ? null : (cells[column] ?? null);
    };
    const received = parseDate(cell('received'), sheet.date1904);
    if (isTotalRow(cells) && !(received.ok && received.value !== null && received.value >= EARLIEST_PLAUSIBLE)) {
      result.summary += 1;
      result.issues.push(
        issue(rowNumber, null, 'summary-row', 'info', `Row ${rowNumber} looks like a total row; it is not counted.`),
      );
      continue;
    }
    const before = result.issues.length;
    const reference = cellText(cell('reference'));
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
    result.rows.push(readRow(rowNumber, reference, receivedDay, cell, columns, sheet.date1904, result.issues));
  }
  return result;
}

function readRow(
  rowNumber: number,
  reference: string,
  received: DayNumber,
  cell: (field: Field) => CellValue,
  columns: ColumnMapping,
  date1904: boolean,
  issues: Issue[],
): TrackerRow {
  const warn = (field: Field, code: Issue['code'], message: string): void => {
    issues.push(issue(rowNumber, field, code, 'warning', `Row ${rowNumber}: ${message}`));
  };
  const stage = parseStage(cell('stage'));
  if (!stage.ok) warn('stage', 'unknown-stage', `stage '${stage.text}' is not recognised; counted as stage 1.`);
  const outcome = parseOutcome(cell('outcome'));
  if (!outcome.ok) {
    warn('outcome', 'unknown-outcome', `outcome '${outcome.text}' is not recognised; counted as 'other'.`);
  }
  const childInCare = parseYesNo(cell('childInCare'));
  if (!childInCare.ok) {
    warn('childInCare', 'unknown-child-in-care', `child in care '${childInCare.text}' is not yes or no; counted as no.`);
  }
  const extension = parseYesNo(cell('extension'));
  if (!extension.ok) {
    warn('extension', 'unknown-extension', `extension agreed '${extension.text}' is not yes or no; counted as no.`);
  }
  const optionalDate = (field: 'closed' | 'due'): DayNumber | null => {
    const parsed = parseDate(cell(field), date1904);
    if (parsed.ok) return parsed.value;
    warn(field, 'invalid-date', `${FIELD_LABELS[field]} '${parsed.text}' is not a real date; it is ignored.`);
    return null;
  };
  const closed = optionalDate('closed');
  const due = optionalDate('due');
  const row: TrackerRow = {
    row: rowNumber,
    reference,
    received,
    stage: stage.ok ? stage.value : 1,
    complainant: parseComplainant(cell('complainant')),
    childInCare: childInCare.ok && childInCare.value,
    team: cellText(cell('team')) || null,
    themes: parseThemes(cell('theme')),
    outcome: outcome.ok ? outcome.value : 'other',
    closed,
    extension: extension.ok && extension.value,
    due,
  };
  if (closed !== null && closed < received) {
    warn('closed', 'response-before-received', 'the response date is before the date received.');
  }
  if (row.outcome !== null && closed === null && columns.closed !== undefined) {
    warn('closed', 'outcome-without-response', 'an outcome is recorded but no response date, so its timescale is unknown.');
  }
  if (row.outcome === null && closed !== null && columns.outcome !== undefined) {
    warn('outcome', 'closed-without-outcome', "a response date is recorded but no outcome; counted as 'other' until one is added.");
  }
  return row;
}

function isBlank(cells: CellValue[], columns: ColumnMapping): boolean {
  return Object.values(columns).every((column) => cellText(cells[column] ?? null) === '');
}

function isTotalRow(cells: CellValue[]): boolean {
  const first = cells.map((c) => cellText(c ?? null)).find((text) => text !== '');
  return first !== undefined && TOTAL_LABELS.has(normaliseLabel(first));
}

function issue(
  row: number,
  field: Field | null,
  code: Issue['code'],
  severity: Issue['severity'],
  message: string,
): Issue {
  return { row, field, code, severity, message };
}
