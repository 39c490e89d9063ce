/**
 * The "Complaints summary" sheet part, written from the layout the core makes: title, notes, then
 * each table (bold title, bold shaded header, its rows) with a blank row between tables. Text is
 * written as inline strings, so the shared strings stay untouched and nothing the tracker holds
 * can become a formula. It prints on A4, one page wide, with the issue messages wrapped.
 */
import { columnLetters } from '../../core/columnLetters';
import type { SummaryCell, SummaryLayout } from '../../core/summaryLayout';
import { escapeXmlText } from './xmlEdit';
import { encodeExcelText } from './xmlText';

/** The cell formats (indexes into the styles' `cellXfs`) the sheet uses. */
export type SummaryStyles = { title: number; tableTitle: number; header: number; wrap: number };

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
    '<{p}xf numFmtId="0" fontId="{fonts:2}" fillId="{fills:0}" borderId="0" xfId="0" applyFont="1" applyFill="1"/>',
    '<{p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><{p}alignment vertical="top" wrapText="1"/></{p}xf>',
  ],
};

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const MIN_WIDTH = 10;
const MAX_WIDTH = 60;

/** The worksheet part for the layout. */
export function writeSummarySheet(layout: SummaryLayout, styles: SummaryStyles): string {
  const rows: string[] = [];
  const widths: number[] = [];
  const wrapColumns = new Set<number>();
  let rowNumber = 1;
  const put = (cells: readonly SummaryCell[], style: number | null, measure: boolean): void => {
    const xml = cells.map((value, i) => {
      if (measure) widths[i] = Math.max(widths[i] ?? 0, String(value).length);
      const wrap = style === null && wrapColumns.has(i) ? styles.wrap : style;
      return cellXml(`${columnLetters(i)}${rowNumber}`, value, wrap);
    });
    rows.push(`<row r="${rowNumber}">${xml.join('')}</row>`);
    rowNumber++;
  };
  put([layout.title], styles.title, false);
  for (const note of layout.notes) put([note], null, false);
  for (const table of layout.tables) {
    rowNumber++; // a blank row after the notes and between tables
    put([table.title], styles.tableTitle, false);
    put(table.header, styles.header, true);
    wrapColumns.clear();
    if (table.id === 'issues') wrapColumns.add(table.header.length - 1);
    for (const cells of table.rows) put(cells, null, true);
  }
  const cols = widths.map((width, i) => {
    const size = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width + 2));
    return `<col min="${i + 1}" max="${i + 1}" width="${size}" customWidth="1"/>`;
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${MAIN}">` +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    '<sheetViews><sheetView workbookViewId="0"/></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols.length > 0 ? `<cols>${cols.join('')}</cols>` : '') +
    `<sheetData>${rows.join('')}</sheetData>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"/>' +
    '</worksheet>'
  );
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
