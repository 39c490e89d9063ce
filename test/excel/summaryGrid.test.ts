import {
  GENERAL_FORMAT,
  TEXT_FORMAT,
  layoutGrid,
  placeCharts,
  planWriteSlices,
} from '../../src/excel/summaryGrid';
import { sampleLayout } from './support/summaryLayouts';

describe('layoutGrid', () => {
  const grid = layoutGrid(sampleLayout());

  it('lays out a rectangle as wide as the widest table', () => {
    expect(grid.width).toBe(4);
    expect(grid.cells.every((row) => row.length === 4)).toBe(true);
  });

  it.each([
    [0, ['Complaints summary', '', '', '']],
    [3, ['Built 30 April 2023 at 10:15.', '', '', '']],
    [4, ['', '', '', '']],
    [5, ['Complaints received', '', '', '']],
    [6, ['Measure', 'All complaints', 'Children in care', '']],
    [7, ['Complaints', 12, 4, '']],
  ])('puts row %i as %j', (row, cells) => {
    expect(grid.cells[row]).toEqual(cells);
  });

  it.each([
    ['=SUM(A1)', TEXT_FORMAT],
    ['+44 20 7946 0000', TEXT_FORMAT],
    [2, GENERAL_FORMAT],
  ])('formats the cell holding %j as %j', (value, format) => {
    const row = grid.cells.findIndex((cells) => cells[0] === value || cells[1] === value);
    const column = grid.cells[row].indexOf(value);
    expect(grid.formats[row][column]).toBe(format);
  });

  it('leaves empty padding cells in the General format', () => {
    expect(grid.formats[7][3]).toBe(GENERAL_FORMAT);
  });

  it('bolds the title and each table title and header', () => {
    expect(grid.boldRows.slice(0, 3)).toEqual([0, 5, 6]);
    expect(grid.boldRows).toHaveLength(1 + 2 * sampleLayout().tables.length);
  });
});

describe('placeCharts', () => {
  const charts = placeCharts(layoutGrid(sampleLayout()));

  it('gives a chart only to the tables that ask for one, of the right kind', () => {
    expect(charts.map((c) => [c.id, c.type])).toEqual([
      ['outcomes', 'Pie'],
      ['stages', 'ColumnClustered'],
      ['timescales', 'BarClustered'],
    ]);
  });

  it.each([
    ['outcomes', 'A11:B14'],
    ['stages', 'A17:C19'],
    ['timescales', 'A27:C29'],
  ])('plots the %s table from %s (a pie from its first series alone)', (id, address) => {
    expect(charts.find((c) => c.id === id)?.dataAddress).toBe(address);
  });

  it('stacks the charts to the right of the tables without overlapping', () => {
    const rows = charts.map((c) => [Number(c.topLeft.slice(1)), Number(c.bottomRight.slice(1))]);
    for (let i = 1; i < rows.length; i += 1) expect(rows[i][0]).toBeGreaterThan(rows[i - 1][1]);
    expect(charts.every((c) => c.topLeft.startsWith('F'))).toBe(true);
  });
});

describe('planWriteSlices', () => {
  const grid = layoutGrid(sampleLayout());

  it('writes a normal summary in one slice', () => {
    expect(planWriteSlices(grid, 4_000_000)).toEqual([{ first: 0, last: grid.cells.length - 1 }]);
  });

  it.each([200, 500, 1000])('splits into contiguous slices under a %i-byte budget', (budget) => {
    const slices = planWriteSlices(grid, budget);
    expect(slices.length).toBeGreaterThan(1);
    expect(slices[0].first).toBe(0);
    expect(slices[slices.length - 1].last).toBe(grid.cells.length - 1);
    slices.slice(1).forEach((slice, i) => expect(slice.first).toBe(slices[i].last + 1));
  });
});
