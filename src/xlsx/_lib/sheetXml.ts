/**
 * One worksheet part read into a grid, cell by cell: the value each cell shows (a formula gives its
 * cached result), placed by its `r` reference so skipped rows and cells stay where they were.
 * Dates stay serial numbers: the core converts them, knowing the workbook's date system.
 */
import type { CellValue } from '../../core/types';
import { parseCellRef } from './cellRef';
import { decodeExcelText } from './xmlText';
import { walkXml } from './walkXml';

/** The grid of one sheet: dense rows starting at column `firstColumn`, with their sheet rows. */
export type SheetGrid = { values: CellValue[][]; rowNumbers: number[]; firstColumn: number };

/**
 * Reads a worksheet part. Cells with no value (formatting only, or text that is empty) are left
 * out, rows left with no cells are omitted, and gaps inside a row are null.
 */
export function readSheetXml(bytes: Uint8Array, sharedStrings: readonly string[]): SheetGrid {
  const values: CellValue[][] = [];
  const rowNumbers: number[] = [];
  let firstColumn = Number.POSITIVE_INFINITY;
  let rowNumber = 0;
  let row: CellValue[] = [];
  let column = -1;
  let type: string | undefined;
  let text = '';
  let hasValue = false;
  let collecting = false;
  let inInline = false;
  let phoneticDepth = 0;

  const finishCell = (): void => {
    if (!hasValue) return;
    const value = convertCell(type, text, sharedStrings);
    if (value === null || value === '') return;
    while (row.length < column) row.push(null);
    row[column] = value;
    if (column < firstColumn) firstColumn = column;
  };

  walkXml(bytes, {
    open(name, attributes) {
      switch (name) {
        case 'c': {
          const at = attributes.r === undefined ? null : parseCellRef(attributes.r);
          column = at === null ? column + 1 : at.column;
          type = attributes.t;
          text = '';
          hasValue = false;
          return;
        }
        case 'v':
          collecting = !inInline;
          hasValue = true;
          return;
        case 'is':
          inInline = true;
          hasValue = type === 'inlineStr';
          return;
        case 't':
          collecting = inInline && phoneticDepth === 0;
          return;
        case 'rPh':
          phoneticDepth++;
          return;
        case 'row': {
          const r = Number(attributes.r);
          rowNumber =
            attributes.r !== undefined && Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
          row = [];
          column = -1;
          return;
        }
      }
    },
    text(chunk) {
      if (collecting) text += chunk;
    },
    close(name) {
      switch (name) {
        case 'v':
        case 't':
          collecting = false;
          return;
        case 'rPh':
          phoneticDepth--;
          return;
        case 'is':
          inInline = false;
          return;
        case 'c':
          finishCell();
          return;
        case 'row':
          if (row.length > 0) {
            values.push(row);
            rowNumbers.push(rowNumber);
          }
          return;
      }
    },
  });
  if (values.length === 0) return { values, rowNumbers, firstColumn: 0 };
  if (firstColumn > 0) {
    for (let i = 0; i < values.length; i++) values[i] = values[i].slice(firstColumn);
  }
  return { values, rowNumbers, firstColumn };
}

/** A cell's value from its type (`t`) and its text (`<v>`, or the inline string). */
function convertCell(
  type: string | undefined,
  text: string,
  sharedStrings: readonly string[],
): CellValue {
  switch (type) {
    case 's':
      return sharedStrings[Number(text)] ?? null;
    case 'str':
    case 'inlineStr':
      return decodeExcelText(text);
    case 'b':
      return text === '1' || text.toLowerCase() === 'true';
    case 'e':
    case 'd':
      return text;
    default: {
      if (text.trim() === '') return null;
      const number = Number(text);
      return Number.isNaN(number) ? text : number;
    }
  }
}
