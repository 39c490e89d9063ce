import {
  blockAddress,
  chunkAreaAddresses,
  columnLetters,
  groupRowRuns,
} from '../../../src/excel/_lib/addresses';

describe('columnLetters', () => {
  it.each([
    [0, 'A'],
    [10, 'K'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16383, 'XFD'],
  ])('names column %i as %s', (index, letters) => {
    expect(columnLetters(index)).toBe(letters);
  });

  it.each([-1, 16384, 1.5])('refuses %p, which is not an Excel column', (index) => {
    expect(() => columnLetters(index)).toThrow(RangeError);
  });
});

describe('blockAddress', () => {
  it.each([
    [5, 40, 0, 10, 'A5:K40'],
    [7, 7, 2, 2, 'C7'],
    [1, 1, 0, 3, 'A1:D1'],
  ])('addresses rows %i–%i, columns %i–%i as %s', (r1, r2, c1, c2, address) => {
    expect(blockAddress(r1, r2, c1, c2)).toBe(address);
  });
});

describe('groupRowRuns', () => {
  it.each([
    [[], []],
    [[4], [{ first: 4, last: 4 }]],
    [
      [7, 5, 6, 12, 12, 20, 21],
      [
        { first: 5, last: 7 },
        { first: 12, last: 12 },
        { first: 20, last: 21 },
      ],
    ],
  ])('groups %j into %j', (rows, runs) => {
    expect(groupRowRuns(rows)).toEqual(runs);
  });
});

describe('chunkAreaAddresses', () => {
  it.each([
    [['A1:K1', 'A3:K3', 'A5:K5'], 100, [['A1:K1', 'A3:K3', 'A5:K5']]],
    [['A1:K1', 'A3:K3', 'A5:K5'], 10, [['A1:K1'], ['A3:K3'], ['A5:K5']]],
    [['A1:K1', 'A3:K3', 'A5:K5'], 13, [['A1:K1', 'A3:K3'], ['A5:K5']]],
    [['A100000:K100000'], 5, [['A100000:K100000']]],
    [[], 10, []],
  ])('splits %j within %i characters as %j', (areas, max, groups) => {
    const result = chunkAreaAddresses(areas, max);
    expect(result).toEqual(groups);
    for (const group of result.filter((g) => g.length > 1)) {
      expect(group.join(',').length).toBeLessThanOrEqual(max);
    }
  });
});
