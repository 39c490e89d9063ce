import fc from 'fast-check';
import { parseIsoDate, partsOfDay, toIsoDate } from '../../src/core/dates';
import {
  annualPeriod,
  describePeriod,
  isWholeMonths,
  periodForPreset,
  previousPeriod,
  yearEarlierPeriod,
  type PeriodPreset,
} from '../../src/core/period';

const day = (iso: string): number => parseIsoDate(iso) as number;

function presetAsIso(preset: PeriodPreset, asOf: string): [string, string] {
  const { from, to } = periodForPreset(preset, day(asOf));
  return [toIsoDate(from), toIsoDate(to)];
}

describe('periodForPreset', () => {
  it.each<[PeriodPreset, string, string, string]>([
    ['last-6-months', '2022-03-10', '2021-09-01', '2022-02-28'],
    ['last-6-months', '2022-03-01', '2021-09-01', '2022-02-28'],
    ['last-6-months', '2022-03-31', '2021-09-01', '2022-02-28'],
    ['last-6-months', '2022-02-28', '2021-08-01', '2022-01-31'],
    ['last-6-months', '2022-01-01', '2021-07-01', '2021-12-31'],
    ['last-6-months', '2021-12-31', '2021-06-01', '2021-11-30'],
    ['last-6-months', '2021-07-31', '2021-01-01', '2021-06-30'],
    ['last-6-months', '2024-02-29', '2023-08-01', '2024-01-31'],
    ['last-6-months', '2024-03-01', '2023-09-01', '2024-02-29'],
    ['last-quarter', '2022-03-10', '2021-10-01', '2021-12-31'],
    ['last-quarter', '2022-04-01', '2022-01-01', '2022-03-31'],
    ['last-quarter', '2022-03-31', '2021-10-01', '2021-12-31'],
    ['last-quarter', '2022-01-01', '2021-10-01', '2021-12-31'],
    ['last-quarter', '2022-02-15', '2021-10-01', '2021-12-31'],
    ['last-quarter', '2021-12-31', '2021-07-01', '2021-09-30'],
    ['last-quarter', '2022-07-01', '2022-04-01', '2022-06-30'],
    ['last-quarter', '2022-10-15', '2022-07-01', '2022-09-30'],
    ['last-quarter', '2024-02-29', '2023-10-01', '2023-12-31'],
    ['last-quarter', '2024-04-30', '2024-01-01', '2024-03-31'],
    ['financial-year', '2022-03-10', '2020-04-01', '2021-03-31'],
    ['financial-year', '2022-04-02', '2021-04-01', '2022-03-31'],
    ['financial-year', '2022-04-01', '2021-04-01', '2022-03-31'],
    ['financial-year', '2022-03-31', '2020-04-01', '2021-03-31'],
    ['financial-year', '2022-12-31', '2021-04-01', '2022-03-31'],
    ['financial-year', '2023-01-01', '2021-04-01', '2022-03-31'],
    ['financial-year', '2024-02-29', '2022-04-01', '2023-03-31'],
    ['financial-year', '2024-04-01', '2023-04-01', '2024-03-31'],
  ])('%s as of %s is %s to %s', (preset, asOf, from, to) => {
    expect(presetAsIso(preset, asOf)).toEqual([from, to]);
  });

  it('throws on an unknown preset', () => {
    expect(() => periodForPreset('last-year' as PeriodPreset, day('2022-03-10'))).toThrow(
      RangeError,
    );
  });

  const anyAsOf = fc.integer({ min: day('1990-01-01'), max: day('2090-12-31') });

  it('always gives whole months: six ending just before asOf’s month, or the latest quarter', () => {
    fc.assert(
      fc.property(
        anyAsOf,
        fc.constantFrom<PeriodPreset>('last-6-months', 'last-quarter'),
        (asOf, preset) => {
          const { from, to } = periodForPreset(preset, asOf);
          const start = partsOfDay(from);
          const next = partsOfDay(to + 1);
          const asOfParts = partsOfDay(asOf);
          const months = (next.year - start.year) * 12 + next.month - start.month;
          const gap = (asOfParts.year - next.year) * 12 + asOfParts.month - next.month;
          expect(start.day).toBe(1);
          expect(next.day).toBe(1);
          expect(months).toBe(preset === 'last-6-months' ? 6 : 3);
          if (preset === 'last-6-months') {
            expect(gap).toBe(0);
          } else {
            expect([1, 4, 7, 10]).toContain(start.month);
            expect(gap).toBeGreaterThanOrEqual(0);
            expect(gap).toBeLessThan(3);
          }
        },
      ),
    );
  });

  it('always gives the latest whole financial year ending before asOf', () => {
    fc.assert(
      fc.property(anyAsOf, (asOf) => {
        const { from, to } = periodForPreset('financial-year', asOf);
        expect(toIsoDate(from).slice(4)).toBe('-04-01');
        expect(toIsoDate(to).slice(4)).toBe('-03-31');
        expect(partsOfDay(to).year).toBe(partsOfDay(from).year + 1);
        expect(to).toBeLessThan(asOf);
        expect(to + 366).toBeGreaterThanOrEqual(asOf);
      }),
    );
  });
});

