/**
 * Date cells of a tracker (docs/design.md rule 4): `parseDate`, bounded to 1990–2100. A complaint cannot be
 * older than the tracker, nor dated past this century: such a "date" is a mistyped number (a count
 * under Date received, 2022 typed for a year), so it is reported rather than read.
 */
import { dayFromParts } from '../dates';
import type { CellValue, DayNumber } from '../types';
import { cellText } from './cellText';
import { dayFromSerial } from './_lib/excelSerial';
import { parseDate } from './parseDate';
import { reject, type Parsed } from './parsed';

/** 1 January 1990: the earliest date a tracker cell is read as. */
export const EARLIEST_TRACKER_DAY: DayNumber = dayFromParts(1990, 1, 1) as DayNumber;

/** 31 December 2100: the latest date a tracker cell is read as. */
export const LATEST_TRACKER_DAY: DayNumber = dayFromParts(2100, 12, 31) as DayNumber;

/**
 * Reads a tracker date cell as `parseDate` does (blank is null), rejecting a serial, text or `Date`
 * before 1990 or after 2100 with the cell's text.
 */
export function parseTrackerDate(value: CellValue, date1904: boolean): Parsed<DayNumber | null> {
  const parsed = parseDate(value, date1904);
  if (!parsed.ok || parsed.value === null) return parsed;
  const day = parsed.value;
  return day < EARLIEST_TRACKER_DAY || day > LATEST_TRACKER_DAY ? reject(cellText(value)) : parsed;
}

/**
 * The day of a serial number that `parseTrackerDate` accepts (nearly every date cell of a tracker),
 * found without a `Parsed` result made; null for any other cell, which `parseTrackerDate` then
 * reads, a rejection worded with the cell's text.
 */
export function trackerDayOfSerial(value: CellValue, date1904: boolean): DayNumber | null {
  if (typeof value !== 'number') return null;
  const day = dayFromSerial(value, date1904);
  return day !== null && day >= EARLIEST_TRACKER_DAY && day <= LATEST_TRACKER_DAY ? day : null;
}
