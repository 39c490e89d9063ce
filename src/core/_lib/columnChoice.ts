/**
 * Which column each field reads (docs/design.md rules 1–2): the user's choices first; then, of the columns
 * whose header names the field, the one whose spelling comes earliest in the field's list, then the
 * leftmost; a theme or complainant column of free text is passed over for the next one. Every
 * choice between columns is told in a note on the header row.
 */
import { columnLetters } from '../columnLetters';
import { excerpt } from '../excerpt';
import { FIELD_LABELS, FIELDS } from '../fields';
import { normaliseLabel } from '../parse/cellText';
import type { CellValue, Field, RowIssue } from '../types';
import { isFreeTextColumn } from './freeText';
import { nameOfHeader } from './synonyms';

/** A field's header text chosen by the user, or null for "this tracker has no such column". */
export type Overrides = Partial<Record<Field, string | null>>;

/** Where the header sits and how to see the cells below it, for the notes and the free-text check. */
export type ChoiceContext = {
  /** The header's sheet row: the row the notes are on. */
  row: number;
  /** 0-based sheet column of header index 0. */
  firstColumn: number;
  /** Sample cells below the header in one column; absent when only the headers are known. */
  sample?: (column: number) => CellValue[];
};

export type ColumnChoice = { columns: Partial<Record<Field, number>>; notes: RowIssue[] };

const FREE_TEXT_WORDS: Partial<Record<Field, [string, string]>> = {
  theme: ['theme labels', 'themes'],
  complainant: ['complainant types', 'complainants'],
};

function candidatesByField(headers: string[]): Map<Field, number[]> {
  const found: { field: Field; rank: number; column: number }[] = [];
  headers.forEach((text, column) => {
    const name = nameOfHeader(text);
    if (name !== null) found.push({ ...name, column });
  });
  found.sort((a, b) => a.rank - b.rank || a.column - b.column);
  const byField = new Map<Field, number[]>();
  for (const { field, column } of found)
    byField.set(field, [...(byField.get(field) ?? []), column]);
  return byField;
}

/** The user's choices: the columns they name (first match), and the fields they settle. */
function applyOverrides(headers: string[], overrides: Overrides, choice: ColumnChoice): Set<Field> {
  const settled = new Set<Field>();
  for (const field of FIELDS) {
    if (!(field in overrides)) continue;
    const chosen = overrides[field];
    if (chosen === null || chosen === undefined) {
      settled.add(field);
      continue;
    }
    const wanted = normaliseLabel(chosen);
    const column = headers.findIndex((text) => normaliseLabel(text) === wanted);
    // A header the sheet lacks changes nothing here; the caller tells the user (`unmatchedOverrides`).
    if (column >= 0) {
      choice.columns[field] = column;
      settled.add(field);
    }
  }
  return settled;
}

/** Map header texts to fields, with a note for every choice made between columns. */
export function chooseColumns(
  headers: string[],
  overrides: Overrides,
  context: ChoiceContext,
): ColumnChoice {
  const choice: ColumnChoice = { columns: {}, notes: [] };
  const settled = applyOverrides(headers, overrides, choice);
  const taken = new Set(Object.values(choice.columns));
  const name = (column: number): string =>
    `'${excerpt(headers[column])}' (column ${columnLetters(context.firstColumn + column)})`;
  const byField = candidatesByField(headers);
  for (const field of FIELDS) {
    const all = byField.get(field);
    if (all === undefined || settled.has(field)) continue;
    const candidates = all.filter((column) => !taken.has(column));
    const words = FREE_TEXT_WORDS[field];
    const { sample } = context;
    const setAside =
      words && sample
        ? candidates.filter((c) => isFreeTextColumn(field as 'theme' | 'complainant', sample(c)))
        : [];
    const usable = candidates.filter((column) => !setAside.includes(column));
    const column = usable[0];
    if (column !== undefined) choice.columns[field] = column;
    const label = FIELD_LABELS[field];
    if (usable.length > 1) {
      const others = usable.slice(1).map(name).join(' or ');
      choice.notes.push(
        note(
          context.row,
          field,
          'column-choice',
          'info',
          `More than one column could be the ${label}: ${name(column)} is used, not ${others}. To use another, choose it in the column mapping.`,
        ),
      );
    }
    for (const aside of setAside) {
      const [what, plural] = words as [string, string];
      const instead =
        column === undefined
          ? `the tracker has no other ${label} column`
          : `${name(column)} is used instead`;
      choice.notes.push(
        note(
          context.row,
          field,
          'free-text-column',
          'warning',
          `Column ${name(aside)} holds free text (sentences or names) in most rows, not ${what}, so it is not used for ${plural}: ${instead}. To use it anyway, choose it in the column mapping.`,
        ),
      );
    }
  }
  return choice;
}

function note(
  row: number,
  field: Field,
  code: RowIssue['code'],
  severity: RowIssue['severity'],
  message: string,
): RowIssue {
  return { row, field, code, severity, message };
}