describe('describePeriod', () => {
  it.each([
    ['2021-09-01', '2022-02-28', 'between September 2021 and February 2022'],
    ['2021-10-01', '2021-12-31', 'between October 2021 and December 2021'],
    ['2021-01-01', '2021-12-31', 'between January 2021 and December 2021'],
    ['2021-09-01', '2021-09-30', 'in September 2021'],
    ['2024-02-01', '2024-02-29', 'in February 2024'],
    ['2023-02-01', '2023-02-28', 'in February 2023'],
    ['2021-04-01', '2022-03-31', 'in 2021/22 (April 2021 to March 2022)'],
    ['2020-04-01', '2021-03-31', 'in 2020/21 (April 2020 to March 2021)'],
    ['1999-04-01', '2000-03-31', 'in 1999/00 (April 1999 to March 2000)'],
    ['2021-04-01', '2023-03-31', 'between April 2021 and March 2023'],
    ['2021-09-03', '2022-02-28', 'between 3 September 2021 and 28 February 2022'],
    ['2021-09-01', '2022-02-27', 'between 1 September 2021 and 27 February 2022'],
    ['2024-02-01', '2024-02-28', 'between 1 February 2024 and 28 February 2024'],
    ['2021-04-02', '2022-03-31', 'between 2 April 2021 and 31 March 2022'],
    ['2021-09-03', '2021-09-03', 'on 3 September 2021'],
  ])('%s to %s reads "%s"', (from, to, expected) => {
    expect(describePeriod(day(from), day(to))).toBe(expected);
  });

  it('describes each preset the way a board paper would', () => {
    const asOf = day('2022-03-10');
    const describe = (preset: PeriodPreset): string => {
      const { from, to } = periodForPreset(preset, asOf);
      return describePeriod(from, to);
    };
    expect(describe('last-6-months')).toBe('between September 2021 and February 2022');
    expect(describe('last-quarter')).toBe('between October 2021 and December 2021');
    expect(describe('financial-year')).toBe('in 2020/21 (April 2020 to March 2021)');
  });

  it('throws when the period ends before it starts', () => {
    expect(() => describePeriod(day('2022-03-01'), day('2022-02-28'))).toThrow(RangeError);
  });
});

/** A period from ISO dates, and back, so the tables read as dates. */
const periodOf = (from: string, to: string) => ({ from: day(from), to: day(to) });
const isoOf = ({ from, to }: { from: number; to: number }): [string, string] => [
  toIsoDate(from),
  toIsoDate(to),
];

describe('rule 25: whole months', () => {
  it.each<[string, string, boolean]>([
    ['2022-04-01', '2023-03-31', true],
    ['2024-02-01', '2024-02-29', true],
    ['2023-02-01', '2023-02-28', true],
    ['2024-02-01', '2024-02-28', false],
    ['2022-03-01', '2022-03-30', false],
    ['2022-03-02', '2022-03-31', false],
    ['2022-03-01', '2022-03-01', false],
  ])('rule 25: %s to %s is whole months: %s', (from, to, whole) => {
    expect(isWholeMonths(periodOf(from, to))).toBe(whole);
  });
});

