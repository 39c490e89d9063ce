import { columnLetters } from '../../src/taskpane/columnLetters';

describe('columnLetters', () => {
  it.each([
    [0, 'A'],
    [1, 'B'],
    [25, 'Z'],
    [26, 'AA'],
    [51, 'AZ'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16383, 'XFD'],
  ])('%i → %s', (column, letters) => {
    expect(columnLetters(column)).toBe(letters);
  });

  it.each([-1, 1.5])('refuses %s', (column) => {
    expect(() => columnLetters(column)).toThrow(RangeError);
  });
});
