/**
 * The summary layout as one rectangular block of cells with its number formats, which rows are
 * bold and where each chart goes: everything Excel needs, worked out before any Excel call so it
 * can be tested on its own.
 */
import { columnLetters } from '../core/columnLetters';
import type { SummaryCell, SummaryChart, SummaryLayout, SummaryTable } from '../core/summaryLayout';
import { blockAddress } from './_lib/addresses';
import { measureJsonBytes } from './_lib/payload';

/** Excel's text format: a cell in it keeps "=SUM(A1)" or "+44 …" as text, never a formula. */
export const TEXT_FORMAT = '@';
export const GENERAL_FORMAT = 'General';

/** Rows and columns a chart covers, and the gap between charts, in cells. */
const CHART_ROWS = 15;
const CHART_COLUMNS = 7;
const CHART_GAP_ROWS = 1;

export type PlacedTable = {
  table: SummaryTable;
  /** 0-based grid rows of the table's title, header and last body row. */
  titleRow: number;
  headerRow: number;
  lastRow: number;
};

export type SummaryGrid = {
  width: number;
  cells: SummaryCell[][];
  formats: string[][];
  /** 0-based grid rows to show in bold: the sheet title, each table's title and header. */
  boldRows: number[];
  tables: PlacedTable[];
};

export type ChartPlacement = {
  id: string;
  type: 'Pie' | 'ColumnClustered' | 'BarClustered';
  title: string;
  /** The table's header and body, label column plus the series it plots. */
  dataAddress: string;
  topLeft: string;
  bottomRight: string;
};

const CHART_TYPES: Record<SummaryChart, ChartPlacement['type']> = {
  pie: 'Pie',
  column: 'ColumnClustered',
  bar: 'BarClustered',
};

function padRow(row: SummaryCell[], width: number): SummaryCell[] {
  return row.length >= width ? row : [...row, ...Array<SummaryCell>(width - row.length).fill('')];
}

/** Lays the title, notes and tables out top to bottom, a blank row between blocks. */
export function layoutGrid(layout: SummaryLayout): SummaryGrid {
  const width = layout.tables.reduce(
    (widest, t) =>
      t.rows.reduce((w, r) => Math.max(w, r.length), Math.max(widest, t.header.length)),
    1,
  );
  const rows: SummaryCell[][] = [[layout.title], ...layout.notes.map((note) => [note])];
  const boldRows = [0];
  const tables: PlacedTable[] = [];
  for (const table of layout.tables) {
    rows.push([]);
    const titleRow = rows.length;
    rows.push([table.title], table.header, ...table.rows);
    boldRows.push(titleRow, titleRow + 1);
    tables.push({ table, titleRow, headerRow: titleRow + 1, lastRow: rows.length - 1 });
  }
  const cells = rows.map((row) => padRow(row, width));
  const formats = cells.map((row) =>
    row.map((cell) => (typeof cell === 'string' && cell !== '' ? TEXT_FORMAT : GENERAL_FORMAT)),
  );
  return { width, cells, formats, boldRows, tables };
}

/**
 * Places a native chart beside each table that asks for one, in a column to the right of the
 * block, each no higher than its table and never overlapping the one above. A pie shows the first
 * series only, so it is given only the "All complaints" column.
 */
export function placeCharts(grid: SummaryGrid): ChartPlacement[] {
  const left = grid.width + 1;
  const placements: ChartPlacement[] = [];
  let nextFreeRow = 0;
  for (const { table, titleRow, headerRow, lastRow } of grid.tables) {
    if (table.chart === null || lastRow <= headerRow) continue;
    const lastColumn = table.chart === 'pie' ? 1 : table.header.length - 1;
    const top = Math.max(titleRow, nextFreeRow);
    placements.push({
      id: table.id,
      type: CHART_TYPES[table.chart],
      title: table.title,
      dataAddress: blockAddress(headerRow + 1, lastRow + 1, 0, lastColumn),
      topLeft: `${columnLetters(left)}${top + 1}`,
      bottomRight: `${columnLetters(left + CHART_COLUMNS - 1)}${top + CHART_ROWS}`,
    });
    nextFreeRow = top + CHART_ROWS + CHART_GAP_ROWS;
  }
  return placements;
}

/**
 * Splits the grid's rows into slices whose values and formats, as JSON, fit `maxBytes`, so a very
 * long issues table does not pass Excel on the web's request limit. Usually one slice.
 */
export function planWriteSlices(
  grid: SummaryGrid,
  maxBytes: number,
): { first: number; last: number }[] {
  const slices: { first: number; last: number }[] = [];
  let first = 0;
  let bytes = 0;
  grid.cells.forEach((row, i) => {
    // Each row and its formats, and the commas between rows in the arrays Excel is sent.
    const rowBytes = measureJsonBytes(row) + measureJsonBytes(grid.formats[i]) + 2;
    if (i > first && bytes + rowBytes > maxBytes) {
      slices.push({ first, last: i - 1 });
      first = i;
      bytes = 0;
    }
    bytes += rowBytes;
  });
  slices.push({ first, last: grid.cells.length - 1 });
  return slices;
}
