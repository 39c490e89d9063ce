/**
 * Cell values as text, and the label normalisation used to match values and headers however they
 * were typed ("Partly upheld", "PARTLY-UPHELD", "partly  upheld" are one label).
 */
import { dayFromDate, toIsoDate } from '../dates';
import type { CellValue } from '../types';

/**
 * The trimmed text of any cell, as a person reading the sheet would quote it: whole numbers without a
 * decimal point (a reference typed as 623963 reads "623963"), at most 15 significant digits as Excel
 * shows them, booleans as TRUE/FALSE, dates as YYYY-MM-DD and an empty cell as ''.
 */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? 'Invalid Date' : toIsoDate(dayFromDate(value));
  }
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return String(value === 0 ? 0 : value);
  // Excel stores doubles but shows 15 significant digits: 0.1 + 0.2 reads "0.3", not "0.30000000000000004".
  return String(Number(value.toPrecision(15)));
}

/**
 * Reduces a label to lower-case letters and digits only, so matching ignores case, spacing and
 * punctuation. Text made only of symbols ("-", "?") normalises to '': callers must test the cell for
 * blankness on its text, not on this.
 */
export function normaliseLabel(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Splits a theme cell into its themes: trackers list several in one cell, separated by semicolons or
 * line breaks (Alt+Enter). Commas are left alone: one theme's name may hold one.
 */
export function parseThemes(value: CellValue): string[] {
  return cellText(value)
    .split(/;|\r\n|\n|\r/)
    .map((theme) => theme.trim())
    .filter((theme) => theme !== '');
}
