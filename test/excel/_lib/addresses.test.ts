import {
  addressRowTarget,
  blockAddress,
  chunkAreaAddresses,
} from '../../../src/excel/_lib/addresses';

describe('blockAddress', () => {
  it.each([
    [5, 40, 0, 10, 'A5:K40'],
    [7, 7, 2, 2, 'C7'],
    [1, 1, 0, 3, 'A1:D1'],
  ])('addresses rows %i–%i, columns %i–%i as %s', (r1, r2, c1, c2, address) => {
    expect(blockAddress(r1, r2, c1, c2)).toBe(address);
  });
});

describe('addressRowTarget', () => {
  it.each([
    [[], 0, 10, []],
    [[4], 2, 2, ['C4']],
    [[7, 5, 6, 12, 12, 20, 21], 0, 10, ['A5:K7', 'A12:K12', 'A20:K21']],
  ])('addresses rows %j, columns %i–%i, as %j', (rows, firstColumn, lastColumn, areas) => {
    expect(addressRowTarget({ sheet: 'Tracker', rows, firstColumn, lastColumn })).toEqual(areas);
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
