import fc from 'fast-check';
import {
  dayFromDate,
  dayFromParts,
  dayOfWeek,
  daysInMonth,
  firstOfMonth,
  formatLongDate,
  formatMonthYear,
  lastOfMonth,
  parseIsoDate,
  partsOfDay,
  toIsoDate,
} from '../../src/core/dates';

/** The day number JavaScript's own calendar gives, for any year 1–9999 (setUTCFullYear keeps 1–99). */
function dayByDate(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime() / 86_400_000;
}

const anyDateParts = fc
  .record({ year: fc.integer({ min: 1, max: 9999 }), month: fc.integer({ min: 1, max: 12 }) })
  .chain(({ year, month }) =>
    fc.integer({ min: 1, max: daysInMonth(year, month) }).map((day) => ({ year, month, day })),
  );

describe('dayFromParts', () => {
  it.each([
    [1970, 1, 1, 0],
    [1969, 12, 31, -1],
    [2021, 9, 3, 18873],
    [2000, 2, 29, 11016],
    [1900, 1, 1, -25567],
    [9999, 12, 31, 2932896],
    [1, 1, 1, -719162],
  ])('%i-%i-%i is day %i', (year, month, day, expected) => {
    expect(dayFromParts(year, month, day)).toBe(expected);
  });

  it.each([
    ['31 June', 2021, 6, 31],
    ['29 February in a common year', 2021, 2, 29],
    ['29 February 1900 (not a leap year)', 1900, 2, 29],
    ['29 February 2100', 2100, 2, 29],
    ['month 13', 2021, 13, 1],
    ['month 0', 2021, 0, 1],
    ['day 0', 2021, 1, 0],
    ['day 32', 2021, 1, 32],
    ['year 0', 0, 1, 1],
    ['year 10000', 10000, 1, 1],
    ['a fractional day', 2021, 1, 1.5],
    ['NaN', Number.NaN, 1, 1],
  ])('rejects %s', (_label, year, month, day) => {
    expect(dayFromParts(year, month, day)).toBeNull();
  });

  it('agrees with the JavaScript calendar for every valid date', () => {
    fc.assert(
      fc.property(anyDateParts, ({ year, month, day }) => {
        expect(dayFromParts(year, month, day)).toBe(dayByDate(year, month, day));
      }),
    );
  });

  it('is undone by partsOfDay', () => {
    fc.assert(
      fc.property(anyDateParts, (parts) => {
        expect(partsOfDay(dayFromParts(parts.year, parts.month, parts.day) as number)).toEqual(
          parts,
        );
      }),
    );
  });
});

describe('partsOfDay', () => {
  it.each([
    [0, { year: 1970, month: 1, day: 1 }],
    [-1, { year: 1969, month: 12, day: 31 }],
    [11016, { year: 2000, month: 2, day: 29 }],
    [11017, { year: 2000, month: 3, day: 1 }],
  ])('day %i is %o', (day, parts) => {
    expect(partsOfDay(day)).toEqual(parts);
  });

  it('throws on a fractional day number (a caller error)', () => {
    expect(() => partsOfDay(1.5)).toThrow(RangeError);
  });
});

describe('toIsoDate and parseIsoDate', () => {
  it.each([
    [18873, '2021-09-03'],
    [0, '1970-01-01'],
    [-25567, '1900-01-01'],
    [2932896, '9999-12-31'],
    [-719162, '0001-01-01'],
  ])('day %i is %s both ways', (day, text) => {
    expect(toIsoDate(day)).toBe(text);
    expect(parseIsoDate(text)).toBe(day);
  });

  it.each([
    '2021-9-3',
    '2021-09-03 ',
    ' 2021-09-03',
    '03/09/2021',
    '2021-02-29',
    '2021-06-31',
    '',
    '2021-09-03T00:00:00',
    '21-09-03',
    '2021-13-01',
  ])('parseIsoDate rejects "%s"', (text) => {
    expect(parseIsoDate(text)).toBeNull();
  });
});

