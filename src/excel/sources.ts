/** What the workbook offers to read: its visible sheets, its tables and the active sheet. */
import type { TrackerSources } from '../core/port';
import { SUMMARY_SHEET_NAME } from '../core/summaryLayout';
import type { Runner } from './run';

/**
 * Lists the places a tracker can be, in one sync. The add-in's own summary sheet is left out: it
 * is never a tracker, and offering it would only invite a confusing build.
 */
export function listSources(run: Runner): Promise<TrackerSources> {
  return run('list', async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name,items/visibility');
    const tables = context.workbook.tables;
    tables.load('items/name');
    const active = sheets.getActiveWorksheet();
    active.load('name');
    await context.sync();
    return {
      sheets: sheets.items
        .filter((sheet) => sheet.visibility === 'Visible' && sheet.name !== SUMMARY_SHEET_NAME)
        .map((sheet) => sheet.name),
      tables: tables.items.map((table) => table.name),
      active: active.name === SUMMARY_SHEET_NAME ? null : active.name,
    };
  });
}
