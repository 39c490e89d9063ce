/**
 * Writes the "Complaints summary" sheet in one `Excel.run`: replace the add-in's previous sheet,
 * set text formats before values (so tracker text such as "=SUM(A1)" stays text), bold the titles
 * and headers, autofit, add a native chart per table that asks for one, and show the sheet.
 */
import { HostError } from '../core/port';
import type { SummaryLayout } from '../core/summaryLayout';
import { blockAddress } from './_lib/addresses';
import type { Runner, Tuning } from './run';
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

function formatSheet(sheet: Excel.Worksheet, grid: SummaryGrid): void {
  const lastColumn = grid.width - 1;
  for (const row of grid.boldRows) {
    sheet.getRange(blockAddress(row + 1, row + 1, 0, lastColumn)).format.font.bold = true;
  }
  sheet.getRange('A1').format.font.size = TITLE_FONT_SIZE;
  // Autofit on the tables only: the long note lines in column A would make it far too wide.
  const firstTableRow = grid.tables[0]?.titleRow ?? 0;
  const lastRow = grid.cells.length;
  sheet.getRange(blockAddress(firstTableRow + 1, lastRow, 0, lastColumn)).format.autofitColumns();
  for (const chart of placeCharts(grid)) {
    const added = sheet.charts.add(chart.type, sheet.getRange(chart.dataAddress), 'Columns');
    added.name = chart.id;
    added.title.text = chart.title;
    added.setPosition(chart.topLeft, chart.bottomRight);
  }
}

/**
 * Replaces the summary sheet. Two syncs as a rule (three when an earlier summary is there to be
 * checked); a summary too large for one request is written in slices, a sync each.
 */
export function writeSummary(run: Runner, layout: SummaryLayout, tuning: Tuning): Promise<void> {
  const grid = layoutGrid(layout);
  const slices = planWriteSlices(grid, tuning.maxPayloadBytes);
  return run('write', async (context) => {
    const sheets = context.workbook.worksheets;
    const existing = sheets.getItemOrNullObject(layout.sheetName);
    await context.sync(); // Fills in isNullObject, which needs no load.
    if (!existing.isNullObject) {
      const head = existing.getRange(`A1:A${OWNERSHIP_ROWS}`);
      head.load('values');
      await context.sync();
      if (!isOwnSummary(head.values, layout.title)) {
        throw new HostError(
          'unknown',
          `This workbook already has a sheet called "${layout.sheetName}" that Complaints Report did not make. Rename that sheet, then build again.`,
        );
      }
      existing.delete();
    }
    const sheet = sheets.add(layout.sheetName);
    for (const [i, slice] of slices.entries()) {
      const range = sheet.getRange(
        blockAddress(slice.first + 1, slice.last + 1, 0, grid.width - 1),
      );
      // Formats first: a value lands in a cell already formatted as text.
      range.numberFormat = grid.formats.slice(slice.first, slice.last + 1);
      range.values = grid.cells.slice(slice.first, slice.last + 1);
      // Only a summary past the request limit has more than one slice, each its own request.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      if (i < slices.length - 1) await context.sync();
    }
    formatSheet(sheet, grid);
    sheet.activate();
    await context.sync();
  });
}
