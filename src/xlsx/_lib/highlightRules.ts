/**
 * The add-in's highlight as conditional formatting: an always-true rule with a light fill over the
 * target rows. Conditional formatting sits on top of the user's own fills and leaves every value
 * and format of theirs alone. The rule's formula carries the marker the Excel add-in writes too
 * (src/core/highlight), so either host finds (and removes) the highlight the other made.
 */
import { columnLetters } from '../../core/columnLetters';
import {
  groupRowRuns,
  HIGHLIGHT_CONDITION,
  HIGHLIGHT_FILL_RGB,
  isHighlightFormula,
} from '../../core/highlight';
import type { RowTarget } from '../../core/port';

/** The highlight fill as the file format stores a colour: ARGB, fully opaque (`FFFFF2CC`). */
export const HIGHLIGHT_FILL_ARGB = `FF${HIGHLIGHT_FILL_RGB}`;

/** The rule's formula as the file format stores it: without the leading `=`. */
export const HIGHLIGHT_FORMULA = HIGHLIGHT_CONDITION;

/**
 * The space-separated range list (`sqref`) that covers the target: one range per run of
 * consecutive rows, from its first to its last column. Empty when there are no rows.
 */
export function formatHighlightRanges(target: RowTarget): string {
  const first = columnLetters(Math.min(target.firstColumn, target.lastColumn));
  const last = columnLetters(Math.max(target.firstColumn, target.lastColumn));
  return groupRowRuns(target.rows)
    .map((run) => `${first}${run.first}:${last}${run.last}`)
    .join(' ');
}

/** A conditional-formatting rule as exceljs reads it back (its declared types are incomplete). */
export type LoadedRule = { type?: string; priority?: number; formulae?: unknown[] };

/** True for a rule the add-in wrote, by either host: an expression whose formula holds the marker. */
export function isHighlightRule(rule: LoadedRule): boolean {
  return rule.type === 'expression' && (rule.formulae ?? []).some(isHighlightFormula);
}
