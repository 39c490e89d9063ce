/** The dates a cell can hold: Excel's own range, 1900-01-01 to 9999-12-31. */
import { dayFromParts } from '../../dates';
import type { DayNumber } from '../../types';

/** 1900-01-01: Excel cannot hold an earlier date, so an earlier one in text is a typing error. */
export const MIN_CELL_DAY: DayNumber = dayFromParts(1900, 1, 1) as DayNumber;

/** 9999-12-31: Excel's last date (1900-system serial 2,958,465). */
export const MAX_CELL_DAY: DayNumber = dayFromParts(9999, 12, 31) as DayNumber;

/** True when a day is one a spreadsheet cell could hold. */
export function isCellDay(day: DayNumber): boolean {
  return day >= MIN_CELL_DAY && day <= MAX_CELL_DAY;
}
