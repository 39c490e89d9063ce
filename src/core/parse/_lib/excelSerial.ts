/**
 * Excel serial dates. The 1900 system counts 1900-01-01 as 1 and, copying Lotus 1-2-3, pretends
 * 1900 was a leap year: serial 60 is a 29 February 1900 that never existed, so serials from 61 on are
 * one day "ahead" of a plain count. The 1904 system (older Mac workbooks) counts 1904-01-01 as 0.
 */
import { dayFromParts } from '../../dates';
import type { DayNumber } from '../../types';
import { isCellDay } from './dateRange';

/** Serial 0 of the 1900 system as Excel counts from serial 61 on: 1899-12-30. */
const SERIAL_1900_BASE = dayFromParts(1899, 12, 30) as DayNumber;

/** Serial 0 of the 1904 system: 1904-01-01. */
const SERIAL_1904_BASE = dayFromParts(1904, 1, 1) as DayNumber;

/** Excel's fictitious 29 February 1900. */
const FICTITIOUS_LEAP_DAY = 60;

/**
 * Converts a serial to a day, or null when it is not a date Excel can show. A time part (the
 * fraction) is dropped. Serial 60 in the 1900 system is rejected rather than moved to 28 February or
 * 1 March: it names a day that does not exist, and the rules never guess.
 */
export function dayFromSerial(serial: number, date1904: boolean): DayNumber | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  let day: DayNumber;
  if (date1904) {
    day = SERIAL_1904_BASE + whole;
    if (whole < 0) return null;
  } else {
    if (whole < 1 || whole === FICTITIOUS_LEAP_DAY) return null;
    day = whole < FICTITIOUS_LEAP_DAY ? SERIAL_1900_BASE + whole + 1 : SERIAL_1900_BASE + whole;
  }
  return isCellDay(day) ? day : null;
}
