/**
 * Writes the "Complaints summary" sheet safely: the new summary is written whole under a temporary
 * name first (text formats before values, so tracker text such as "=SUM(A1)" stays text; bold
 * titles and headers; the core's column widths with the tables' text wrapped; a native chart per
 * table that asks for one; the print setup), and only then is the
 * old one deleted and the new one renamed. So the old summary goes only once its replacement is
 * there, and a workbook whose only visible sheet is the old summary still has a visible sheet.
 * Everything Excel would refuse part-way (structure protection, a very hidden old summary, a sheet
 * of that name the user made) is checked before anything is written.
 */
import { HostError } from '../core/port';
import { columnLetters } from '../core/columnLetters';
import { summaryColumnWidths, type SummaryLayout } from '../core/summaryLayout';
import { blockAddress } from './_lib/addresses';
import { queuePrintSetup } from './printSetup';
import type { Tuning } from './run';
import { layoutGrid, placeCharts, planWriteSlices, type SummaryGrid } from './summaryGrid';

/** Rows of column A read to recognise the add-in's own summary sheet before replacing it. */
const OWNERSHIP_ROWS = 10;
const TITLE_FONT_SIZE = 14;

/**
 * True when column A starts with the layout's title and has a "Built …" note under it: the sheet
 * was written by this add-in (or by the command line), so it may be replaced. Anything else with
 * that name is the user's, and is never deleted.
 */
export function isOwnSummary(columnA: unknown[][], title: string): boolean {
  const [first, ...rest] = columnA.map((row) => row[0]);
  return (
    first === title && rest.some((cell) => typeof cell === 'string' && cell.startsWith('Built '))
  );
}

/** An earlier summary sheet as the reads before a write found it. */
export type OldSummary = {
  sheet: Excel.Worksheet;
  visibility: string;
  head: Excel.Range;
};

/** Queues the read of the old summary's first cells, once its existence is known. */
export function queueOldSummary(sheet: Excel.Worksheet, visibility: string): OldSummary {
  const head = sheet.getRange(`A1:A${OWNERSHIP_ROWS}`);
  head.load('values');
  return { sheet, visibility, head };
}

/**
 * Throws, before anything is written, when the summary cannot be replaced: the workbook's
 * structure is protected, the sheet of that name is not the add-in's, or it is very hidden
 * (Excel will not delete a very hidden sheet).
 */
export function checkSummaryReplaceable(
  layout: SummaryLayout,
  old: OldSummary | null,
  structureProtected: boolean,
): void {
  if (structureProtected) {
    throw new HostError(
      'protected',
      `The workbook's structure is protected, so Complaints Report cannot add or replace the "${layout.sheetName}" sheet. Unprotect the workbook (Review > Protect Workbook), then build again.`,
    );
  }
  if (old === null) return;
  if (!isOwnSummary(old.head.values, layout.title)) {
    throw new HostError(
      'unknown',
      `This workbook already has a sheet called "${layout.sheetName}" that Complaints Report did not make. Rename that sheet, then build again.`,
    );
  }
  if (old.visibility === 'VeryHidden') {
    throw new HostError(
      'unknown',
      `The old "${layout.sheetName}" sheet is very hidden (a macro or another add-in hid it), and Excel will not let an add-in delete a very hidden sheet. Make it visible again (in Excel for Windows or Mac: Developer > Visual Basic, select the sheet, set Visible to xlSheetVisible), then build again.`,
    );
  }
}

/** A free sheet name for the new summary while it is being written. */
export function temporaryName(layout: SummaryLayout, taken: readonly string[]): string {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  for (let n = 1; ; n += 1) {
    const name = `${layout.sheetName} (new${n === 1 ? '' : ` ${n}`})`.slice(0, 31);
    if (!used.has(name.toLowerCase())) return name;
  }
}

/** Excel's column width in points for a width in digits (Calibri 11: 7 pixels a digit, 5 of padding). */
export function columnPoints(digits: number): number {
  return ((digits * 7 + 5) * 3) / 4;
}

/**
 * Sets the columns to the widths the core works out for both hosts (the .xlsx file has the same
 * widths), wraps the tables' text inside them and lets Excel size each row to its wrapped text.
 */
function sizeColumns(sheet: Excel.Worksheet, layout: SummaryLayout, grid: SummaryGrid): void {
  summaryColumnWidths(layout).forEach((digits, i) => {
    const column = columnLetters(i);
    sheet.getRange(`${column}:${column}`).format.columnWidth = columnPoints(digits);
  });
  for (const { table, headerRow, lastRow } of grid.tables) {
    const block = sheet.getRange(
      blockAddress(headerRow + 1, lastRow + 1, 0, table.header.length - 1),
    );
    block.format.wrapText = true;
    block.format.verticalAlignment = 'Top';
  }
  const firstTableRow = grid.tables[0]?.titleRow ?? 0;
  const lastRow = grid.cells.length;
  sheet.getRange(blockAddress(firstTableRow + 1, lastRow, 0, grid.width - 1)).format.autofitRows();
}

function formatSheet(sheet: Excel.Worksheet, layout: SummaryLayout, grid: SummaryGrid): void {
  const lastColumn = grid.width - 1;
  for (const row of grid.boldRows) {
    sheet.getRange(blockAddress(row + 1, row + 1, 0, lastColumn)).format.font.bold = true;
  }
  sheet.getRange('A1').format.font.size = TITLE_FONT_SIZE;
  sizeColumns(sheet, layout, grid);
  for (const chart of placeCharts(grid)) {
    const added = sheet.charts.add(chart.type, sheet.getRange(chart.dataAddress), 'Columns');
    added.name = chart.id;
    added.title.text = chart.title;
    added.setPosition(chart.topLeft, chart.bottomRight);
  }
}

/**
 * Queues the new summary under `temporary`, then the old one's deletion and the rename, and shows
 * it. Nothing is synced unless the summary is too large for one request: then each slice but the
 * last is sent on its own. The caller syncs the rest.
 */
export async function queueSummary(
  context: Excel.RequestContext,
  layout: SummaryLayout,
  old: OldSummary | null,
  temporary: string,
  tuning: Tuning,
): Promise<void> {
  const grid = layoutGrid(layout);
  const slices = planWriteSlices(grid, tuning.maxPayloadBytes);
  const sheet = context.workbook.worksheets.add(temporary);
  for (const [i, slice] of slices.entries()) {
    const range = sheet.getRange(blockAddress(slice.first + 1, slice.last + 1, 0, grid.width - 1));
    // Formats first: a value lands in a cell already formatted as text.
    range.numberFormat = grid.formats.slice(slice.first, slice.last + 1);
    range.values = grid.cells.slice(slice.first, slice.last + 1);
    // Only a summary past the request limit has more than one slice, each its own request.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    if (i < slices.length - 1) await context.sync();
  }
  formatSheet(sheet, layout, grid);
  // Without ExcelApi 1.9 the sheet is written without it; TESTING.md says what to check.
  queuePrintSetup(sheet, layout.print, blockAddress(1, grid.cells.length, 0, grid.width - 1));
  old?.sheet.delete();
  sheet.name = layout.sheetName;
  sheet.activate();
}

/** After a failed write, removes the half-written new summary if it is still there. */
export async function removeTemporary(
  context: Excel.RequestContext,
  temporary: string,
): Promise<void> {
  const leftover = context.workbook.worksheets.getItemOrNullObject(temporary);
  await context.sync();
  if (leftover.isNullObject) return;
  leftover.delete();
  await context.sync();
}
