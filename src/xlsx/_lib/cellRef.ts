/**
 * A1-style cell references, as the sheet XML writes them ("B7", "AA10"), turned into 0-based
 * columns and 1-based rows without regular expressions: this runs once per cell on 100,000-row sheets.
 */
import { LAST_COLUMN_INDEX } from '../../core/columnLetters';

/** A cell's position: 1-based sheet row, 0-based column (0 = column A). */
export type CellPosition = { row: number; column: number };

/**
 * Reads an A1 reference; returns null for anything that is not one (lower-case letters are
 * accepted, `$` anchors are not: the sheet XML never writes them in `r`).
 */
export function parseCellRef(ref: string): CellPosition | null {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) | 0x20; // fold A–Z onto a–z
    if (code < 0x61 || code > 0x7a) break;
    column = column * 26 + (code - 0x60);
  }
  if (i === 0 || i === ref.length || column - 1 > LAST_COLUMN_INDEX) return null;
  let row = 0;
  for (; i < ref.length; i++) {
    const digit = ref.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return null;
    row = row * 10 + digit;
  }
  return row >= 1 ? { row, column: column - 1 } : null;
}
