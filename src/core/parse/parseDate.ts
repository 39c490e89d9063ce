/**
 * Date cells (docs/design.md rule 4): Excel serials in either date system, `Date`s from a spreadsheet library,
 * and text typed UK day-first. An impossible or doubtful date is reported, never guessed.
 */
import { dayFromDate } from '../dates';
import type { CellValue, DayNumber } from '../types';
import { createCellCache } from './_lib/cellCache';
import { isCellDay } from './_lib/dateRange';
import { dayFromDateText } from './_lib/dateText';
import { dayFromSerial } from './_lib/excelSerial';
import { cellText } from './cellText';
import { accept, reject, type Parsed } from './parsed';

/** Text dates repeat down a column (a busy day is typed many times), so each is read once. */
const textDays = createCellCache<DayNumber | null>();

/** A year typed alone ("2021"), or anything else too short to be a serial. */
const FEW_DIGITS = /^\d{1,4}$/;
const DIGITS = /^\d+$/;

function readDay(day: DayNumber | null, text: string): Parsed<DayNumber | null> {
  return day === null ? reject(text) : accept(day);
}

/**
 * Reads a date cell; a blank cell is `null`, not an error, because optional dates (response, due)
 * are often empty. `date1904` says which serial system the workbook uses. Text made only of digits is
 * a serial typed as text ("44440") when it has five or more digits; shorter ("2021", a year typed
 * alone) is rejected rather than read as a date in 1905. Serial 60 of the 1900 system (Excel's fictitious 29 February
 * 1900) is rejected. Two-digit years are 20yy. A `Date` is read by
 * its UTC calendar date and does not depend on `date1904` (the library has applied it already).
 */
export function parseDate(value: CellValue, date1904: boolean): Parsed<DayNumber | null> {
  if (value === null || value === undefined) return accept(null);
  if (typeof value === 'number') {
    // Most date cells are serials: their text is only needed to quote a bad one.
    const day = dayFromSerial(value, date1904);
    return day === null ? reject(cellText(value)) : accept(day);
  }
  if (typeof value === 'boolean') return reject(cellText(value));
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return reject(cellText(value));
    const day = dayFromDate(value);
    return readDay(isCellDay(day) ? day : null, cellText(value));
  }
  if (typeof value !== 'string') return accept(null);
  const text = value.trim();
  if (text === '') return accept(null);
  if (FEW_DIGITS.test(text)) return reject(text);
  if (DIGITS.test(text)) return readDay(dayFromSerial(Number(text), date1904), text);
  return readDay(textDays.read(text, dayFromDateText), text);
}