describe('dayOfWeek', () => {
  it.each([
    ['1970-01-01', 4],
    ['2021-09-03', 5],
    ['2021-09-04', 6],
    ['2021-09-05', 0],
    ['2021-09-06', 1],
    ['1969-12-28', 0],
    ['1900-01-01', 1],
  ])('%s is weekday %i', (text, weekday) => {
    expect(dayOfWeek(parseIsoDate(text) as number)).toBe(weekday);
  });

  it('agrees with Date#getUTCDay', () => {
    fc.assert(
      fc.property(fc.integer({ min: -800_000, max: 3_000_000 }), (day) => {
        expect(dayOfWeek(day)).toBe(new Date(day * 86_400_000).getUTCDay());
      }),
    );
  });
});

describe('dayFromDate', () => {
  it.each([
    ['UTC midnight (how exceljs hands dates over)', new Date(Date.UTC(2021, 8, 3)), '2021-09-03'],
    [
      'the last millisecond of the UTC day',
      new Date(Date.UTC(2021, 8, 3, 23, 59, 59, 999)),
      '2021-09-03',
    ],
    ['an afternoon time', new Date(Date.UTC(2021, 8, 3, 14, 30)), '2021-09-03'],
    ['a date before 1970', new Date(Date.UTC(1969, 11, 31, 12)), '1969-12-31'],
  ])('reads %s as its UTC calendar date', (_label, date, expected) => {
    expect(toIsoDate(dayFromDate(date))).toBe(expected);
  });

  it('equals the getUTCFullYear/getUTCMonth/getUTCDate parts for any instant in years 1–9999', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date(-62_135_596_800_000),
          max: new Date(253_402_300_799_999),
          noInvalidDate: true,
        }),
        (date) => {
          const expected = dayFromParts(
            date.getUTCFullYear(),
            date.getUTCMonth() + 1,
            date.getUTCDate(),
          );
          expect(dayFromDate(date)).toBe(expected);
        },
      ),
    );
  });

  it('throws on an Invalid Date', () => {
    expect(() => dayFromDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('firstOfMonth and lastOfMonth', () => {
  it.each([
    [2024, 2, '2024-02-01', '2024-02-29'],
    [2023, 2, '2023-02-01', '2023-02-28'],
    [2000, 2, '2000-02-01', '2000-02-29'],
    [1900, 2, '1900-02-01', '1900-02-28'],
    [2021, 4, '2021-04-01', '2021-04-30'],
    [2021, 12, '2021-12-01', '2021-12-31'],
    [2022, 1, '2022-01-01', '2022-01-31'],
  ])('%i-%i runs from %s to %s', (year, month, first, last) => {
    expect(toIsoDate(firstOfMonth(year, month))).toBe(first);
    expect(toIsoDate(lastOfMonth(year, month))).toBe(last);
  });

  it.each([0, 13, 1.5])('throws on month %p', (month) => {
    expect(() => firstOfMonth(2021, month)).toThrow(RangeError);
    expect(() => lastOfMonth(2021, month)).toThrow(RangeError);
  });
});

describe('formatLongDate and formatMonthYear', () => {
  it.each([
    ['2021-09-03', '3 September 2021'],
    ['2000-01-01', '1 January 2000'],
    ['2024-02-29', '29 February 2024'],
    ['2022-05-31', '31 May 2022'],
    ['2021-12-25', '25 December 2021'],
  ])('%s reads "%s"', (text, expected) => {
    expect(formatLongDate(parseIsoDate(text) as number)).toBe(expected);
  });

  it.each([
    [2021, 9, 'September 2021'],
    [2022, 1, 'January 2022'],
    [2022, 6, 'June 2022'],
    [2022, 12, 'December 2022'],
  ])('%i-%i reads "%s"', (year, month, expected) => {
    expect(formatMonthYear(year, month)).toBe(expected);
  });

  it('throws on a month outside 1–12', () => {
    expect(() => formatMonthYear(2021, 13)).toThrow(RangeError);
  });
});
