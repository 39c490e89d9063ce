import fc from 'fast-check';
import {
  dayFromParts,
  MONTH_NAMES,
  parseIsoDate,
  partsOfDay,
  toIsoDate,
} from '../../../src/core/dates';
import { parseDate } from '../../../src/core/parse/parseDate';
import type { CellValue } from '../../../src/core/types';

/** A result in a form a table can state: an ISO date, null for blank, or { invalid: text }. */
function read(value: CellValue, date1904 = false): string | null | { invalid: string } {
  const result = parseDate(value, date1904);
  if (!result.ok) return { invalid: result.text };
  return result.value === null ? null : toIsoDate(result.value);
}

const day = (text: string): number => parseIsoDate(text) as number;

describe('parseDate: blank cells', () => {
  it.each([[null], [''], ['   '], ['\t\n'], ['\u00a0']])('%p is blank (ok, null)', (value) => {
    expect(parseDate(value, false)).toEqual({ ok: true, value: null });
  });
});

describe('parseDate: 1900-system serials', () => {
  it.each([
    [1, '1900-01-01'],
    [2, '1900-01-02'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [62, '1900-03-02'],
    [25569, '1970-01-01'],
    [36526, '2000-01-01'],
    [44440, '2021-09-01'],
    [44442, '2021-09-03'],
    [44442.999, '2021-09-03'],
    [44442.5, '2021-09-03'],
    [2958465, '9999-12-31'],
    [2958465.9, '9999-12-31'],
  ])('%p is %s', (serial, expected) => {
    expect(read(serial)).toBe(expected);
  });

  it.each([
    ['serial 60, Excel’s fictitious 29 February 1900', 60],
    ['60 with a time part', 60.5],
    ['serial 0', 0],
    ['a time with no date', 0.5],
    ['a negative serial', -1],
    ['one past 9999-12-31', 2958466],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
  ])('rejects %s', (_label, serial) => {
    expect(read(serial)).toEqual({ invalid: String(serial) });
  });
});

describe('parseDate: 1904-system serials', () => {
  it.each([
    [0, '1904-01-01'],
    [1, '1904-01-02'],
    [59, '1904-02-29'],
    [60, '1904-03-01'],
    [42978, '2021-09-01'],
    [42980.75, '2021-09-03'],
    [2957003, '9999-12-31'],
    ['42978', '2021-09-01'],
  ])('%p is %s', (serial, expected) => {
    expect(read(serial, true)).toBe(expected);
  });

  it.each([[-1], [-0.5], [2957004]])('rejects %p', (serial) => {
    expect(read(serial, true)).toEqual({ invalid: String(serial) });
  });

  it('differs from the 1900 system by 1,462 days', () => {
    const in1900 = parseDate(44440, false);
    const in1904 = parseDate(44440 - 1462, true);
    expect(in1900).toEqual(in1904);
  });
});

describe('parseDate: Date objects', () => {
  it.each([
    ['UTC midnight', new Date(Date.UTC(2021, 8, 3)), '2021-09-03'],
    ['a time in the afternoon', new Date(Date.UTC(2021, 8, 3, 14, 30)), '2021-09-03'],
    [
      'the last millisecond of the day',
      new Date(Date.UTC(2021, 8, 3, 23, 59, 59, 999)),
      '2021-09-03',
    ],
    ['1 January 1900', new Date(Date.UTC(1900, 0, 1)), '1900-01-01'],
  ])('%s', (_label, date, expected) => {
    expect(read(date)).toBe(expected);
    expect(read(date, true)).toBe(expected);
  });

  it.each([
    ['an Invalid Date', new Date(Number.NaN), 'Invalid Date'],
    ['a date before 1900', new Date(Date.UTC(1899, 11, 31)), '1899-12-31'],
  ])('rejects %s', (_label, date, text) => {
    expect(read(date)).toEqual({ invalid: text });
  });
});

describe('parseDate: text', () => {
  it.each([
    ['03/09/2021', '2021-09-03'],
    ['3/9/2021', '2021-09-03'],
    ['  03/09/2021  ', '2021-09-03'],
    ['3/9/21', '2021-09-03'],
    ['31/12/69', '2069-12-31'],
    ['1/1/70', '2070-01-01'],
    ['15/6/99', '2099-06-15'],
    ['1/1/00', '2000-01-01'],
    ['03.09.2021', '2021-09-03'],
    ['03-09-2021', '2021-09-03'],
    ['3.9.21', '2021-09-03'],
    ['29/02/2024', '2024-02-29'],
    ['2021-09-03', '2021-09-03'],
    ['2021-9-3', '2021-09-03'],
    ['2021/09/03', '2021-09-03'],
    ['3 Sep 2021', '2021-09-03'],
    ['3 September 2021', '2021-09-03'],
    ['03 SEPTEMBER 2021', '2021-09-03'],
    ['3 sep 2021', '2021-09-03'],
    ['3 Sep. 2021', '2021-09-03'],
    ['3rd September 2021', '2021-09-03'],
    ['1st Jan 2022', '2022-01-01'],
    ['3 Sep 21', '2021-09-03'],
    ['03-Sep-21', '2021-09-03'],
    ['3-Sept-2021', '2021-09-03'],
    ['3-Sep-2021', '2021-09-03'],
    ['3 May 2022', '2022-05-03'],
    ['2 June 2022', '2022-06-02'],
    ['September 3, 2021', '2021-09-03'],
    ['Sep 3 2021', '2021-09-03'],
    ['Friday 3 September 2021', '2021-09-03'],
    ['Friday, 3 September 2021', '2021-09-03'],
    ['Fri 3 Sep 2021', '2021-09-03'],
    ['Thurs 2 June 2022', '2022-06-02'],
    ['Fri 03/09/2021', '2021-09-03'],
    ['03/09/2021 14:30', '2021-09-03'],
    ['03/09/2021 14:30:59', '2021-09-03'],
    ['03/09/2021 00:00', '2021-09-03'],
    ['03/09/2021 2:30 PM', '2021-09-03'],
    ['03/09/2021 2:30pm', '2021-09-03'],
    ['03/09/2021 12:00 a.m.', '2021-09-03'],
    ['03/09/2021, 14:30', '2021-09-03'],
    ['2021-09-03T10:00:00', '2021-09-03'],
    ['2021-09-03T10:00', '2021-09-03'],
    ['2021-09-03T23:30:00.000Z', '2021-09-03'],
    ['2021-09-03T23:30:00+01:00', '2021-09-03'],
    ['2021-09-03 00:00:00', '2021-09-03'],
    ['3 Sep 2021 09:15', '2021-09-03'],
    ['Friday 3 September 2021 14:30', '2021-09-03'],
    ['44440', '2021-09-01'],
    ['044440', '2021-09-01'],
    [' 44442 ', '2021-09-03'],
  ])('"%s" is %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it.each([
    ['09/13/2021', 'US month-first: month 13'],
    ['31/06/2021', '31 June'],
    ['29/02/2021', '29 February in a common year'],
    ['29/02/1900', '29 February 1900'],
    ['31 Sep 2021', '31 September'],
    ['00/01/2021', 'day 0'],
    ['TBC', 'a word'],
    ['n/a', 'n/a'],
    ['?', 'a question mark'],
    ['-', 'a dash'],
    ['Sep 2021', 'no day'],
    ['03/09', 'no year'],
    ['3/9/021', 'a three-digit year'],
    ['03/09-2021', 'mixed separators'],
    ['3 Sepember 2021', 'a misspelt month'],
    ['3 Se 2021', 'a two-letter month'],
    ['Monday 3 September 2021', 'a weekday that contradicts the date'],
    ['Funday 3 September 2021', 'a word that is not a weekday'],
    ['03/09/2021 25:00', 'an impossible time'],
    ['03/09/2021 13:00 PM', 'an impossible 12-hour time'],
    ['03/09/2021 14:60', 'minute 60'],
    ['03/09/2021 noon', 'a time in words'],
    ['44440.5', 'a fractional serial typed as text'],
    ['-44440', 'a negative serial typed as text'],
    ['60', 'serial 60 typed as text'],
    ['0', 'serial 0 typed as text'],
    ['20210903', 'digits beyond the last serial'],
    ['31/12/1899', 'before 1900'],
    ['1899-12-31', 'before 1900, year first'],
    ['2021-13-01', 'month 13, year first'],
    ['03/09/2021 and 04/09/2021', 'two dates'],
    ['received 03/09/2021', 'words around a date'],
  ])('"%s" is not ok (%s) and keeps its text', (text) => {
    expect(read(text)).toEqual({ invalid: text });
  });

  it('keeps the trimmed original text of a rejected cell', () => {
    expect(parseDate('  TBC  ', false)).toEqual({ ok: false, text: 'TBC' });
  });
});

