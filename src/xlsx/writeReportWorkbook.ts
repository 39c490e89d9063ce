/**
 * The report written into a copy of the tracker workbook, for the command line and the browser
 * workbench: the "Complaints summary" sheet (replaced, never duplicated, on every build) and the
 * highlight of the target rows as conditional formatting, so no value or format of the user's
 * changes. exceljs rewrites the package; it cannot write charts (the Excel add-in draws native ones).
 */
import ExcelJS from 'exceljs';
import { HostError, type RowTarget } from '../core/port';
import type { SummaryLayout } from '../core/summaryLayout';
import {
  formatHighlightRanges,
  HIGHLIGHT_FILL_ARGB,
  HIGHLIGHT_FORMULA,
  isHighlightRule,
} from './_lib/highlightRules';
import type { LoadedRule } from './_lib/highlightRules';
import { escapeStringCells } from './_lib/escapeStringCells';
import { addSummarySheet } from './_lib/summarySheet';
import { openWorkbook } from './readWorkbook';

export type ReportWorkbookArgs = { layout: SummaryLayout; highlight: RowTarget | null };

/**
 * Returns the workbook with the summary sheet and highlight applied. Earlier highlights the add-in
 * made are removed from every sheet first, so a rebuild never stacks them; the user's own
 * conditional formats stay. Rejects with a HostError for a file that is not a readable .xlsx.
 */
export async function writeReportWorkbook(
  input: Uint8Array,
  args: ReportWorkbookArgs,
): Promise<Uint8Array> {
  // The fast reader first: the same clear message for an .xls, a .csv or a password-protected file.
  const { sheetNames } = openWorkbook(input);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's types ask for a Node Buffer, but it hands the bytes to JSZip, which takes a
    // Uint8Array in Node and in the browser alike.
    await workbook.xlsx.load(input as unknown as ExcelJS.Buffer);
  } catch (cause) {
    throw new HostError(
      'unknown',
      'This workbook could not be opened to write the report. Open it in Excel, save it again and retry.',
      cause,
    );
  }
  const { layout, highlight } = args;
  const previous = workbook.worksheets.filter(
    (sheet) => sheet.name.toLowerCase() === layout.sheetName.toLowerCase(),
  );
  for (const sheet of previous) workbook.removeWorksheet(sheet.id);
  // Remove the add-in's earlier highlights, noting the last priority the user's own rules use.
  const lastPriority = new Map<string, number>();
  for (const sheet of workbook.worksheets) {
    sheet.removeConditionalFormatting((format: { rules: LoadedRule[] }) => {
      if (format.rules.some(isHighlightRule)) return false;
      const priorities = format.rules.map((rule) => rule.priority ?? 0);
      lastPriority.set(sheet.name, Math.max(lastPriority.get(sheet.name) ?? 0, ...priorities));
      return true;
    });
  }
  if (highlight && highlight.rows.length > 0) {
    applyHighlight(workbook, highlight, sheetNames, (lastPriority.get(highlight.sheet) ?? 0) + 1);
  }
  for (const sheet of workbook.worksheets) escapeStringCells(sheet);
  addSummarySheet(workbook, layout);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Adds the highlight after the user's own rules, so where theirs apply their formats still show. */
function applyHighlight(
  workbook: ExcelJS.Workbook,
  target: RowTarget,
  names: string[],
  priority: number,
): void {
  const sheet = workbook.getWorksheet(target.sheet);
  if (!sheet) {
    const list = names.map((name) => `"${name}"`).join(', ');
    throw new HostError(
      'not-found',
      `This workbook has no sheet called "${target.sheet}" to highlight. Its sheets are: ${list}.`,
    );
  }
  sheet.addConditionalFormatting({
    ref: formatHighlightRanges(target),
    rules: [
      {
        type: 'expression',
        formulae: [HIGHLIGHT_FORMULA],
        priority,
        style: {
          fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: HIGHLIGHT_FILL_ARGB } },
        },
      },
    ],
  });
}