describe('rule 25: the previous period', () => {
  it.each<[string, string, string, string, string]>([
    // Whole months: as many calendar months just before.
    ['a financial year', '2022-04-01', '2023-03-31', '2021-04-01', '2022-03-31'],
    ['six months', '2021-09-01', '2022-02-28', '2021-03-01', '2021-08-31'],
    ['a quarter, before a leap February', '2024-04-01', '2024-06-30', '2024-01-01', '2024-03-31'],
    [
      'one month after a leap February: all of February',
      '2024-03-01',
      '2024-03-31',
      '2024-02-01',
      '2024-02-29',
    ],
    ['one month after February', '2023-03-01', '2023-03-31', '2023-02-01', '2023-02-28'],
    ['February: January (31 days, not 28)', '2023-02-01', '2023-02-28', '2023-01-01', '2023-01-31'],
    ['across the year end', '2022-01-01', '2022-02-28', '2021-11-01', '2021-12-31'],
    // Otherwise as many days: 10 days; 57 days (15 Sep – 10 Nov); one day; 30 days twice.
    ['ten days', '2022-01-10', '2022-01-19', '2021-12-31', '2022-01-09'],
    ['57 days', '2021-09-15', '2021-11-10', '2021-07-20', '2021-09-14'],
    ['one day', '2022-03-01', '2022-03-01', '2022-02-28', '2022-02-28'],
    [
      'from the 1st, not to a month end: 30 days',
      '2022-03-01',
      '2022-03-30',
      '2022-01-30',
      '2022-02-28',
    ],
    [
      'to a month end, not from the 1st: 30 days',
      '2022-03-02',
      '2022-03-31',
      '2022-01-31',
      '2022-03-01',
    ],
    [
      '1 to 28 February 2024 (not whole: 2024 is a leap year)',
      '2024-02-01',
      '2024-02-28',
      '2024-01-04',
      '2024-01-31',
    ],
  ])('rule 25: %s (%s to %s) → %s to %s', (_, from, to, prevFrom, prevTo) => {
    expect(isoOf(previousPeriod(periodOf(from, to)))).toEqual([prevFrom, prevTo]);
  });
});

describe('rule 25: the same period a year earlier', () => {
  it.each<[string, string, string, string, string]>([
    ['a financial year', '2022-04-01', '2023-03-31', '2021-04-01', '2022-03-31'],
    ['six months to a leap February', '2023-09-01', '2024-02-29', '2022-09-01', '2023-02-28'],
    ['a leap February, whole month', '2024-02-01', '2024-02-29', '2023-02-01', '2023-02-28'],
    ['February a year after a leap year', '2025-02-01', '2025-02-28', '2024-02-01', '2024-02-29'],
    ['days: the same dates', '2022-01-10', '2022-01-19', '2021-01-10', '2021-01-19'],
    [
      'days ending 29 February → 28 February',
      '2024-02-10',
      '2024-02-29',
      '2023-02-10',
      '2023-02-28',
    ],
    [
      'days starting 29 February → 28 February',
      '2024-02-29',
      '2024-03-10',
      '2023-02-28',
      '2023-03-10',
    ],
    ['29 February alone → 28 February', '2024-02-29', '2024-02-29', '2023-02-28', '2023-02-28'],
    [
      '1 to 28 February 2024 (not whole) → 1 to 28 February 2023',
      '2024-02-01',
      '2024-02-28',
      '2023-02-01',
      '2023-02-28',
    ],
    ['days across the year end', '2021-12-15', '2022-01-14', '2020-12-15', '2021-01-14'],
  ])('rule 25: %s (%s to %s) → %s to %s', (_, from, to, earlierFrom, earlierTo) => {
    expect(isoOf(yearEarlierPeriod(periodOf(from, to)))).toEqual([earlierFrom, earlierTo]);
  });
});

describe('annualPeriod', () => {
  const iso = (text: string) => parseIsoDate(text) ?? NaN;
  it.each([
    ['2022-10-31', '2021-04-01', '2022-03-31'],
    ['2023-03-31', '2021-04-01', '2022-03-31'],
    ['2023-04-01', '2022-04-01', '2023-03-31'],
    ['2024-01-15', '2022-04-01', '2023-03-31'],
  ])('as of %s: the financial year %s to %s', (asOf, from, to) => {
    const period = annualPeriod(iso(asOf));
    expect([toIsoDate(period.from), toIsoDate(period.to)]).toEqual([from, to]);
  });
});
