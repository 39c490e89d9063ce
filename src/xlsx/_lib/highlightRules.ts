/**
 * The add-in's highlight as conditional formatting: an always-true rule with a light fill over the
 * target rows. Conditional formatting sits on top of the user's own fills and leaves every value
 * and format of theirs alone. The rule's formula carries a marker, the same one the Excel add-in
 * writes, so either host finds (and removes) the highlight the other made, and never a user's rule.
 */
import type { RowTarget } from '../../core/port';
import { formatColumn } from './cellRef';

/** The highlight fill, light gold, as ARGB; the Excel add-in uses the same colour (#FFF2CC). */
export const HIGHLIGHT_FILL_ARGB = 'FFFFF2CC';

/** The marker in every rule the add-in adds; a user's rule will not contain it. */
export const HIGHLIGHT_MARKER = 'complaints-report';

/** Always true, and names the add-in (stored without the leading `=`, as the file format wants). */
export const HIGHLIGHT_FORMULA = `AND(TRUE,"${HIGHLIGHT_MARKER}"<>"")`;

/** Runs of consecutive sheet rows as inclusive [first, last] pairs, in sheet order. */
export function groupRowRuns(rows: readonly number[]): [number, number][] {
  const sorted = [...new Set(rows)].filter((row) => Number.isInteger(row) && row >= 1);
  sorted.sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const row of sorted) {
    const last = runs[runs.length - 1];
    if (last && row === last[1] + 1) last[1] = row;
    else runs.push([row, row]);
  }
  return runs;
}

/**
 * The space-separated range list (`sqref`) that covers the target: one range per run of
 * consecutive rows, from its first to its last column. Empty when there are no rows.
 */
export function formatHighlightRanges(target: RowTarget): string {
  const first = formatColumn(Math.min(target.firstColumn, target.lastColumn));
  const last = formatColumn(Math.max(target.firstColumn, target.lastColumn));
  return groupRowRuns(target.rows)
    .map(([top, bottom]) => `${first}${top}:${last}${bottom}`)
    .join(' ');
}

/** A conditional-formatting rule as exceljs reads it back (its declared types are incomplete). */
export type LoadedRule = { type?: string; priority?: number; formulae?: unknown[] };

/**
 * True for a rule the add-in wrote, by either host: an expression whose formula holds the marker.
 * Excel may re-space or re-case a formula, so the match is loose.
 */
export function isHighlightRule(rule: LoadedRule): boolean {
  return (
    rule.type === 'expression' &&
    (rule.formulae ?? []).some(
      (formula) =>
        typeof formula === 'string' && formula.toLowerCase().includes(`"${HIGHLIGHT_MARKER}"`),
    )
  );
}
