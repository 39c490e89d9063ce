/**
 * Cells that hold no value to read (docs/design.md rule 5): an Excel error value, which a host hands over as
 * its text, and a formula saved without its result (`UNCALCULATED`). Both count as empty, with an
 * issue that says which, so "#N/A" never becomes a complaint reference or a team.
 */
import type { CellValue } from './types';

/** Excel's error values, as Excel writes them. */
export const EXCEL_ERROR_VALUES: readonly string[] = [
  '#N/A',
  '#REF!',
  '#VALUE!',
  '#DIV/0!',
  '#NAME?',
  '#NULL!',
  '#NUM!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
  '#PYTHON!',
  '#TIMEOUT!',
  '#EXTERNAL!',
];

const ERRORS = new Set(EXCEL_ERROR_VALUES);
const LONGEST_ERROR = Math.max(...EXCEL_ERROR_VALUES.map((text) => text.length));

/** Why a cell cannot be read: an error value (as Excel writes it), or a formula not calculated. */
export type CellProblem = { kind: 'error'; error: string } | { kind: 'uncalculated' };

const NUM_ERROR: CellProblem = Object.freeze({ kind: 'error', error: '#NUM!' });

/**
 * The problem with a cell, or null for a cell that can be read. Cheap on ordinary cells: this runs
 * on every mapped cell of every row.
 */
export function cellProblem(value: CellValue): CellProblem | null {
  if (typeof value === 'string') {
    // Only short text can be an error value; "#" or white space must come first.
    if (value.length === 0 || value.length > LONGEST_ERROR + 8) return null;
    const first = value.charCodeAt(0);
    if (first !== 0x23 && first > 0x20) return null;
    const text = value.trim().toUpperCase();
    return ERRORS.has(text) ? { kind: 'error', error: text } : null;
  }
  // Excel holds no NaN, infinity or invalid date: it shows such a result as #NUM!, and so do we,
  // rather than a reference called "NaN" or "Invalid Date".
  if (typeof value === 'number') return Number.isFinite(value) ? null : NUM_ERROR;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? NUM_ERROR : null;
  if (value !== null && typeof value === 'object') {
    return value.uncalculated === true ? { kind: 'uncalculated' } : null;
  }
  return null;
}
