/**
 * How wide each column of the summary sheet is, so both hosts print the same page: wide enough
 * for the longest figure or label below a header, headers wrapping between words, and long text
 * (issue messages, a long team name) wrapping at `MAX_COLUMN_WIDTH` rather than widening its
 * column until the page has to shrink to fit it. Widths are in Excel's unit, the width of one
 * digit of the default font.
 */
import type { SummaryCell, SummaryLayout } from './types';

/** Narrowest column: a count with its "%" header. */
export const MIN_COLUMN_WIDTH = 7;
/** Widest column: text longer than this wraps onto more lines. */
export const MAX_COLUMN_WIDTH = 45;
/** Room either side of a cell's text, so neighbouring columns do not run together. */
const PADDING = 2;

function cellLength(cell: SummaryCell): number {
  return String(cell).length;
}

function longestWord(text: string): number {
  return text.split(/\s+/).reduce((longest, word) => Math.max(longest, word.length), 0);
}

/**
 * The width of each column, from column A to the widest table's last. The notes in column A run
 * across the empty cells to their right: the columns together are made at least as wide as the
 * longest note, so a printed page never cuts one off.
 */
export function summaryColumnWidths(layout: SummaryLayout): number[] {
  const count = layout.tables.reduce((most, t) => Math.max(most, t.header.length), 1);
  const widths = Array<number>(count).fill(0);
  for (const table of layout.tables) {
    table.header.forEach((cell, i) => {
      widths[i] = Math.max(widths[i], longestWord(cell));
    });
    for (const row of table.rows) {
      row.forEach((cell, i) => {
        widths[i] = Math.max(widths[i], cellLength(cell));
      });
    }
  }
  const fitted = widths.map((w) =>
    Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, w + PADDING)),
  );
  const longestNote = layout.notes.reduce((most, note) => Math.max(most, note.length), 0);
  const total = fitted.reduce((sum, w) => sum + w, 0);
  if (total < longestNote + PADDING) fitted[count - 1] += longestNote + PADDING - total;
  return fitted;
}

/**
 * How many lines `text` takes in a column `width` wide, wrapped between words: a host that
 * cannot measure text sets the row height from it. It allows one character less than the width
 * per line, because a letter can be wider than the digit the width is counted in.
 */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, Math.floor(width) - 1);
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const needed = used === 0 ? word.length : used + 1 + word.length;
    if (needed <= room) {
      used = needed;
      continue;
    }
    if (used > 0) lines++;
    // A word longer than the line breaks across as many lines as it fills.
    lines += Math.ceil(word.length / room) - 1;
    used = word.length % room || room;
  }
  return lines;
}
