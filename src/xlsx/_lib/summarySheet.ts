/**
 * The "Complaints summary" sheet part, written from the layout the core makes: title, notes, then
 * each table (bold title, bold shaded header, its rows) with a blank row between tables. Text is
 * written as inline strings, so the shared strings stay untouched and nothing the tracker holds
 * can become a formula. It prints as the layout's print setup says: A4 in its orientation, one page
 * wide, the tables' text wrapped, a centred footer (the title rows repeat through the workbook's
 * print titles, `printTitles.ts`).
 */
import { columnLetters } from '../../core/columnLetters';
import {
  summaryColumnWidths,
  wrappedLines,
  type SummaryCell,
  type SummaryLayout,
} from '../../core/summaryLayout';
import { escapeXmlText } from './xmlEdit';
import { encodeExcelText } from './xmlText';

/** The cell formats (indexes into the styles' `cellXfs`) the sheet uses. */
export type SummaryStyles = {
  title: number;
  tableTitle: number;
  header: number;
  /** Table text: wrapped within its column, at the top of its row. */
  wrap: number;
  /** Table figures, at the top of their row beside wrapped text. */
  figure: number;
};

/** The style requests `addStyles` needs for the sheet, in the order of `SummaryStyles`. */
export const SUMMARY_STYLE_REQUEST = {
  fonts: [14, 12, 11].map(
    (size) =>
      `<{p}font><{p}b/><{p}sz val="${size}"/><{p}name val="Calibri"/><{p}family val="2"/></{p}font>`,
  ),
  fills: [
    '<{p}fill><{p}patternFill patternType="solid"><{p}fgColor rgb="FFD9E1F2"/><{p}bgColor indexed="64"/></{p}patternFill></{p}fill>',
  ],
  cellXfs: [
    '<{p}xf numFmtId="0" fontId="{fonts:0}" fillId="0" borderId="0" xfId="0" applyFont="1"/>',
    '<{p}xf numFmtId="0" fontId="{fonts:1}" fillId="0" borderId="0" xfId="0" applyFont="1"/>',
    '<{p}xf numFmtId="0" fontId="{fonts:2}" fillId="{fills:0}" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><{p}alignment vertical="top" wrapText="1"/></{p}xf>',
    '<{p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><{p}alignment vertical="top" wrapText="1"/></{p}xf>',
    '<{p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><{p}alignment vertical="top"/></{p}xf>',
  ],
};

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
/** Excel's default row height, in points, for one line of Calibri 11. */
const LINE_POINTS = 15;
const PAPER_SIZE_A4 = 9;

/** The row's height when its wrapped text needs more than one line; null for the default. */
function rowHeight(cells: readonly SummaryCell[], widths: readonly number[]): number | null {
  const lines = cells.reduce<number>(
    (most, cell, i) =>
      typeof cell === 'string' ? Math.max(most, wrappedLines(cell, widths[i])) : most,
    1,
  );
  return lines > 1 ? lines * LINE_POINTS : null;
}

/**
 * The worksheet part for the layout. Column widths are the core's (`summaryColumnWidths`), as in
 * Excel; a row of wrapped text is given the height its lines need, because a file's reader does
 * not measure text (LibreOffice leaves such rows one line high, the text overlapping).
 */
export function writeSummarySheet(layout: SummaryLayout, styles: SummaryStyles): string {
  const widths = summaryColumnWidths(layout);
  const rows: string[] = [];
  let rowNumber = 1;
  const put = (
    cells: readonly SummaryCell[],
    style: (cell: SummaryCell) => number | null,
    height: number | null,
  ): void => {
    const xml = cells.map((value, i) =>
      cellXml(`${columnLetters(i)}${rowNumber}`, value, style(value)),
    );
    const ht = height === null ? '' : ` ht="${height}" customHeight="1"`;
    rows.push(`<row r="${rowNumber}"${ht}>${xml.join('')}</row>`);
    rowNumber++;
  };
  put([layout.title], () => styles.title, null);
  for (const note of layout.notes) put([note], () => null, null);
  for (const table of layout.tables) {
    rowNumber++; // a blank row after the notes and between tables
    put([table.title], () => styles.tableTitle, null);
    put(table.header, () => styles.header, rowHeight(table.header, widths));
    const body = (cell: SummaryCell) => (typeof cell === 'number' ? styles.figure : styles.wrap);
    for (const cells of table.rows) put(cells, body, rowHeight(cells, widths));
  }
  const cols = widths.map(
    (width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${MAIN}">` +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    '<sheetViews><sheetView workbookViewId="0"/></sheetViews>' +
    `<sheetFormatPr defaultRowHeight="${LINE_POINTS}"/>` +
    `<cols>${cols.join('')}</cols>` +
    `<sheetData>${rows.join('')}</sheetData>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    `<pageSetup paperSize="${PAPER_SIZE_A4}" orientation="${layout.print.orientation}" fitToWidth="1" fitToHeight="0"/>` +
    `<headerFooter><oddFooter>${escapeXmlText(footerCode(layout.print.footer))}</oddFooter></headerFooter>` +
    '</worksheet>'
  );
}

/**
 * The footer in the codes of SpreadsheetML's header and footer (ECMA-376 §18.3.1.39), centred:
 * `&` starts a code, so a literal one is written `&&`.
 */
export function footerCode(text: string): string {
  return `&C${text.replace(/&/g, '&&')}`;
}

/** One cell: a number as a number, text as an inline string (never a formula), '' left out. */
function cellXml(ref: string, value: SummaryCell, style: number | null): string {
  const s = style === null || style === 0 ? '' : ` s="${style}"`;
  if (typeof value === 'number') {
    return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : '';
  }
  if (value === '') return style === null ? '' : `<c r="${ref}"${s}/>`;
  const text = escapeXmlText(encodeExcelText(value));
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${text}</t></is></c>`;
}
