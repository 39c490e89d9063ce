/** A sheet's cells as a plain grid for the fake workbook: A1 addresses in, slices out. */
import type { CellValue } from '../../../src/core/types';

/** Splits `B3:D7` (or `C5`) into 0-based rows and columns, both ends included. */
export function parseAddress(address: string) {
  const cell = (ref: string) => {
    const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(ref) ?? [];
    const column = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return { row: Number(digits) - 1, column };
  };
  const [start, end = start] = address.split(':');
  const a = cell(start);
  const b = cell(end);
  return { top: a.row, left: a.column, bottom: b.row, right: b.column };
}

export function sliceGrid(grid: CellValue[][], address: string): CellValue[][] {
  const { top, left, bottom, right } = parseAddress(address);
  const rows: CellValue[][] = [];
  for (let r = top; r <= bottom; r += 1) {
    const row: CellValue[] = [];
    for (let c = left; c <= right; c += 1) row.push(grid[r]?.[c] ?? '');
    rows.push(row);
  }
  return rows;
}

export function writeGrid(grid: CellValue[][], address: string, values: CellValue[][]): void {
  const { top, left } = parseAddress(address);
  values.forEach((row, r) => {
    grid[top + r] ??= [];
    row.forEach((value, c) => (grid[top + r][left + c] = value));
  });
}

/** The used range Excel would report (values only), in 0-based indexes. */
export function usedBlock(grid: CellValue[][]) {
  let top = -1;
  let bottom = -1;
  let left = Number.POSITIVE_INFINITY;
  let right = -1;
  grid.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === '' || value === null || value === undefined) return;
      if (top < 0) top = r;
      bottom = r;
      left = Math.min(left, c);
      right = Math.max(right, c);
    }),
  );
  if (top < 0)
    return { isNullObject: true, rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 };
  return {
    isNullObject: false,
    rowIndex: top,
    columnIndex: left,
    rowCount: bottom - top + 1,
    columnCount: right - left + 1,
  };
}
