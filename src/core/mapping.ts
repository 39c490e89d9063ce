/**
 * Header detection and column mapping (docs/design.md rule 1): the first row, within the first 20, in
 * which at least three cells name known fields; columns matched by synonym, overridable by the user.
 */
import { FIELDS, FIELD_SYNONYMS } from './fields';
import { cellText, normaliseLabel } from './parse/cellText';
import type { Field, RawSheet } from './types';

/** The user's choices: a field's header text, or null for "this tracker has no such column". */
export type MappingOverrides = Partial<Record<Field, string | null>>;

/** Where each mapped field sits, as an index into a row of `RawSheet.values`. */
export type ColumnMapping = Partial<Record<Field, number>>;

/** The header row found in a sheet and what its columns mean. */
export type HeaderMatch = {
  /** Index into `RawSheet.values`. */
  index: number;
  /** The sheet's own row number. */
  row: number;
  /** The header cells as text, one per column. */
  headers: string[];
  columns: ColumnMapping;
};

/** How many rows from the top may hold the header. */
export const HEADER_SEARCH_ROWS = 20;

/** How many cells must name known fields for a row to be the header. */
export const HEADER_MIN_FIELDS = 3;

const SYNONYM_INDEX: ReadonlyMap<string, Field> = new Map(
  FIELDS.flatMap((field) => FIELD_SYNONYMS[field].map((s) => [normaliseLabel(s), field] as const)),
);

/** The field a header cell names by synonym, or null. */
export function matchHeader(text: string): Field | null {
  return SYNONYM_INDEX.get(normaliseLabel(text)) ?? null;
}

/**
 * Find the header row and map its columns. Overrides win over synonyms: an override's header text
 * maps its field to that column, and a null override unmaps the field. Returns null when no row
 * in the first 20 has three cells naming known fields (by synonym or by override); the 20 rows are
 * counted from the first row the host handed over, by sheet row number.
 */
export function findHeader(sheet: RawSheet, overrides: MappingOverrides = {}): HeaderMatch | null {
  const first = sheet.rowNumbers[0];
  for (let index = 0; index < sheet.values.length; index += 1) {
    // By row number, not index: an .xlsx host omits empty rows that Excel's used range keeps.
    if (sheet.rowNumbers[index] - first >= HEADER_SEARCH_ROWS) break;
    const headers = (sheet.values[index] ?? []).map(cellText);
    const columns = mapColumns(headers, overrides);
    // Count cells, not distinct fields: "Date received" beside "Date logged" is still a header, and
    // unmapping a column the user does not want must not lose the header row.
    const mapped = new Set(Object.values(columns));
    const named = headers.filter(
      (text, column) => mapped.has(column) || matchHeader(text) !== null,
    );
    if (named.length >= HEADER_MIN_FIELDS) {
      return { index, row: sheet.rowNumbers[index], headers, columns };
    }
  }
  return null;
}

/** Map header texts to fields: the first column naming a field wins; overrides apply on top. */
export function mapColumns(headers: string[], overrides: MappingOverrides = {}): ColumnMapping {
  const columns: ColumnMapping = {};
  headers.forEach((text, column) => {
    const field = matchHeader(text);
    if (field !== null && columns[field] === undefined) columns[field] = column;
  });
  for (const field of FIELDS) {
    if (!(field in overrides)) continue;
    const chosen = overrides[field];
    if (chosen === null || chosen === undefined) {
      delete columns[field];
      continue;
    }
    const wanted = normaliseLabel(chosen);
    const column = headers.findIndex((text) => normaliseLabel(text) === wanted);
    if (column >= 0) {
      for (const other of FIELDS) if (columns[other] === column) delete columns[other];
      columns[field] = column;
    }
  }
  return columns;
}
