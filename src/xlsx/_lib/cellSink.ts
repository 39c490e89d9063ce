/**
 * Where the sheet scanner puts what it finds: the attributes of each `<row>` and `<c>`, a cell's
 * value text, and the grid those make. Converting a cell follows its type (`t`) as Excel's own API
 * hands values over: shared and inline strings as text, booleans, error values as their text
 * ("#N/A"), numbers (dates among them) as numbers, and a formula with no cached result as
 * UNCALCULATED.
 */
import { UNCALCULATED, type CellValue } from '../../core/types';
import { bytesAre, decodeText, nextAttribute, XmlError, type AttributeBounds } from './xmlBytes';
import { decodeExcelText } from './xmlText';

/** The grid of one sheet: dense rows starting at column `firstColumn`, with their sheet rows. */
export type SheetGrid = {
  values: CellValue[][];
  rowNumbers: number[];
  firstColumn: number;
  /** Sheet rows marked hidden (or filtered out) that hold values; absent when there are none. */
  hiddenRows?: number[];
};

/** A cell's `t` attribute. */
export const enum CellType {
  Number,
  Shared,
  FormulaText,
  Inline,
  Boolean,
  Error,
  IsoDate,
}

/** Builds the grid row by row; the scanner calls it in document order. */
export class CellSink {
  private readonly values: CellValue[][] = [];
  private readonly rowNumbers: number[] = [];
  private readonly hiddenRows: number[] = [];
  private firstColumn = Number.POSITIVE_INFINITY;
  private cellCount = 0;
  private rowNumber = 0;
  private rowHidden = false;
  private row: CellValue[] = [];
  private inRow = false;
  private inCell = false;
  private column = -1;
  private type = CellType.Number;
  private text: string | null = null;
  private valueBytes: Uint8Array | null = null;
  private valueStart = 0;
  private valueEnd = 0;
  private readonly attribute: AttributeBounds = {
    nameStart: 0,
    nameEnd: 0,
    valueStart: 0,
    valueEnd: 0,
  };
  hasFormula = false;

  constructor(
    private readonly sharedStrings: readonly string[],
    private readonly maxCells: number,
    private readonly onTooMany: () => never,
  ) {}

  /** Reads a `<row>`'s `r` and `hidden`; returns the index of the tag's `>`. */
  startRow(data: Uint8Array, from: number): number {
    if (this.inRow) throw new XmlError('A row inside a row', from);
    let number = this.rowNumber + 1;
    let hidden = false;
    const at = this.attribute;
    let next = nextAttribute(data, from, at);
    for (; next >= 0; next = nextAttribute(data, next, at)) {
      if (at.nameEnd - at.nameStart === 1 && data[at.nameStart] === 0x72) {
        const r = readInteger(data, at.valueStart, at.valueEnd);
        if (r > 0) number = r;
      } else if (bytesAre(data, at.nameStart, at.nameEnd, 'hidden')) {
        hidden = isTrue(data, at.valueStart, at.valueEnd);
      }
    }
    this.rowNumber = number;
    this.rowHidden = hidden;
    this.row = [];
    this.inRow = true;
    this.column = -1;
    return -1 - next;
  }

  /** Reads a `<c>`'s `r` and `t`; returns the index of the tag's `>`. */
  startCell(data: Uint8Array, from: number): number {
    if (this.inCell || !this.inRow) throw new XmlError('A cell outside a row', from);
    let column = this.column + 1;
    let type = CellType.Number;
    const at = this.attribute;
    let next = nextAttribute(data, from, at);
    for (; next >= 0; next = nextAttribute(data, next, at)) {
      if (at.nameEnd - at.nameStart !== 1) continue;
      const name = data[at.nameStart];
      if (name === 0x72) {
        const found = readColumn(data, at.valueStart, at.valueEnd);
        if (found >= 0) column = found;
      } else if (name === 0x74) type = typeOf(data, at.valueStart, at.valueEnd);
    }
    this.inCell = true;
    this.column = column;
    this.type = type;
    this.text = null;
    this.valueBytes = null;
    this.hasFormula = false;
    return -1 - next;
  }

  /** The cell's `<v>` text. */
  readonly setValue = (text: string): void => {
    this.text = text;
    this.valueBytes = null;
  };

  /** The cell's `<v>` text as the bytes it lies between (character data, no markup inside). */
  setValueBytes(data: Uint8Array, start: number, end: number): void {
    this.valueBytes = data;
    this.valueStart = start;
    this.valueEnd = end;
    this.text = '';
  }