describe('parseDate: booleans', () => {
  it.each([
    [true, 'TRUE'],
    [false, 'FALSE'],
  ])('%p is not ok', (value, text) => {
    expect(parseDate(value, false)).toEqual({ ok: false, text });
  });
});

describe('parseDate: every valid day reads back from each written form', () => {
  const from1900 = day('1900-03-01');
  const from1904 = day('1904-01-01');
  const last = day('9999-12-31');
  const pad = (value: number): string => String(value).padStart(2, '0');

  it('dd/mm/yyyy, yyyy-mm-dd, d Mon yyyy and d Month yyyy', () => {
    fc.assert(
      fc.property(fc.integer({ min: from1900, max: last }), (value) => {
        const { year, month, day: dayOfMonth } = partsOfDay(value);
        const name = MONTH_NAMES[month - 1];
        const forms = [
          `${pad(dayOfMonth)}/${pad(month)}/${year}`,
          `${year}-${pad(month)}-${pad(dayOfMonth)}`,
          `${dayOfMonth} ${name.slice(0, 3)} ${year}`,
          `${dayOfMonth} ${name} ${year}`,
        ];
        for (const form of forms) expect(parseDate(form, false)).toEqual({ ok: true, value });
      }),
    );
  });

  it('as a 1900-system serial (from 1 March 1900) and a 1904-system serial', () => {
    const serial1900 = (value: number): number => value - (dayFromParts(1899, 12, 30) as number);
    const serial1904 = (value: number): number => value - from1904;
    fc.assert(
      fc.property(
        fc.integer({ min: from1900, max: last }),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        (value, time) => {
          expect(parseDate(serial1900(value) + time, false)).toEqual({ ok: true, value });
          const typed = String(serial1900(value));
          expect(parseDate(typed, false)).toEqual(
            typed.length >= 5 ? { ok: true, value } : { ok: false, text: typed },
          );
          if (value >= from1904) {
            expect(parseDate(serial1904(value) + time, true)).toEqual({ ok: true, value });
          }
        },
      ),
    );
  });
});

describe('parseDate: a year typed alone is not a serial', () => {
  it.each(['2021', '1999', '44', '9999'])('%p is not ok', (text) => {
    expect(parseDate(text, false)).toEqual({ ok: false, text });
  });

  it('reads five digits typed as text as a serial', () => {
    expect(parseDate('44440', false)).toEqual({ ok: true, value: dayFromParts(2021, 9, 1) });
  });
});
