/**
 * A1 addresses built from 0-based column indexes and 1-based sheet rows. Built by hand so the add-in
 * needs only `Worksheet.getRange(address)` (ExcelApi 1.1), not `getRangeByIndexes` (1.7).
 */

/** A run of consecutive sheet rows, both ends included (1-based). */
export type RowRun = { first: number; last: number };

/** Excel's last column (XFD) as a 0-based index. */
const LAST_COLUMN = 16383;

/** Turns a 0-based column index into its letters, because A1 addresses need them (0 → A, 27 → AB). */
export function columnLetters(index: number): string {
  if (!Number.isInteger(index) || index < 0 || index > LAST_COLUMN) {
    throw new RangeError(`Column index ${index} is outside Excel's columns A to XFD.`);
  }
  let letters = '';
  let n = index + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Builds the address of a block of cells, e.g. `A5:K40`, or `C7` for a single cell. */
export function blockAddress(
  firstRow: number,
  lastRow: number,
  firstColumn: number,
  lastColumn: number,
): string {
  const start = `${columnLetters(firstColumn)}${firstRow}`;
  const end = `${columnLetters(lastColumn)}${lastRow}`;
  return start === end ? start : `${start}:${end}`;
}

/**
 * Groups sheet rows into runs of consecutive rows, so one range (or one rule) covers each run rather
 * than one per row. Duplicates and order do not matter.
 */
export function groupRowRuns(rows: readonly number[]): RowRun[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: RowRun[] = [];
  for (const row of sorted) {
    const last = runs[runs.length - 1];
    if (last && row === last.last + 1) last.last = row;
    else runs.push({ first: row, last: row });
  }
  return runs;
}

/**
 * Splits area addresses into groups whose comma-joined address stays within `maxLength`, keeping
 * their order: Excel refuses long multi-area addresses (public office-js issue 5198 saw failures
 * from about 8,000 characters), so each group becomes one `getRanges` call.
 */
export function chunkAreaAddresses(areas: readonly string[], maxLength: number): string[][] {
  const groups: string[][] = [];
  let group: string[] = [];
  let length = 0;
  for (const area of areas) {
    const added = group.length === 0 ? area.length : area.length + 1;
    if (group.length > 0 && length + added > maxLength) {
      groups.push(group);
      group = [];
      length = 0;
    }
    length += group.length === 0 ? area.length : area.length + 1;
    group.push(area);
  }
  if (group.length > 0) groups.push(group);
  return groups;
}
