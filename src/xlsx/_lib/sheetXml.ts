/**
 * One worksheet part read into a grid, cell by cell: the value each cell shows (a formula gives its
 * cached result), placed by its `r` reference so skipped rows and cells stay where they were.
 * Dates stay serial numbers: the core converts them, knowing the workbook's date system.
 *
 * A scanner over the part's bytes made for SpreadsheetML's `<row>`, `<c>`, `<v>`, `<f>` and `<is>`:
 * a general SAX parser spent three quarters of the read building attribute objects and strings
 * this never needs (docs/performance.md has the measurements).
 */
import { HostError } from '../../core/port';
import { CellSink, type SheetGrid } from './cellSink';

export type { SheetGrid } from './cellSink';
import {
  bytesAre,
  findNameEnd,
  localStart,
  readTextContent,
  scanAttributes,
  skipMarkup,
  XmlError,
} from './xmlBytes';

// Local constants, not imports: a compiled import is a property read on every use, in the hot loop.
const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;

/** The most values one sheet may hold: about 450,000 full tracker rows, well within memory. */
export const MAX_SHEET_CELLS = 5_000_000;

/** How many rows pass between two progress reports, when a caller asks for them. */
export const ROWS_PER_PROGRESS = 5_000;

/** Rows read so far out of the rows the part holds (both counted as `<row>` elements). */
export type SheetProgress = (rowsRead: number, totalRows: number) => void;

const enum Tag {
  Other,
  SheetData,
  Row,
  Cell,
  Value,
  Formula,
  Inline,
  Text,
  Phonetic,
}

/**
 * Reads a worksheet part. Cells with no value (formatting only, or text that is empty) are left
 * out, rows left with no cells are omitted, gaps inside a row are null, and a formula with no
 * cached result is UNCALCULATED. Throws an XmlError on a part that is not well formed, and a
 * HostError ('too-large') past MAX_SHEET_CELLS values. With `onProgress`, reports every
 * ROWS_PER_PROGRESS rows, so a pane can show a large sheet being read.
 */
export function readSheetXml(
  bytes: Uint8Array,
  sharedStrings: readonly string[],
  maxCells = MAX_SHEET_CELLS,
  onProgress?: SheetProgress,
): SheetGrid {
  const sink = new CellSink(sharedStrings, maxCells, () => tooManyCells(maxCells));
  // Counting the rows first costs one quick pass, and only when progress is asked for.
  const totalRows = onProgress === undefined ? 0 : countRowTags(bytes);
  let rowsStarted = 0;
  let inSheetData = false;
  let inlineDepth = 0;
  let phoneticDepth = 0;
  const length = bytes.length;
  let pos = 0;
  for (;;) {
    // A loop, not indexOf: tags are a few bytes apart, and a call per tag costs more than the scan.
    let lt = pos;
    while (lt < length && bytes[lt] !== LT) lt++;
    if (lt === length) break;
    const second = bytes[lt + 1];
    if (second === BANG || second === QUESTION) {
      pos = skipMarkup(bytes, lt);
      continue;
    }
    const closing = second === SLASH;
    const nameStart = closing ? lt + 2 : lt + 1;
    const nameEnd = findNameEnd(bytes, nameStart);
    const tag = tagOf(bytes, localStart(bytes, nameStart, nameEnd), nameEnd);
    if (closing) {
      pos = nameEnd;
      while (pos < length && bytes[pos] !== GT) pos++;
      if (pos++ === length) throw new XmlError('Unclosed tag', lt);
      if (tag === Tag.SheetData) return sink.finish();
      if (!inSheetData) continue;
      if (tag === Tag.Cell) sink.endCell(lt);
      else if (tag === Tag.Row) sink.endRow(lt);
      else if (tag === Tag.Inline) inlineDepth--;
      else if (tag === Tag.Phonetic) phoneticDepth--;
      continue;
    }
    if (!inSheetData) {
      pos = scanAttributes(bytes, nameEnd) + 1;
      if (tag === Tag.SheetData && bytes[pos - 2] !== SLASH) inSheetData = true;
      else if (tag === Tag.SheetData) return sink.finish();
      continue;
    }
    switch (tag) {
      case Tag.Row:
        pos = sink.startRow(bytes, nameEnd) + 1;
        if (bytes[pos - 2] === SLASH) sink.endRow(lt);
        if (onProgress !== undefined && ++rowsStarted % ROWS_PER_PROGRESS === 0) {
          onProgress(rowsStarted, Math.max(totalRows, rowsStarted));
        }
        break;
      case Tag.Cell:
        pos = sink.startCell(bytes, nameEnd) + 1;
        inlineDepth = 0;
        phoneticDepth = 0;
        if (bytes[pos - 2] === SLASH) sink.endCell(lt);
        break;
      case Tag.Value:
        pos = scanAttributes(bytes, nameEnd) + 1;
        if (inlineDepth > 0) break;
        if (bytes[pos - 2] === SLASH) sink.setValue('');
        else {
          let end = pos;
          while (end < length && bytes[end] !== LT) end++;
          // Most values are a few ASCII digits: the sink reads those from the bytes, no string made.
          if (end < length && bytes[end + 1] === SLASH) sink.setValueBytes(bytes, pos, end);
          else end = readTextContent(bytes, pos, sink.setValue);
          pos = end;
          // `</v></c>` as almost every writer puts it: close both without the general path.
          if (isEnd(bytes, pos, 0x76) && isEnd(bytes, pos + 4, 0x63)) {
            sink.endCell(pos + 4);
            pos += 8;
          }
        }
        break;
      case Tag.Formula:
        pos = scanAttributes(bytes, nameEnd) + 1;
        sink.hasFormula = true;
        break;
      case Tag.Inline:
        pos = scanAttributes(bytes, nameEnd) + 1;
        if (bytes[pos - 2] !== SLASH) inlineDepth++;
        sink.startInline();
        break;
      case Tag.Text:
        pos = scanAttributes(bytes, nameEnd) + 1;
        if (inlineDepth > 0 && phoneticDepth === 0 && bytes[pos - 2] !== SLASH) {
          pos = readTextContent(bytes, pos, sink.addInlineText);
        }
        break;
      case Tag.Phonetic:
        pos = scanAttributes(bytes, nameEnd) + 1;
        if (bytes[pos - 2] !== SLASH) phoneticDepth++;
        break;
      default:
        pos = scanAttributes(bytes, nameEnd) + 1;
    }
  }
  if (inSheetData) throw new XmlError('The sheet data is not closed', bytes.length);
  return sink.finish();
}

