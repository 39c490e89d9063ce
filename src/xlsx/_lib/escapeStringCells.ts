/**
 * exceljs decodes Excel's `_xHHHH_` escapes when it loads text but does not encode them when it
 * saves, so a carriage return pasted into a tracker cell, a control character, or a literal
 * "_x0041_" would come back changed (or dropped). Encoding every text cell before the save makes the
 * saved workbook hold exactly what the user had.
 */
import type ExcelJS from 'exceljs';
import { encodeExcelText } from './xmlText';

/** Encodes the text and rich-text cells of a worksheet in place, ready for exceljs to save. */
export function escapeStringCells(sheet: ExcelJS.Worksheet): void {
  sheet.eachRow((row) => {
    row.eachCell((cell) => {
      const value = cell.value;
      if (typeof value === 'string') {
        const encoded = encodeExcelText(value);
        if (encoded !== value) cell.value = encoded;
      } else if (isHyperlink(value)) {
        const text = encodeExcelText(value.text);
        if (text !== value.text) cell.value = { ...value, text };
      } else if (isRichText(value)) {
        const runs = value.richText.map((run) => ({ ...run, text: encodeExcelText(run.text) }));
        if (runs.some((run, i) => run.text !== value.richText[i].text))
          cell.value = { richText: runs };
      }
    });
  });
}

function isHyperlink(value: ExcelJS.CellValue): value is ExcelJS.CellHyperlinkValue {
  return typeof value === 'object' && value !== null && 'hyperlink' in value && 'text' in value;
}

function isRichText(value: ExcelJS.CellValue): value is ExcelJS.CellRichTextValue {
  return typeof value === 'object' && value !== null && 'richText' in value;
}
