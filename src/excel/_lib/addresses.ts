/**
 * A1 addresses built from 0-based column indexes and 1-based sheet rows. Built by hand so the add-in
 * needs only `Worksheet.getRange(address)` (ExcelApi 1.1), not `getRangeByIndexes` (1.7).
 */
import { columnLetters } from '../../core/columnLetters';
import { groupRowRuns } from '../../core/highlight';
import type { RowTarget } from '../../core/port';

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
 * The target's rows as block addresses across its columns, one per run of consecutive rows, so
 * highlighting and selecting address the fewest areas (`A5:K7`, `A12:K12`).
 */
export function addressRowTarget(target: RowTarget): string[] {
  return groupRowRuns(target.rows).map((run) =>
    blockAddress(run.first, run.last, target.firstColumn, target.lastColumn),
  );
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
