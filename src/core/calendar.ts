/**
 * Working days (docs/design.md rule 12): not Saturday, not Sunday, not a bank holiday. Timescales are counted
 * in these, once per complaint and stage row: from 1990 to 2101 every operation reads a table made
 * when the calendar is, and beyond it is a set look-up, arithmetic or a binary search.
 */
import { BANK_HOLIDAYS_ENGLAND_WALES } from './bankHolidays';
import { dayFromParts, dayOfWeek, parseIsoDate } from './dates';
import type { DayNumber, IsoDate } from './types';

/** Working-day arithmetic over one holiday list. */
export type WorkingCalendar = {
  /** True unless the day is a Saturday, a Sunday or a holiday. */
  isWorkingDay(day: DayNumber): boolean;
  /** The n-th working day after `day`, the day itself not counted; `day` itself when n is 0. */
  addWorkingDays(day: DayNumber, n: number): DayNumber;
  /** Working days after `from` up to and including `to`; 0 when `to` is not after `from`. */
  workingDaysBetween(from: DayNumber, to: DayNumber): number;
};

/**
 * The days the calendar tabulates: 1 January 1990 to 31 December 2101, every date a tracker cell is
 * read as (1990–2100, `parseTrackerDate`) and a year beyond for the due dates that follow them.
 */
const TABLE_FIRST = dayFromParts(1990, 1, 1) as DayNumber;
const TABLE_LAST = dayFromParts(2101, 12, 31) as DayNumber;

/**
 * Working days by position, so a tracker's timescales are two array reads each rather than a
 * search: `upTo[d - TABLE_FIRST]` counts the working days from TABLE_FIRST to d inclusive, and
 * `days[k]` is the (k + 1)-th of them.
 */
type WorkingDayTable = { upTo: Int32Array; days: Int32Array };

function tabulate(isWorkingDay: (day: DayNumber) => boolean): WorkingDayTable {
  const upTo = new Int32Array(TABLE_LAST - TABLE_FIRST + 1);
  const days: DayNumber[] = [];
  for (let day = TABLE_FIRST; day <= TABLE_LAST; day += 1) {
    if (isWorkingDay(day)) days.push(day);
    upTo[day - TABLE_FIRST] = days.length;
  }
  return { upTo, days: Int32Array.from(days) };
}

function isTabulated(day: DayNumber): boolean {
  return day >= TABLE_FIRST && day <= TABLE_LAST;
}

/** 1970-01-05, the first Monday of day numbering: weeks are counted from it. */
const FIRST_MONDAY: DayNumber = 4;

function isWeekend(day: DayNumber): boolean {
  const weekday = dayOfWeek(day);
  return weekday === 0 || weekday === 6;
}

/** Monday-to-Friday days from FIRST_MONDAY up to `day` (negative before it): differences count. */
function countWeekdaysUpTo(day: DayNumber): number {
  const sinceMonday = day - FIRST_MONDAY;
  const weeks = Math.floor(sinceMonday / 7);
  return 5 * weeks + Math.min(sinceMonday - 7 * weeks + 1, 5);
}

/** The n-th Monday-to-Friday day after `day` (`day` itself when n is 0): the inverse of the count. */
function addWeekdays(day: DayNumber, n: number): DayNumber {
  if (n === 0) return day;
  const target = countWeekdaysUpTo(day) + n - 1;
  const weeks = Math.floor(target / 5);
  return FIRST_MONDAY + 7 * weeks + (target - 5 * weeks);
}

/** How many of the sorted `days` are ≤ `day` (binary search). */
function countUpTo(days: readonly DayNumber[], day: DayNumber): number {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (days[middle] <= day) low = middle + 1;
    else high = middle;
  }
  return low;
}

function readHolidays(holidays: readonly IsoDate[]): DayNumber[] {
  return holidays.map((text) => {
    const day = parseIsoDate(text);
    if (day === null) throw new RangeError(`Holiday is not a YYYY-MM-DD date: "${text}"`);
    return day;
  });
}

function assertWholeDay(day: DayNumber): void {
  if (!Number.isInteger(day)) throw new RangeError(`Not a day number: ${day}`);
}

/**
 * Builds a calendar over a holiday list (England & Wales by default; a council may add its own closure
 * days). Throws on a holiday that is not a `YYYY-MM-DD` date: the list is configuration, not data.
 */
export function createCalendar(
  holidays: readonly IsoDate[] = BANK_HOLIDAYS_ENGLAND_WALES,
): WorkingCalendar {
  const holidaySet = new Set(readHolidays(holidays));
  // Holidays at a weekend are already non-working: count only weekday ones, once each.
  const weekdayHolidays = [...holidaySet].filter((day) => !isWeekend(day)).sort((a, b) => a - b);

  const isWorkingDay = (day: DayNumber): boolean => !isWeekend(day) && !holidaySet.has(day);

  const countHolidaysBetween = (from: DayNumber, to: DayNumber): number =>
    countUpTo(weekdayHolidays, to) - countUpTo(weekdayHolidays, from);

  const table = tabulate(isWorkingDay);

  const addWorkingDays = (day: DayNumber, n: number): DayNumber => {
    assertWholeDay(day);
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`Working days must be 0 or more: ${n}`);
    if (n === 0) return day;
    if (isTabulated(day)) {
      const position = table.upTo[day - TABLE_FIRST] + n - 1;
      if (position < table.days.length) return table.days[position];
    }
    // Beyond the table, count weekdays by arithmetic, then step past the holidays that fell inside, which may reach
    // further holidays: each round is a binary search, so the cost does not grow with n.
    let current = addWeekdays(day, n);
    let missing = countHolidaysBetween(day, current);
    while (missing > 0) {
      const next = addWeekdays(current, missing);
      missing = countHolidaysBetween(current, next);
      current = next;
    }
    return current;
  };

  const workingDaysBetween = (from: DayNumber, to: DayNumber): number => {
    assertWholeDay(from);
    assertWholeDay(to);
    if (to <= from) return 0;
    if (isTabulated(from) && isTabulated(to)) {
      return table.upTo[to - TABLE_FIRST] - table.upTo[from - TABLE_FIRST];
    }
    return countWeekdaysUpTo(to) - countWeekdaysUpTo(from) - countHolidaysBetween(from, to);
  };

  return { isWorkingDay, addWorkingDays, workingDaysBetween };
}

/** Calendars already made, by the holiday list they were made from (the list is never changed). */
const calendars = new WeakMap<readonly IsoDate[], WorkingCalendar>();

/**
 * `createCalendar` for a holiday list, made once per list: every build makes its calendar, and
 * tabulating 1990 to 2101 takes about a millisecond, which a report on a small tracker would notice.
 */
export function calendarFor(holidays: readonly IsoDate[]): WorkingCalendar {
  let calendar = calendars.get(holidays);
  if (calendar === undefined) {
    calendar = createCalendar(holidays);
    calendars.set(holidays, calendar);
  }
  return calendar;
}
