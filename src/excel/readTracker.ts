/**
 * Reads the tracker's cells: the active sheet, a named sheet or an Excel table. The first sync
 * learns the block's size; the values then come in row chunks sized from the JSON they measure, so
 * no response passes Excel on the web's 5 MB limit. A few syncs, however many rows.
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

function describe(source: TrackerSource | null): string | undefined {
  if (source === null) return undefined;
  return source.kind === 'table' ? `the table "${source.name}"` : `the sheet "${source.name}"`;
}

/** Splits `rows` rows starting at `offset` into chunks of at most `chunkRows`. */
function planChunks(offset: number, rows: number, chunkRows: number) {
  const chunks: { offset: number; rows: number }[] = [];
  for (let done = 0; done < rows; done += chunkRows) {
    chunks.push({ offset: offset + done, rows: Math.min(chunkRows, rows - done) });
  }
  return chunks;
}

/**
 * Reads every row of `block`. The first sync carries one chunk of `tuning.chunkCells` cells; later
 * syncs carry as many chunks as the measured bytes per row allow within `tuning.maxPayloadBytes`.
 * If Excel still says the payload is too large, the rows per sync are halved and the sync retried.
 */
async function readRows(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  block: Block,
  tuning: Tuning,
  onProgress?: ReadProgress,
): Promise<CellValue[][]> {
  const values: CellValue[][] = [];
  const lastColumn = block.firstColumn + block.columnCount - 1;
  const chunkRows = Math.max(1, Math.floor(tuning.chunkCells / block.columnCount));
  let bytesPerRow: number | null = null;
  let rowCap = Number.POSITIVE_INFINITY;
  while (values.length < block.rowCount) {
    const budget =
      bytesPerRow === null ? chunkRows : Math.floor(tuning.maxPayloadBytes / bytesPerRow);
    const rows = Math.min(Math.max(1, budget), rowCap, block.rowCount - values.length);
    const loads = planChunks(values.length, rows, chunkRows).map((chunk) => {
      const first = block.startRow + chunk.offset;
      const range = sheet.getRange(
        blockAddress(first, first + chunk.rows - 1, block.firstColumn, lastColumn),
      );
      range.load('values');
      return { chunk, range };
    });
    try {
      // One sync per payload budget, by design: Excel on the web refuses more than 5 MB at once.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!isPayloadError(error) || rows === 1) throw error;
      rowCap = Math.max(1, Math.floor(rows / 2));
      continue;
    }
    for (const { chunk, range } of loads) {
      const chunkValues = range.values as CellValue[][];
      for (const row of chunkValues) values.push(row);
      bytesPerRow = Math.max(bytesPerRow ?? 0, measureJsonBytes(chunkValues) / chunk.rows);
      onProgress?.(values.length, block.rowCount);
    }
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
    async (context) => {
      const located = locate(context, source);
      const probe = context.workbook.functions.date(1904, 1, 1);
      probe.load('value');
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
      const values = await readRows(context, sheet, block, tuning, onProgress);
      return {
        name,
        values,
        rowNumbers: values.map((_, i) => block.startRow + i),
        firstColumn: block.firstColumn,
        date1904: probe.value === 0,
      };
    },
    describe(source),
  );
}
