import {
  findDateColumns,
  formatCell,
  planSheetView,
  type SheetLine,
} from '../../src/workbench/sheetModel';
import type { RawSheet } from '../../src/core/types';

const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('planSheetView', () => {
  it.each<[string, number[], number[], number, SheetLine[]]>([
    ['an empty sheet', [], [], 200, []],
    [
      'rows from 1 to the limit, empty ones included',
      [1, 3],
      [],
      5,
      [
        { kind: 'row', row: 1, index: 0 },
        { kind: 'row', row: 2, index: null },
        { kind: 'row', row: 3, index: 1 },
      ],
    ],
    [
      'a gap for the rows past the limit',
      [1, 2, 3, 4, 5, 6, 7, 8],
      [],
      3,
      [
        { kind: 'row', row: 1, index: 0 },
        { kind: 'row', row: 2, index: 1 },
        { kind: 'row', row: 3, index: 2 },
        { kind: 'gap', from: 4, to: 8 },
      ],
    ],
    [
      'targeted rows below the limit, between gaps, in order',
      [1, 2, 3, 4, 5, 6, 7, 8, 9],
      [7, 5, 2],
      2,
      [
        { kind: 'row', row: 1, index: 0 },
        { kind: 'row', row: 2, index: 1 },
        { kind: 'gap', from: 3, to: 4 },
        { kind: 'row', row: 5, index: 4 },
        { kind: 'gap', from: 6, to: 6 },
        { kind: 'row', row: 7, index: 6 },
        { kind: 'gap', from: 8, to: 9 },
      ],
    ],
    [
      'targets beyond the last row ignored',
      [1, 2],
      [50],
      1,
      [
        { kind: 'row', row: 1, index: 0 },
        { kind: 'gap', from: 2, to: 2 },
      ],
    ],
  ])('%s', (_, rowNumbers, targeted, limit, expected) => {
    expect(planSheetView(rowNumbers, new Set(targeted), limit)).toEqual(expected);
  });

  it('renders at most the limit plus the extra rows, so a huge selection cannot flood the page', () => {
    const rowNumbers = Array.from({ length: 5000 }, (_, i) => i + 1);
    const targeted = new Set(rowNumbers.filter((row) => row % 2 === 0));
    const shown = planSheetView(rowNumbers, targeted, 200).filter((l) => l.kind === 'row');
    expect(shown).toHaveLength(200 + 1000);
  });

  it('covers every row of the sheet once, shown or in a gap', () => {
    const lines = planSheetView([2, 4, 9, 30], new Set([30]), 5);
    const covered = lines.flatMap((l) => (l.kind === 'row' ? [l.row] : range(l.from, l.to)));
    expect(covered).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  });
});

describe('formatCell', () => {
  it.each<[string, Parameters<typeof formatCell>, string]>([
    ['blank', [null, false, false], ''],
    ['missing (ragged row)', [undefined, true, false], ''],
    ['text', ['Stage 1', false, false], 'Stage 1'],
    ['a number outside a date column', [44440, false, false], '44440'],
    ['a serial in a date column', [44440, true, false], '01/09/2021'],
    ['a 1904 serial in a date column', [42978, true, true], '01/09/2021'],
    ['text in a date column stays as typed', ['TBC', true, false], 'TBC'],
    ['a Date', [new Date(Date.UTC(2022, 9, 31)), false, false], '31/10/2022'],
    ['true', [true, false, false], 'TRUE'],
    ['false', [false, false, false], 'FALSE'],
  ])('%s', (_, args, expected) => {
    expect(formatCell(...args)).toBe(expected);
  });
});

describe('findDateColumns', () => {
  const sheet = (values: RawSheet['values']): RawSheet => ({
    name: 'Tracker',
    values,
    rowNumbers: values.map((_, i) => i + 1),
    firstColumn: 0,
    date1904: false,
  });

  it('finds the received, response and due columns under the header row', () => {
    const found = findDateColumns(
      sheet([
        ['Complaints log'],
        ['Ref', 'Date received', 'Stage', 'Outcome', 'Date responded', 'Due date'],
        ['1', 44440, 1, 'Upheld', 44450, 44454],
      ]),
    );
    expect([...found].sort()).toEqual([1, 4, 5]);
  });

  it('finds none when there is no header', () => {
    expect(
      findDateColumns(
        sheet([
          ['a', 'b'],
          [1, 2],
        ]),
      ).size,
    ).toBe(0);
  });
});
