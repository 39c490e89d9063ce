/**
 * Reads the tracker's cells: the active sheet, a named sheet or an Excel table. The first sync
 * learns the block's size; the values then come in row chunks sized in bytes (assumed for the
 * first, measured after), so no response passes Excel on the web's 5 MB limit. A few syncs,
 * however many rows.
 */
import type { ReadProgress, TrackerSource } from '../core/port';
import { HostError } from '../core/port';
import type { CellValue, RawSheet } from '../core/types';
import { blockAddress } from './_lib/addresses';
import { measureJsonBytes } from './_lib/payload';
import { isPayloadError } from './errors';
import type { Runner, Tuning } from './run';

/** The tracker's block of cells on its sheet, as the first sync found it. */
type Block = { startRow: number; rowCount: number; firstColumn: number; columnCount: number };

/** The tracker's proxies, queued for the first sync: a table's, or a sheet's used range. */
type Located =
  | { kind: 'table'; range: Excel.Range; table: Excel.Table }
  | { kind: 'sheet'; range: Excel.Range; sheet: Excel.Worksheet };

function locate(context: Excel.RequestContext, source: TrackerSource | null): Located {
  const sheets = context.workbook.worksheets;
  if (source?.kind === 'table') {
    const table = context.workbook.tables.getItem(source.name);
    table.load('worksheet/name');
    const range = table.getRange();
    range.load('rowIndex,columnIndex,rowCount,columnCount');
    return { kind: 'table', range, table };
  }
  const sheet = source ? sheets.getItem(source.name) : sheets.getActiveWorksheet();
  sheet.load('name');
  // isNullObject comes with the sync; it needs no load of its own.
  const range = sheet.getUsedRangeOrNullObject(true);
  range.load('rowIndex,columnIndex,rowCount,columnCount');
  return { kind: 'sheet', range, sheet };
}

/** What was being read, for a not-found message: "the sheet "Tracker"". */
export function describe(source: TrackerSource | null): string | undefined {
  if (source === null) return undefined;
  return source.kind === 'table' ? `the table "${source.name}"` : `the sheet "${source.name}"`;
}

/** Other work to queue on the read's syncs, so it costs no round trip of its own. */
export type ReadHooks = {
  /** Queued with the first sync, the one that learns the block's size. */
  withFirstSync?: (context: Excel.RequestContext) => void;
  /** Queued with the first values sync; given the tracker sheet's name. */
  withValues?: (context: Excel.RequestContext, sheetName: string) => void;
};

/**
 * Reads every row of `block`, each sync one range of as many rows as fit `tuning.maxPayloadBytes`:
 * the first sized from an assumed `tuning.firstReadCellBytes` per cell, later ones from the widest
 * row measured so far. If Excel still says the payload is too large, the rows per sync
 * are halved and the sync retried.
 */
async function readRows(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  block: Block,
  tuning: Tuning,
  onProgress?: ReadProgress,
  withValues?: () => void,
): Promise<CellValue[][]> {
  const values: CellValue[][] = [];
  const lastColumn = block.firstColumn + block.columnCount - 1;
  let bytesPerRow = block.columnCount * tuning.firstReadCellBytes;
  let rowCap = Number.POSITIVE_INFINITY;
  let measured = false;
  let extras = withValues;
  while (values.length < block.rowCount) {
    const budget = Math.floor(tuning.maxPayloadBytes / bytesPerRow);
    const rows = Math.min(Math.max(1, budget), rowCap, block.rowCount - values.length);
    const first = block.startRow + values.length;
    const range = sheet.getRange(
      blockAddress(first, first + rows - 1, block.firstColumn, lastColumn),
    );
    range.load('values');
    extras?.();
    extras = undefined;
    try {
      // One sync per payload budget, by design: Excel on the web refuses more than 5 MB at once.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!isPayloadError(error) || rows === 1) throw error;
      rowCap = Math.max(1, Math.floor(rows / 2));
      continue;
    }
    const chunk = range.values as CellValue[][];
    // The widest row so far (and its comma) bounds every later read, not the average.
    let widest = measured ? bytesPerRow : 1;
    for (const row of chunk) {
      values.push(row);
      widest = Math.max(widest, measureJsonBytes(row) + 1);
    }
    bytesPerRow = widest;
    measured = true;
    onProgress?.(values.length, block.rowCount);
  }
  return values;
}

/**
 * Reads the tracker as a `RawSheet`: values with their sheet row numbers and first column. The
 * workbook's date system is probed with DATE(1904,1,1), which is 0 in the 1904 system and 1462 in
 * the 1900 one (`Workbook.use1904DateSystem` is a preview-only API, so it is not used).
 */
export function readTracker(
  run: Runner,
  source: TrackerSource | null,
  tuning: Tuning,
  onProgress?: ReadProgress,
): Promise<RawSheet> {
  return run(
    'read',
    (context) => readTrackerIn(context, source, tuning, onProgress),
    describe(source),
  );
}

/** The reading itself, inside a caller's `Excel.run`; `hooks` ride on its syncs. */
export async function readTrackerIn(
  context: Excel.RequestContext,
  source: TrackerSource | null,
  tuning: Tuning,
  onProgress?: ReadProgress,
  hooks: ReadHooks = {},
): Promise<RawSheet> {
  const located = locate(context, source);
  const probe = context.workbook.functions.date(1904, 1, 1);
  probe.load('value');
  hooks.withFirstSync?.(context);
  await context.sync();
  const name = located.kind === 'table' ? located.table.worksheet.name : located.sheet.name;
  if (located.kind === 'sheet' && located.range.isNullObject) {
    throw new HostError(
      'no-data',
      `The sheet "${name}" is empty. Open the sheet that holds the complaints tracker and build again.`,
    );
  }
  const block: Block = {
    startRow: located.range.rowIndex + 1,
    rowCount: located.range.rowCount,
    firstColumn: located.range.columnIndex,
    columnCount: located.range.columnCount,
  };
  const sheet =
    located.kind === 'sheet' ? located.sheet : context.workbook.worksheets.getItem(name);
  const values = await readRows(context, sheet, block, tuning, onProgress, () =>
    hooks.withValues?.(context, name),
  );
  return {
    name,
    values,
    rowNumbers: values.map((_, i) => block.startRow + i),
    firstColumn: block.firstColumn,
    date1904: probe.value === 0,
  };
}
