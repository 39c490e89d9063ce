/**
 * Calendar dates as whole day numbers (days since 1970-01-01). Pure arithmetic on the proleptic
 * Gregorian calendar: no `Date` parsing, no time zones, no clock, so a date means the same thing on
 * every machine.
 */
import type { DayNumber, IsoDate } from './types';

/** English month names, January first; hand-written so output never depends on the host's locale. */
export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The calendar parts of a day; `month` runs 1–12. */
export type DateParts = { year: number; month: number; day: number };

/** Days from 0000-03-01 to 1970-01-01 in the shifted (March-first) calendar below. */
const EPOCH_SHIFT = 719468;
const DAYS_PER_ERA = 146097;

/** True for Gregorian leap years; Excel's pretend 29 February 1900 is handled by the parser, not here. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The length of a month, so callers can check a day without building a date. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Builds a day from its parts, returning null for any date that does not exist (31 June, 29 February
 * in a common year, month 13) so parsers can report it rather than let it roll over. Years run 1–9999.
 */
export function dayFromParts(year: number, month: number, day: number): DayNumber | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1 || year > 9999 || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  // Howard Hinnant's days_from_civil: years counted from March so the leap day falls last.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const shiftedMonth = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * shiftedMonth + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_ERA + dayOfEra - EPOCH_SHIFT;
}

/** Splits a day into its calendar parts; the inverse of `dayFromParts`. */
export function partsOfDay(day: DayNumber): DateParts {
  if (!Number.isInteger(day)) throw new RangeError(`Not a day number: ${day}`);
  const z = day + EPOCH_SHIFT;
  const era = Math.floor(z / DAYS_PER_ERA);
  const dayOfEra = z - era * DAYS_PER_ERA;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return {
    year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1,
  };
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** Writes a day as `YYYY-MM-DD`, the form the Report and the CLI use. */
export function toIsoDate(day: DayNumber): IsoDate {
  const { year, month, day: dayOfMonth } = partsOfDay(day);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(dayOfMonth, 2)}`;
}

/** Reads a strict `YYYY-MM-DD` (CLI options, settings, the holiday list); null for anything else. */
export function parseIsoDate(text: string): DayNumber | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  return dayFromParts(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** 0 = Sunday … 6 = Saturday, matching `Date#getUTCDay` so hosts and tests agree. */
export function dayOfWeek(day: DayNumber): number {
  // 1970-01-01 was a Thursday (4).
  return (((day + 4) % 7) + 7) % 7;
}

/**
 * Takes the UTC calendar date of a `Date`: spreadsheet libraries such as exceljs hand date cells over
 * as UTC midnight, so the UTC parts are the cell's own date whatever the machine's time zone.
 * Whole UTC days since the epoch equal the getUTCFullYear/getUTCMonth/getUTCDate date (tested).
 */
export function dayFromDate(date: Date): DayNumber {
  const time = date.getTime();
  if (Number.isNaN(time)) throw new RangeError('Invalid Date');
  return Math.floor(time / 86_400_000);
}

/** The first day of a month; throws on a month outside 1–12, which would be a programming error. */
export function firstOfMonth(year: number, month: number): DayNumber {
  const day = dayFromParts(year, month, 1);
  if (day === null) throw new RangeError(`No such month: ${year}-${month}`);
  return day;
}

/** The last day of a month, leap years included. */
export function lastOfMonth(year: number, month: number): DayNumber {
  return firstOfMonth(year, month) + daysInMonth(year, month) - 1;
}

/** "3 September 2021": the way a board paper writes a date. */
export function formatLongDate(day: DayNumber): string {
  const { year, month, day: dayOfMonth } = partsOfDay(day);
  return `${dayOfMonth} ${MONTH_NAMES[month - 1]} ${year}`;
}

/** "September 2021": for periods made of whole months. */
export function formatMonthYear(year: number, month: number): string {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`No such month: ${month}`);
  }
  return `${MONTH_NAMES[month - 1]} ${year}`;
}
