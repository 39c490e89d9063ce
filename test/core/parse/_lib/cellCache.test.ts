import {
  CELL_CACHE_LIMIT,
  clearCellCaches,
  createCellCache,
} from '../../../../src/core/parse/_lib/cellCache';
import { parseThemes } from '../../../../src/core/parse/cellText';
import { parseComplainant } from '../../../../src/core/parse/parseComplainant';
import { parseDate } from '../../../../src/core/parse/parseDate';
import { parseOutcome } from '../../../../src/core/parse/parseOutcome';
import { parseStage } from '../../../../src/core/parse/parseStage';
import { parseYesNo } from '../../../../src/core/parse/parseYesNo';
import type { CellValue } from '../../../../src/core/types';

/** Cells of every kind, with spellings that differ only by case, spacing or type. */
const CELLS: CellValue[] = [
  null,
  '',
  '  ',
  'Stage 2',
  ' stage 2 ',
  'STAGE TWO',
  'Stage 1 - investigation',
  'Ombudsman',
  '2',
  2,
  2.0000000001,
  1.5,
  -0,
  'Upheld',
  'upheld ',
  'Partly upheld',
  'Not upheld',
  'TBC',
  'Y',
  'y',
  'N/A',
  '✓',
  1,
  0,
  true,
  false,
  'Mother',
  'Grandparent',
  'Delay; Communication',
  'Delay\nDelay',
  '03/09/2021',
  ' 03/09/2021',
  '3 Sep 2021',
  '31/06/2021',
  '44440',
  '2021',
  44440,
  new Date(Date.UTC(2021, 8, 3)),
  new Date(Number.NaN),
];

type Reader = (value: CellValue) => unknown;

const READERS: [string, Reader][] = [
  ['parseStage', parseStage],
  ['parseOutcome', parseOutcome],
  ['parseYesNo', parseYesNo],
  ['parseComplainant', parseComplainant],
  ['parseThemes', parseThemes],
  ['parseDate (1900)', (value) => parseDate(value, false)],
  ['parseDate (1904)', (value) => parseDate(value, true)],
];

describe('remembered readings', () => {
  it.each(READERS)('%s reads every cell the same with a cold and a warm cache', (_, read) => {
    const cold = CELLS.map((value) => {
      clearCellCaches();
      return read(value);
    });
    const warm = CELLS.map((value) => read(value));
    const again = CELLS.map((value) => read(value));
    expect(warm).toEqual(cold);
    expect(again).toEqual(cold);
  });

  // Text, numbers and blanks are remembered, so every row with that cell shares the answer.
  const remembered = CELLS.filter(
    (value) => !(typeof value === 'boolean' || value instanceof Date),
  );

  it.each(READERS.slice(0, 5))('%s hands out shared answers no caller can change', (_, read) => {
    for (const value of remembered) {
      const answer = read(value);
      expect(read(value)).toBe(answer);
      if (typeof answer === 'object') expect(Object.isFrozen(answer)).toBe(true);
    }
  });

  it('parseDate does not carry a date system over from one workbook to the next', () => {
    clearCellCaches();
    const serial1900 = parseDate('44440', false);
    expect(parseDate('44440', true)).not.toEqual(serial1900);
    expect(parseDate('44440', false)).toEqual(serial1900);
  });
});

describe('createCellCache', () => {
  it('works an answer out once per distinct text, number and blank', () => {
    const cache = createCellCache<string>();
    const compute = jest.fn((value: CellValue) => typeof value);
    for (const value of ['a', 'a', 7, 7, null, null]) cache.read(value, compute);
    expect(compute).toHaveBeenCalledTimes(3);
  });

  it('keeps the text "1" and the number 1 apart', () => {
    const cache = createCellCache<string>();
    const compute = (value: CellValue): string => typeof value;
    expect([cache.read('1', compute), cache.read(1, compute)]).toEqual(['string', 'number']);
    expect([cache.read('1', compute), cache.read(1, compute)]).toEqual(['string', 'number']);
  });

  it.each<[string, CellValue]>([
    ['a boolean', true],
    ['a Date', new Date(Date.UTC(2021, 8, 3))],
  ])('works %s out afresh every time', (_, value) => {
    const cache = createCellCache<string>();
    const compute = jest.fn(() => 'answer');
    cache.read(value, compute);
    cache.read(value, compute);
    expect(compute).toHaveBeenCalledTimes(2);
    expect(cache.size).toBe(0);
  });

  it.each([[10], [CELL_CACHE_LIMIT]])(
    'never holds more than its limit (%i), however many distinct values a column has',
    (limit) => {
      const cache = createCellCache<string>(limit);
      let largest = 0;
      let wrong = 0;
      for (let i = 0; i < 2.5 * limit; i += 1) {
        if (cache.read(`text ${i}`, (value) => `read ${String(value)}`) !== `read text ${i}`) {
          wrong += 1;
        }
        if (cache.read(i, (value) => `number ${String(value)}`) !== `number ${i}`) wrong += 1;
        largest = Math.max(largest, cache.size);
      }
      expect(wrong).toBe(0);
      expect(largest).toBe(limit);
    },
  );

  it('forgets everything when cleared, one cache or all of them', () => {
    const cache = createCellCache<string>();
    const compute = jest.fn(() => 'answer');
    cache.read('a', compute);
    cache.clear();
    expect(cache.size).toBe(0);
    cache.read('a', compute);
    clearCellCaches();
    cache.read('a', compute);
    expect(compute).toHaveBeenCalledTimes(3);
  });
});
