/**
 * The period a user's choice stands for on a given as-of date, checked, so the picker and the
 * build read the same dates and a half-typed custom date is caught before anything is read.
 */
import { formatLongDate, parseIsoDate } from './dates';
import { periodForPreset } from './period';
import type { PeriodChoice } from './settings';
import type { DayNumber, IsoDate } from './types';

/** Resolved days, or what is wrong with the dates in words a user can act on. */
export type ResolvedPeriod =
  | { ok: true; from: DayNumber; to: DayNumber; asOf: DayNumber }
  | { ok: false; field: 'from' | 'to' | 'asOf'; message: string };

/** The period both front ends use when none is chosen: the last six whole months. */
export const DEFAULT_PERIOD: PeriodChoice = { kind: 'preset', preset: 'last-6-months' };

/** Turn a choice and an as-of date into days, or say which date needs fixing. */
export function resolvePeriod(choice: PeriodChoice, asOf: IsoDate): ResolvedPeriod {
  const asOfDay = parseIsoDate(asOf);
  if (asOfDay === null) {
    return { ok: false, field: 'asOf', message: 'Enter the date the report is as of.' };
  }
  if (choice.kind === 'preset') {
    return { ok: true, ...periodForPreset(choice.preset, asOfDay), asOf: asOfDay };
  }
  const from = parseIsoDate(choice.from);
  if (from === null) {
    return { ok: false, field: 'from', message: 'Enter the first day of the period.' };
  }
  const to = parseIsoDate(choice.to);
  if (to === null) return { ok: false, field: 'to', message: 'Enter the last day of the period.' };
  if (to < from) {
    return {
      ok: false,
      field: 'to',
      message: `The period cannot end before it starts (${formatLongDate(from)}).`,
    };
  }
  return { ok: true, from, to, asOf: asOfDay };
}

/** "1 September 2021 to 28 February 2022": the resolved period as the pane shows it. */
export function describeResolvedPeriod(from: DayNumber, to: DayNumber): string {
  return from === to ? formatLongDate(from) : `${formatLongDate(from)} to ${formatLongDate(to)}`;
}
