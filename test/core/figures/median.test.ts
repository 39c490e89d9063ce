/** Rule 21 (docs/design.md): the median of working days, counted by value or, when spread wide, sorted. */
import { countedMedian, median, sortedMedian } from '../../../src/core/figures/median';

/** Whole numbers from a fixed linear congruential sequence: the same table on every run. */
function spread(count: number, low: number, high: number): number[] {
  let state = count * 7919 + 17;
  return Array.from({ length: count }, () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return low + (state % (high - low + 1));
  });
}

describe('rule 21: median working days', () => {
  it.each<[string, number[], number | null]>([
    ['none → null', [], null],
    ['one value', [7], 7],
    ['an odd count: the middle value, whatever the input order', [9, 1, 4], 4],
    ['an even count: the mean of the middle two', [1, 2, 3, 5], 2.5],
    ['an even count whose middle two agree', [1, 3, 3, 10], 3],
    ['two values', [7, 8], 7.5],
    ['numbers sorted as numbers, not as text', [10, 9, 2], 9],
    ['every value the same', [4, 4, 4, 4], 4],
    ['a gap between the middle two', [0, 1, 20, 30], 10.5],
    ['negative values (a response dated before its receipt)', [-3, 5, -1], -1],
    ['an even count across zero', [-4, -2, 2, 6], 0],
    ['all negative, even count', [-9, -2, -5, -7], -6],
    ['a value far out, counted still (range under the bound)', [1, 2, 3, 900], 2.5],
    ['a range too wide to count: sorted', [0, 1, 5_000_000, 2], 1.5],
    ['a range too wide to count, odd count', [-40_000_000, 3, 40_000_000], 3],
    ['values not whole: sorted', [1.5, 0.25, 3], 1.5],
    ['values not whole, even count', [1.5, 0.5, 2, 3], 1.75],
  ])('%s', (_, values, result) => {
    expect(median(values)).toBe(result);
  });

  it.each<[string, number[]]>([
    ['an odd count over a short range', spread(101, 0, 30)],
    ['an even count over a short range', spread(1000, 0, 60)],
    ['an even count across zero', spread(500, -20, 20)],
    ['an odd count spread thin', spread(7, -1000, 1000)],
    ['an even count spread thin', spread(8, 0, 1000)],
  ])('counting agrees with sorting: %s', (_, values) => {
    const low = Math.min(...values);
    const high = Math.max(...values);
    expect(countedMedian(values, low, high)).toBe(sortedMedian(values));
    expect(median(values)).toBe(sortedMedian(values));
  });

  it('leaves the values it is given unchanged', () => {
    const values = [5, 1, 3, 2];
    median(values);
    expect(values).toEqual([5, 1, 3, 2]);
  });
});
