import {
  groupRowRuns,
  HIGHLIGHT_CONDITION,
  HIGHLIGHT_FILL_RGB,
  HIGHLIGHT_MARKER,
  isHighlightFormula,
  overdueRowTargets,
  sheetColumns,
  type RowRun,
} from '../../src/core/highlight';
import type { AssessedComplaint, CellValue, TimescaleStatus } from '../../src/core/types';
import { grid } from './_lib/grid';
import { assessed, trackerRow } from './_lib/records';

describe('groupRowRuns', () => {
  it.each<[number[], RowRun[]]>([
    [[], []],
    [[4], [{ first: 4, last: 4 }]],
    [[5, 6, 7], [{ first: 5, last: 7 }]],
    [
      [7, 5, 6, 12, 12, 20, 21],
      [
        { first: 5, last: 7 },
        { first: 12, last: 12 },
        { first: 20, last: 21 },
      ],
    ],
    [
      [9, 5, 6, 6, 12, 10],
      [
        { first: 5, last: 6 },
        { first: 9, last: 10 },
        { first: 12, last: 12 },
      ],
    ],
    [[0, -1, 2.5, 3], [{ first: 3, last: 3 }]],
  ])('groups %j into %j', (rows, runs) => {
    expect(groupRowRuns(rows)).toEqual(runs);
  });
});

describe('the highlight rule', () => {
  it('is the always-true condition naming the add-in, with no leading "="', () => {
    expect(HIGHLIGHT_CONDITION).toBe('AND(TRUE,"complaints-report"<>"")');
    expect(HIGHLIGHT_CONDITION).toContain(`"${HIGHLIGHT_MARKER}"`);
  });

  it('fills light gold, as six hex digits each host dresses its own way', () => {
    expect(HIGHLIGHT_FILL_RGB).toBe('FFF2CC');
  });
});

describe('isHighlightFormula', () => {
  it.each<[string, unknown, boolean]>([
    ['the condition as the file format stores it', HIGHLIGHT_CONDITION, true],
    ['the formula as Excel stores it', `=${HIGHLIGHT_CONDITION}`, true],
    ['re-spaced and re-cased by Excel', '=AND(TRUE, "Complaints-Report"<>"")', true],
    ['re-spaced in a file', 'AND( TRUE , "Complaints-Report" <> "" )', true],
    ['a user rule on a value', '=$H2="Upheld"', false],
    ['a user rule on a value, in a file', '$F4>10', false],
    ['a user rule that is always true', 'TRUE', false],
    ['the marker without its quotes', '=complaints-report', false],
    ['no formula', undefined, false],
    ['not text', 1, false],
  ])('%s → %p', (_label, formula, ours) => {
    expect(isHighlightFormula(formula)).toBe(ours);
  });
});

describe('sheetColumns', () => {
  it.each<[string, CellValue[], CellValue[][], number, [number, number]]>([
    ['a rectangular sheet from column A', ['a', 'b', 'c'], [[1, 2, 3]], 0, [0, 2]],
    [
      'ragged rows: the widest row counts',
      ['a'],
      [
        [1, 2, 3, 4],
        [1, 2],
      ],
      2,
      [2, 5],
    ],
    ['an empty sheet still has one column', [], [], 3, [3, 3]],
  ])('%s', (_label, header, rows, firstColumn, [first, last]) => {
    expect(sheetColumns(grid(header, rows, { firstColumn }))).toEqual({
      firstColumn: first,
      lastColumn: last,
    });
  });
});

describe('overdueRowTargets', () => {
  const sheet = grid(['Ref', 'Date received', 'Stage'], [['A1', 44440, 1]], { firstColumn: 1 });
  const logSheet = grid(['Ref', 'Date received'], [['B1', 44800]], { name: 'Log 2022' });
  const complaint = (
    status: TimescaleStatus,
    rows: number[],
    sheetName = 'Tracker',
  ): AssessedComplaint => ({
    ...assessed({ status, open: status.startsWith('open') }),
    stageRows: rows.map((row) => trackerRow({ sheet: sheetName, row })),
  });

  it('covers every row of each overdue complaint, in sheet order, across the sheet', () => {
    const complaints = [
      complaint('openOverdue', [9, 4]),
      complaint('openInTime', [5]),
      complaint('closedLate', [6]),
      complaint('openOverdue', [7]),
    ];
    expect(overdueRowTargets([sheet], complaints)).toEqual([
      { sheet: 'Tracker', rows: [4, 7, 9], firstColumn: 1, lastColumn: 3 },
    ]);
  });

  it('gives one target per sheet, in the order the sheets were read', () => {
    const complaints = [complaint('openOverdue', [8], 'Log 2022'), complaint('openOverdue', [3])];
    expect(overdueRowTargets([sheet, logSheet], complaints)).toEqual([
      { sheet: 'Tracker', rows: [3], firstColumn: 1, lastColumn: 3 },
      { sheet: 'Log 2022', rows: [8], firstColumn: 0, lastColumn: 1 },
    ]);
  });

  it.each<[string, AssessedComplaint[]]>([
    ['no complaints', []],
    ['none overdue', [complaint('openInTime', [2]), complaint('closedLate', [3])]],
  ])('is empty when there are %s', (_label, complaints) => {
    expect(overdueRowTargets([sheet], complaints)).toEqual([]);
  });
});
