/**
 * Header detection and column mapping (docs/design.md rule 1): the first row, within the first 20, in
 * which at least three cells name known fields, or two rows together when group titles sit above
 * the field names; columns matched by synonym (ranked, rule 2), overridable by the user.
 */
import { chooseColumns } from './_lib/columnChoice';
import { FREE_TEXT_SAMPLE } from './_lib/freeText';
import { nameOfHeader } from './_lib/synonyms';
import { cellText, normaliseLabel } from './parse/cellText';
import type { CellValue, Field, RawSheet, RowIssue } from './types';

/** The user's choices: a field's header text, or null for "this tracker has no such column". */
export type MappingOverrides = Partial<Record<Field, string | null>>;

/** Where each mapped field sits, as an index into a row of `RawSheet.values`. */
export type ColumnMapping = Partial<Record<Field, number>>;

/** The header row found in a sheet and what its columns mean. */
export type HeaderMatch = {
  /** Index into `RawSheet.values` of the header row (the lower row of a two-row header). */
  index: number;
  /** The sheet's own row number. */
  row: number;
  /** The header cells as text, one per column (a two-row header's lower cell, else the upper). */
  headers: string[];
  columns: ColumnMapping;
  /** Why a column was chosen over another, or set aside as free text: notes on the header row. */
  notes: RowIssue[];
};

/** How to look for the header. */
export type HeaderOptions = {
  /** The sheet row of the header, as the user gives it: no search, no minimum of known cells. */
  headerRow?: number;
};

/** How many rows from the top may hold the header. */
export const HEADER_SEARCH_ROWS = 20;

/** How many cells must name known fields for a row to be the header. */
export const HEADER_MIN_FIELDS = 3;

/** Rows below the header scanned for the free-text check, at most. */
const SAMPLE_ROWS = 500;

/** The field a header cell names by synonym, or null. */
export function matchHeader(text: string): Field | null {
  return nameOfHeader(text)?.field ?? null;
}

/** Header texts of one row, or of two rows read as one: the lower cell, or the upper where it is blank. */
function headerTexts(sheet: RawSheet, index: number, upper: number | null): string[] {
  const lower = (sheet.values[index] ?? []).map(cellText);
  if (upper === null) return lower;
  const above = (sheet.values[upper] ?? []).map(cellText);
  const width = Math.max(lower.length, above.length);
  return Array.from({ length: width }, (_, c) => (lower[c] ? lower[c] : (above[c] ?? '')));
}

/** Cells naming a field by synonym or by the user's choice. */
function countNamed(headers: string[], overrides: MappingOverrides): number {
  const chosen = new Set(
    Object.values(overrides)
      .filter((text): text is string => typeof text === 'string')
      .map(normaliseLabel),
  );
  return headers.filter((text) => matchHeader(text) !== null || chosen.has(normaliseLabel(text)))
    .length;
}

/** True when rows `index` (group titles) and `index + 1` (field names) make a two-row header. */
function isTwoRowHeader(sheet: RawSheet, index: number, overrides: MappingOverrides): boolean {
  if (sheet.rowNumbers[index + 1] !== sheet.rowNumbers[index] + 1) return false;
  const both = countNamed(headerTexts(sheet, index + 1, index), overrides);
  const upper = countNamed(headerTexts(sheet, index, null), overrides);
  const lower = countNamed(headerTexts(sheet, index + 1, null), overrides);
  // Naming more fields than either row alone means the lower row holds names where the upper is
  // blank: a data row cannot, as its reference and date hide the upper row's names above them.
  return both >= HEADER_MIN_FIELDS && both > upper && both > lower;
}

/**
 * Find the header row and map its columns. Overrides win over synonyms: an override's header text
 * maps its field to that column, and a null override unmaps the field. Returns null when no row
 * in the first 20 has three cells naming known fields (by synonym or by override), or when
 * `options.headerRow` is not a row of the sheet; the 20 rows are counted from the first row the
 * host handed over, by sheet row number. The cells below the header are sampled to set aside a
 * theme or complainant column of free text.
 */
export function findHeader(
  sheet: RawSheet,
  overrides: MappingOverrides = {},
  options: HeaderOptions = {},
): HeaderMatch | null {
  if (options.headerRow !== undefined) {
    const index = sheet.rowNumbers.indexOf(options.headerRow);
    if (index < 0) return null;
    const upper = index > 0 && isTwoRowHeader(sheet, index - 1, overrides) ? index - 1 : null;
    return matchAt(sheet, index, upper, overrides);
  }
  const first = sheet.rowNumbers[0];
  for (let index = 0; index < sheet.values.length; index += 1) {
    // By row number, not index: an .xlsx host omits empty rows that Excel's used range keeps.
    if (sheet.rowNumbers[index] - first >= HEADER_SEARCH_ROWS) break;
    const lowerInRange =
      index + 1 < sheet.values.length && sheet.rowNumbers[index + 1] - first < HEADER_SEARCH_ROWS;
    if (lowerInRange && isTwoRowHeader(sheet, index, overrides)) {
      return matchAt(sheet, index + 1, index, overrides);
    }
    // Count cells, not distinct fields: "Date received" beside "Date logged" is still a header, and
    // unmapping a column the user does not want must not lose the header row.
    if (countNamed(headerTexts(sheet, index, null), overrides) >= HEADER_MIN_FIELDS) {
      return matchAt(sheet, index, null, overrides);
    }
  }
  return null;
}

function matchAt(
  sheet: RawSheet,
  index: number,
  upper: number | null,
  overrides: MappingOverrides,
): HeaderMatch {
  const headers = headerTexts(sheet, index, upper);
  const row = sheet.rowNumbers[index];
  const sample = (column: number): CellValue[] => sampleBelow(sheet, index, column);
  const { columns, notes } = chooseColumns(headers, overrides, {
    row,
    firstColumn: sheet.firstColumn,
    sample,
  });
  return { index, row, headers, columns, notes };
}

function sampleBelow(sheet: RawSheet, index: number, column: number): CellValue[] {
  const cells: CellValue[] = [];
  const last = Math.min(sheet.values.length, index + 1 + SAMPLE_ROWS);
  for (let i = index + 1; i < last && cells.length < FREE_TEXT_SAMPLE; i += 1) {
    const cell = sheet.values[i]?.[column] ?? null;
    if (cellText(cell) !== '') cells.push(cell);
  }
  return cells;
}

/**
 * Map header texts to fields, when only the headers are known (no free-text check): the best
 * ranked column naming each field wins, then the leftmost; overrides apply on top.
 */
export function mapColumns(headers: string[], overrides: MappingOverrides = {}): ColumnMapping {
  return chooseColumns(headers, overrides, { row: 0, firstColumn: 0 }).columns;
}

/**
 * The fields whose chosen header text names no column of the header: a choice that cannot be
 * honoured, which the user must be told of rather than have silently ignored.
 */
export function unmatchedOverrides(headers: string[], overrides: MappingOverrides): Field[] {
  const present = new Set(headers.map(normaliseLabel));
  return (Object.keys(overrides) as Field[]).filter((field) => {
    const text = overrides[field];
    return typeof text === 'string' && !present.has(normaliseLabel(text));
  });
}
