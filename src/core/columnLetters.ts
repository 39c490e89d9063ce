/**
 * Spreadsheet column letters, one implementation for every host: A1 addresses in Excel, `sqref`
 * ranges in the file format, and "column C" in the task pane and the workbench.
 */

/** Excel's last column (XFD) as a 0-based index. */
export const LAST_COLUMN_INDEX = 16383;

/**
 * Turns a 0-based column index into its letters (0 → A, 25 → Z, 26 → AA, 16383 → XFD), because
 * addresses and people both name columns that way. An index outside A to XFD is a caller's
 * mistake, so it throws rather than build an address Excel would refuse.
 */
export function columnLetters(index: number): string {
  if (!Number.isInteger(index) || index < 0 || index > LAST_COLUMN_INDEX) {
    throw new RangeError(`Column index ${index} is outside Excel's columns A to XFD.`);
  }
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
