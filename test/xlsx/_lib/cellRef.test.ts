import { columnLetters } from '../../../src/core/columnLetters';
import { parseCellRef } from '../../../src/xlsx/_lib/cellRef';

describe('parseCellRef', () => {
  it.each([
    ['A1', { row: 1, column: 0 }],
    ['B7', { row: 7, column: 1 }],
    ['Z10', { row: 10, column: 25 }],
    ['AA1', { row: 1, column: 26 }],
    ['az3', { row: 3, column: 51 }],
    ['XFD1048576', { row: 1048576, column: 16383 }],
  ])('reads %s', (ref, expected) => {
    expect(parseCellRef(ref)).toEqual(expected);
  });

  it.each(['', 'A', '12', 'A0', '$A$1', 'A1B', 'XFE1', 'R1C1'])('refuses %p', (ref) => {
    expect(parseCellRef(ref)).toBeNull();
  });
});

describe('parseCellRef and columnLetters', () => {
  it.each([0, 25, 26, 51, 701, 702, 16383])('read back column %i as written', (column) => {
    expect(parseCellRef(`${columnLetters(column)}1`)?.column).toBe(column);
  });
});