/** The `<row` start tags in a part (unprefixed, as every writer seen saves them). */
function countRowTags(data: Uint8Array): number {
  let count = 0;
  const end = data.length - 4;
  for (let at = 0; at < end; at++) {
    if (
      data[at] !== LT ||
      data[at + 1] !== 0x72 ||
      data[at + 2] !== 0x6f ||
      data[at + 3] !== 0x77
    ) {
      continue;
    }
    const next = data[at + 4];
    if (next === 0x20 || next === GT || next === SLASH || next === 0x09 || next === 0x0a) count++;
  }
  return count;
}

function tooManyCells(maxCells: number): never {
  throw new HostError(
    'too-large',
    `This sheet holds more than ${maxCells.toLocaleString('en-GB')} values, more than a complaints tracker needs and more than this tool reads at once. Move older years to a separate workbook (or delete unused rows and columns), save it and retry.`,
  );
}

/** True when `</x>` (a one-letter, unprefixed end tag) starts at `at`. */
function isEnd(data: Uint8Array, at: number, letter: number): boolean {
  return (
    data[at] === LT && data[at + 1] === SLASH && data[at + 2] === letter && data[at + 3] === GT
  );
}

/** The element a local name stands for; anything the grid does not need is `Other`. */
function tagOf(data: Uint8Array, start: number, end: number): Tag {
  const length = end - start;
  const first = data[start];
  if (length === 1) {
    if (first === 0x63) return Tag.Cell; // c
    if (first === 0x76) return Tag.Value; // v
    if (first === 0x66) return Tag.Formula; // f
    if (first === 0x74) return Tag.Text; // t
    return Tag.Other;
  }
  if (length === 3 && first === 0x72) {
    if (data[start + 1] === 0x6f && data[start + 2] === 0x77) return Tag.Row;
    if (data[start + 1] === 0x50 && data[start + 2] === 0x68) return Tag.Phonetic;
  }
  if (length === 2 && first === 0x69 && data[start + 1] === 0x73) return Tag.Inline;
  if (length === 9 && bytesAre(data, start, end, 'sheetData')) return Tag.SheetData;
  return Tag.Other;
}
