/**
 * The "Complaints summary" sheet drawn with exceljs from the layout the core makes: title, notes,
 * then each table (bold title, bold shaded header, its rows) with a blank row between tables.
 * exceljs cannot write charts, so this sheet has none; the Excel add-in draws native charts.
 */
import type ExcelJS from 'exceljs';
import type { SummaryCell, SummaryLayout } from '../../core/summaryLayout';
import { encodeExcelText } from './xmlText';

const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFD9E1F2' },
};
// A font with no name shows as the viewer's fallback (a serif in some), so name Excel's default.
const font = (size: number): Partial<ExcelJS.Font> => ({
  name: 'Calibri',
  family: 2,
  size,
  bold: true,
});
const MIN_WIDTH = 10;
const MAX_WIDTH = 60;

/** Adds the summary sheet at the end of the workbook. Text is always written as text, never a formula. */
export function addSummarySheet(workbook: ExcelJS.Workbook, layout: SummaryLayout): void {
  const sheet = workbook.addWorksheet(layout.sheetName);
  const widths: number[] = [];
  let rowNumber = 1;
  const put = (cells: readonly SummaryCell[], measure: boolean): ExcelJS.Row => {
    const row = sheet.getRow(rowNumber++);
    cells.forEach((value, i) => {
      // A string is stored as a string cell whatever it starts with ('=', '+', '-', '@'):
      // exceljs makes formulas only from { formula } objects, so tracker text cannot run.
      row.getCell(i + 1).value = typeof value === 'string' ? encodeExcelText(value) : value;
      if (measure) widths[i] = Math.max(widths[i] ?? 0, String(value).length);
    });
    return row;
  };

  const title = put([layout.title], false);
  title.font = font(14);
  for (const note of layout.notes) put([note], false);
  for (const table of layout.tables) {
    rowNumber += 1; // a blank row after the notes and between tables
    put([table.title], false).font = font(12);
    const header = put(table.header, true);
    header.font = font(11);
    table.header.forEach((_name, i) => {
      header.getCell(i + 1).fill = HEADER_FILL;
    });
    for (const cells of table.rows) put(cells, true);
  }
  widths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width + 2));
  });
}
