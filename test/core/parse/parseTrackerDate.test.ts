import {
  EARLIEST_TRACKER_DAY,
  LATEST_TRACKER_DAY,
  parseTrackerDate,
} from '../../../src/core/parse/parseTrackerDate';
import { parseIsoDate, toIsoDate } from '../../../src/core/dates';
import type { CellValue } from '../../../src/core/types';

function read(value: CellValue, date1904 = false): string | null | { invalid: string } {
  const result = parseTrackerDate(value, date1904);
  if (!result.ok) return { invalid: result.text };
  return result.value === null ? null : toIsoDate(result.value);
}

const utc = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

describe('rule 4: a date before 1990 or after 2100 is not a date', () => {
  it('rule 4: the bounds are 1 January 1990 and 31 December 2100', () => {
    expect([toIsoDate(EARLIEST_TRACKER_DAY), toIsoDate(LATEST_TRACKER_DAY)]).toEqual([
      '1990-01-01',
      '2100-12-31',
    ]);
  });

  it.each<[string, CellValue, boolean, string | { invalid: string }]>([
    ['1900 serial, 31 December 1989', 32873, false, { invalid: '32873' }],
    ['1900 serial, 1 January 1990', 32874, false, '1990-01-01'],
    ['1900 serial with a time, 1 January 1990', 32874.75, false, '1990-01-01'],
    ['1900 serial, 31 December 2100', 73415, false, '2100-12-31'],
    ['1900 serial, 1 January 2101', 73416, false, { invalid: '73416' }],
    ['1904 serial, 31 December 1989', 31411, true, { invalid: '31411' }],
    ['1904 serial, 1 January 1990', 31412, true, '1990-01-01'],
    ['1904 serial, 31 December 2100', 71953, true, '2100-12-31'],
    ['1904 serial, 1 January 2101', 71954, true, { invalid: '71954' }],
    ['serial text, 31 December 1989', '32873', false, { invalid: '32873' }],
    ['serial text, 1 January 1990', '32874', false, '1990-01-01'],
    ['text, 31/12/1989', '31/12/1989', false, { invalid: '31/12/1989' }],
    ['text, 01/01/1990', '01/01/1990', false, '1990-01-01'],
    ['text, 31/12/2100', '31/12/2100', false, '2100-12-31'],
    ['text, 01/01/2101', '01/01/2101', false, { invalid: '01/01/2101' }],
    ['year-first text, 1989-12-31', '1989-12-31', false, { invalid: '1989-12-31' }],
    ['year-first text, 2101-01-01', '2101-01-01', false, { invalid: '2101-01-01' }],
    ['Date, 31 December 1989', utc('1989-12-31'), false, { invalid: '1989-12-31' }],
    ['Date, 1 January 1990', utc('1990-01-01'), false, '1990-01-01'],
    ['Date, 31 December 2100', utc('2100-12-31'), false, '2100-12-31'],
    ['Date, 1 January 2101', utc('2101-01-01'), false, { invalid: '2101-01-01' }],
  ])('rule 4: %s', (_, value, date1904, expected) => {
    expect(read(value, date1904)).toEqual(expected);
  });

  it.each<[string, CellValue, string]>([
    ['the number 2022 (a year, a serial in 1905)', 2022, '2022'],
    ['the number 45 (a count under Date received)', 45, '45'],
    ['the text 2022', '2022', '2022'],
    ['a huge serial', 1e12, '1000000000000'],
    ['a negative serial', -44440, '-44440'],
    ['"3/3/1969"', '3/3/1969', '3/3/1969'],
  ])('rule 4: %s is not a date', (_, value, text) => {
    expect(read(value)).toEqual({ invalid: text });
  });

  it.each([
    ['3/3/69', '2069-03-03'],
    ['1/1/99', '2099-01-01'],
    ['03-Sep-21', '2021-09-03'],
  ])('rule 4: yy means 20yy: "%s" is %s', (text, iso) => {
    expect(read(text)).toBe(iso);
  });

  it('rule 4: a blank cell is still blank, not an error', () => {
    expect(parseTrackerDate(null, false)).toEqual({ ok: true, value: null });
    expect(parseTrackerDate('  ', false)).toEqual({ ok: true, value: null });
  });

  it('rule 4: every date inside the bounds reads as parseDate reads it', () => {
    for (const iso of ['1990-01-01', '2021-09-03', '2100-12-31']) {
      expect(parseTrackerDate(iso, false)).toEqual({ ok: true, value: parseIsoDate(iso) });
    }
  });
});
