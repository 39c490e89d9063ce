/**
 * Dates typed as text, read UK day-first. Every form is matched whole; anything else is null, so a
 * doubtful date becomes an issue for a person to fix rather than a guess that moves a figure.
 */
import { dayFromParts, dayOfWeek, MONTH_NAMES } from '../../dates';
import type { DayNumber } from '../../types';
import { isCellDay } from './dateRange';

const WEEKDAY_NAMES = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];

/**
 * A trailing time: "14:30", "14:30:00", "2:30 PM", "T10:00:00", "T10:00:00.000Z", "T10:00+01:00".
 * The date is taken as written: an offset never moves it to another day.
 */
const TIME_PART =
  /(?:T|,?\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:\s*([ap])\.?m\.?)?(?:\s*(?:Z|[+-]\d{2}:?\d{2}))?$/i;
/** "Friday 3 September 2021", "Fri, 03/09/2021". */
const WEEKDAY_PREFIX = /^([a-z]+)\.?,?\s+/i;
/** 2021-09-03, 2021/09/03, 2021.09.03: year first is never ambiguous. */
const YEAR_FIRST = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
/** 03/09/2021, 3/9/21, 03.09.2021, 03-09-2021: always day first. */
const DAY_FIRST = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})$/;
/** 3 Sep 2021, 3rd September 2021, 03-Sep-21, 3-Sept-2021, 3 Sep. 2021. */
const DAY_MONTH_NAME = /^(\d{1,2})(?:st|nd|rd|th)?[\s./-]*([a-z]+)\.?[\s./,-]*(\d{4}|\d{2})$/i;
/** September 3, 2021 and Sep 3 2021: a month written in words cannot be misread. */
const MONTH_NAME_DAY = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i;

/** Two-digit years are 20yy (docs/design.md rule 4): a tracker holds no complaint from the 1900s. */
function expandYear(digits: string): number {
  const year = Number(digits);
  return digits.length === 2 ? 2000 + year : year;
}

/** Month 1–12 from "Sep", "Sept", "September" (any case); null for anything else. */
function monthFromWord(word: string): number | null {
  const lower = word.toLowerCase();
  if (lower === 'sept') return 9;
  const index = MONTH_NAMES.findIndex(
    (name) => name.toLowerCase() === lower || name.slice(0, 3).toLowerCase() === lower,
  );
  return index === -1 ? null : index + 1;
}

/** Weekday 0–6 from a full name or an abbreviation of at least three letters ("Thurs"). */
function weekdayFromWord(word: string): number | null {
  const lower = word.toLowerCase();
  if (lower.length < 3) return null;
  const index = WEEKDAY_NAMES.findIndex((name) => name.startsWith(lower));
  return index === -1 ? null : index;
}

/** Removes a trailing time part; returns null when the time itself is impossible ("25:00"). */
function stripTime(text: string): string | null {
  const match = TIME_PART.exec(text);
  if (!match) return text;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  const seconds = match[3] === undefined ? 0 : Number(match[3]);
  const maxHours = match[4] === undefined ? 23 : 12;
  const minHours = match[4] === undefined ? 0 : 1;
  if (hours < minHours || hours > maxHours || minutes > 59 || seconds > 59) return null;
  return text.slice(0, match.index);
}

/** Splits the date into year, month and day by whichever form it is written in. */
function readParts(text: string): [number, number, number] | null {
  let match = YEAR_FIRST.exec(text);
  if (match) return [Number(match[1]), Number(match[3]), Number(match[4])];
  match = DAY_FIRST.exec(text);
  if (match) return [expandYear(match[4]), Number(match[3]), Number(match[1])];
  match = DAY_MONTH_NAME.exec(text);
  if (match) {
    const month = monthFromWord(match[2]);
    return month === null ? null : [expandYear(match[3]), month, Number(match[1])];
  }
  match = MONTH_NAME_DAY.exec(text);
  if (match) {
    const month = monthFromWord(match[1]);
    return month === null ? null : [Number(match[3]), month, Number(match[2])];
  }
  return null;
}

/**
 * Reads a trimmed, non-blank text date; null when it is not a date this project accepts. A weekday
 * that contradicts the date ("Monday 3 September 2021") makes it null: one of the two is wrong.
 */
export function dayFromDateText(text: string): DayNumber | null {
  let rest = stripTime(text);
  if (rest === null) return null;
  let weekday: number | null = null;
  const prefix = WEEKDAY_PREFIX.exec(rest);
  if (prefix) {
    weekday = weekdayFromWord(prefix[1]);
    if (weekday !== null) rest = rest.slice(prefix[0].length);
  }
  const parts = readParts(rest);
  if (parts === null) return null;
  const day = dayFromParts(parts[0], parts[1], parts[2]);
  if (day === null || !isCellDay(day)) return null;
  if (weekday !== null && dayOfWeek(day) !== weekday) return null;
  return day;
}
