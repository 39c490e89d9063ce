/**
 * Cell values as text, and the label normalisation used to match values and headers however they
 * were typed ("Partly upheld", "PARTLY-UPHELD", "partly  upheld" are one label).
 */
import { dayFromDate, toIsoDate } from '../dates';
import type { CellValue } from '../types';
import { createCellCache } from './_lib/cellCache';

/**
 * The trimmed text of any cell, as a person reading the sheet would quote it: whole numbers without a
 * decimal point (a reference typed as 623963 reads "623963"), at most 15 significant digits as Excel
 * shows them, booleans as TRUE/FALSE, dates as YYYY-MM-DD and an empty cell as ''.
 */
export function cellText(value: CellValue): string {
  // Text and numbers first: they are nearly every cell of a tracker.
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return numberText(value);
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (!(value instanceof Date)) return '';
  return Number.isNaN(value.getTime()) ? 'Invalid Date' : toIsoDate(dayFromDate(value));
}

function numberText(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return String(value === 0 ? 0 : value);
  if (!Number.isFinite(value)) return String(value);
  // Excel stores doubles but shows 15 significant digits: 0.1 + 0.2 reads "0.3", not "0.30000000000000004".
  return String(Number(value.toPrecision(15)));
}

/**
 * Reduces a label to lower-case letters and digits only, so matching ignores case, spacing and
 * punctuation. Text made only of symbols ("-", "?") normalises to '': callers must test the cell for
 * blankness on its text, not on this.
 */
export function normaliseLabel(text: string): string {
  // Plain ASCII needs no Unicode tables: keep letters (lowered) and digits by character code.
  let label = '';
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 0x80) return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) label += text[index];
    else if (code >= 0x41 && code <= 0x5a) label += String.fromCharCode(code + 0x20);
  }
  return label;
}

/** Each distinct theme cell is split once: a column repeats a few combinations down every row. */
const themeCache = createCellCache<string[]>();

/** A theme cell's text, split on a semicolon or any line break. */
const THEME_SEPARATOR = /;|\r\n|\n|\r/;

/**
 * Splits a theme cell into its themes: trackers list several in one cell, separated by semicolons or
 * line breaks (Alt+Enter). Commas are left alone: one theme's name may hold one. Cells with the same
 * text share one frozen list, so a caller must copy it before changing it.
 */
export function parseThemes(value: CellValue): string[] {
  return themeCache.read(value, splitThemes);
}

function splitThemes(value: CellValue): string[] {
  return cellText(value)
    .split(THEME_SEPARATOR)
    .map((theme) => theme.trim())
    .filter((theme) => theme !== '');
}
