/** The coverage sentence (rule 19): when the tracker does not cover the period, say how far it does. */
import { formatLongDate, parseIsoDate, partsOfDay } from '../dates';
import type { NarrativeContext } from './context';

/** The days of grace rule 19 allows at either end of a covered period. */
const GRACE_DAYS = 31;

/** "1 April to 31 October 2022", "3 May 2021 to 31 October 2022": one year named when they share it. */
export function dateRange(ctx: NarrativeContext, from: number, to: number): string {
  const sameYear = partsOfDay(from).year === partsOfDay(to).year;
  const start = sameYear ? formatLongDate(from).replace(/ \d+$/, '') : formatLongDate(from);
  return ctx.say(ctx.t.coverage.range, { from: start, to: formatLongDate(to) });
}

/**
 * "The tracker's latest complaint was received on 31 October 2022, so these figures cover
 * 1 April to 31 October 2022 only"; null when the period is covered.
 */
export function coverageSentence(ctx: NarrativeContext): string | null {
  const { period, coverage } = ctx.report;
  if (period.covered) return null;
  const c = ctx.t.coverage;
  const first = parseIsoDate(coverage.firstReceived ?? '');
  const last = parseIsoDate(coverage.lastReceived ?? '');
  if (first === null || last === null) return ctx.say(c.none);
  const from = parseIsoDate(period.from) ?? first;
  const to = parseIsoDate(period.to) ?? last;
  const end = Math.min(to, parseIsoDate(period.asOf) ?? to);
  const lateStart = first > from + GRACE_DAYS;
  const earlyEnd = last < end - GRACE_DAYS;
  if (last < from) return ctx.say(c.before, { last: formatLongDate(last) });
  if (first > to) return ctx.say(c.after, { first: formatLongDate(first) });
  const range = dateRange(ctx, lateStart ? first : from, earlyEnd ? last : end);
  const vars = { first: formatLongDate(first), last: formatLongDate(last), range };
  if (lateStart && earlyEnd) return ctx.say(c.both, vars);
  return ctx.say(lateStart ? c.start : c.end, vars);
}