  /** An `<is>` opened: an inline string's value is its runs' text, empty until one comes. */
  startInline(): void {
    if (this.type === CellType.Inline && this.text === null) this.text = '';
  }

  /** The text of one `<t>` of an inline string (phonetic runs are not passed on). */
  readonly addInlineText = (text: string): void => {
    if (this.type === CellType.Inline) this.text = (this.text ?? '') + text;
  };

  endCell(at: number): void {
    if (!this.inCell) throw new XmlError('A cell closed that was not open', at);
    this.inCell = false;
    const value = this.convert();
    if (value === null || value === '') return;
    const row = this.row;
    const column = this.column;
    while (row.length < column) row.push(null);
    row[column] = value;
    if (column < this.firstColumn) this.firstColumn = column;
    if (++this.cellCount > this.maxCells) this.onTooMany();
  }

  endRow(at: number): void {
    if (this.inCell || !this.inRow) throw new XmlError('A row closed out of place', at);
    this.inRow = false;
    if (this.row.length === 0) return;
    this.values.push(this.row);
    this.rowNumbers.push(this.rowNumber);
    if (this.rowHidden) this.hiddenRows.push(this.rowNumber);
  }

  finish(): SheetGrid {
    if (this.inRow) throw new XmlError('The sheet data ended inside a row', 0);
    const { values, rowNumbers, hiddenRows } = this;
    if (values.length === 0) return { values, rowNumbers, firstColumn: 0 };
    const firstColumn = this.firstColumn;
    if (firstColumn > 0) {
      for (let i = 0; i < values.length; i++) values[i] = values[i].slice(firstColumn);
    }
    return hiddenRows.length > 0
      ? { values, rowNumbers, firstColumn, hiddenRows }
      : { values, rowNumbers, firstColumn };
  }

  private convert(): CellValue {
    const data = this.valueBytes;
    if (data !== null) {
      // Fast paths for the commonest values; anything unusual takes the text path below.
      const whole = readInteger(data, this.valueStart, this.valueEnd);
      if (whole >= 0 && this.type === CellType.Shared) return this.sharedStrings[whole] ?? null;
      if (whole >= 0 && this.type === CellType.Number) return whole;
      this.text = decodeText(data, this.valueStart, this.valueEnd);
    }
    const text = this.text;
    if (text === null)
      return this.hasFormula && this.type !== CellType.Inline ? UNCALCULATED : null;
    switch (this.type) {
      case CellType.Shared:
        return this.sharedStrings[Number(text)] ?? null;
      case CellType.FormulaText:
      case CellType.Inline:
        return decodeExcelText(text);
      case CellType.Boolean:
        return text === '1' || text.toLowerCase() === 'true';
      case CellType.Error:
      case CellType.IsoDate:
        return text;
      default: {
        if (text.trim() === '') return null;
        const number = Number(text);
        return Number.isNaN(number) ? text : number;
      }
    }
  }
}

function isTrue(data: Uint8Array, start: number, end: number): boolean {
  return bytesAre(data, start, end, '1') || bytesAre(data, start, end, 'true');
}

function typeOf(data: Uint8Array, start: number, end: number): CellType {
  const length = end - start;
  const first = data[start];
  if (length === 1) {
    if (first === 0x73) return CellType.Shared; // s
    if (first === 0x62) return CellType.Boolean; // b
    if (first === 0x65) return CellType.Error; // e
    if (first === 0x64) return CellType.IsoDate; // d
  }
  if (bytesAre(data, start, end, 'str')) return CellType.FormulaText;
  if (bytesAre(data, start, end, 'inlineStr')) return CellType.Inline;
  return CellType.Number;
}

/** A positive decimal integer, or -1. */
function readInteger(data: Uint8Array, start: number, end: number): number {
  if (start === end || end - start > 9) return -1;
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = data[i] - 0x30;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** The 0-based column of an A1 reference's letters (as `parseCellRef` reads it), or -1. */
function readColumn(data: Uint8Array, start: number, end: number): number {
  let column = 0;
  let i = start;
  for (; i < end; i++) {
    const code = data[i] | 0x20;
    if (code < 0x61 || code > 0x7a) break;
    column = column * 26 + (code - 0x60);
  }
  if (i === start || i === end || column > 16384) return -1;
  const row = readInteger(data, i, end);
  return row >= 1 ? column - 1 : -1;
}
