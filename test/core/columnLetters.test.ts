import { columnLetters, LAST_COLUMN_INDEX } from '../../src/core/columnLetters';

describe('columnLetters', () => {
  it.each([
    [0, 'A'],
    [1, 'B'],
    [10, 'K'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [51, 'AZ'],
    [52, 'BA'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16383, 'XFD'],
  ])('names column %i as %s', (index, letters) => {
    expect(columnLetters(index)).toBe(letters);
  });

  it('stops at XFD, Excel’s last column', () => {
    expect(columnLetters(LAST_COLUMN_INDEX)).toBe('XFD');
  });

  it.each([-1, 16384, 1.5, Number.NaN])('refuses %p, which is not an Excel column', (index) => {
    expect(() => columnLetters(index)).toThrow(RangeError);
  });
});
