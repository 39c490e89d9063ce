/**
 * Change against the previous period and the year before (rule 25), and a sentence for every
 * comparison not made, so the narrative never compares silently.
 */
import { formatLongDate, formatMonthYear, lastOfMonth, parseIsoDate, partsOfDay } from '../dates';
import type { Breakdown, Comparison } from '../types';
import type { NarrativeContext } from './context';
import { inWords } from './words';

/** The days of grace rule 19 allows at either end of a covered period. */
const GRACE_DAYS = 31;

type Named = { comparison: Comparison; what: string };

function wholeMonths(from: number, to: number): number | null {
  const a = partsOfDay(from);
  const b = partsOfDay(to);
  if (a.day !== 1 || to !== lastOfMonth(b.year, b.month)) return null;
  return (b.year - a.year) * 12 + b.month - a.month + 1;
}

/** "the previous six months", "the previous quarter", "the previous year", "the previous 30 days". */
export function previousInWords(ctx: NarrativeContext, comparison: Comparison): string {
  const c = ctx.t.comparisons;
  const from = parseIsoDate(comparison.from) ?? 0;
  const to = parseIsoDate(comparison.to) ?? 0;
  const months = wholeMonths(from, to);
  if (months === 3) return ctx.say(c.previousQuarter);
  if (months === 12) return ctx.say(c.previousYear);
  if (months !== null) return ctx.say(c.previousMonths, { n: inWords(months) }, months);
  const length = to - from + 1;
  return ctx.say(c.previousDays, { n: inWords(length) }, length);
}

/** Both comparisons with their names; the year earlier is left out when it is the same period. */
function named(ctx: NarrativeContext): Named[] {
  const { previous, yearEarlier } = ctx.report.comparisons;
  const c = ctx.t.comparisons;
  const list: Named[] = [{ comparison: previous, what: previousInWords(ctx, previous) }];
  if (yearEarlier.from !== previous.from || yearEarlier.to !== previous.to) {
    const from = parseIsoDate(yearEarlier.from) ?? 0;
    const months = wholeMonths(from, parseIsoDate(yearEarlier.to) ?? 0);
    const what = ctx.say(months === null ? c.yearEarlierDates : c.yearEarlierMonths);
    list.push({ comparison: yearEarlier, what });
  }
  return list;
}

/** Where a compared figure was: "in the previous six months", "a year earlier". */
function whereOf(ctx: NarrativeContext, item: Named): string {
  const c = ctx.t.comparisons;
  return item.comparison === ctx.report.comparisons.previous
    ? ctx.say(c.inPrevious, { previous: item.what })
    : ctx.say(c.yearEarlier);
}

/** What a changing figure reads from a breakdown, and how it is written. */
export type Measure = {
  of: 'all' | 'childrenInCare';
  value(breakdown: Breakdown): number | null;
  format(value: number): string;
};

/**
 * ", up from 61 in the previous six months and from 80 a year earlier", or "" when no
 * comparison is made or has the figure. Rates are compared in percentage points (rule 26).
 */
export function change(ctx: NarrativeContext, now: number | null, measure: Measure): string {
  if (now === null) return '';
  const c = ctx.t.comparisons;
  const phrases: string[] = [];
  let last: 'up' | 'down' | 'same' | null = null;
  for (const item of named(ctx)) {
    const breakdown = item.comparison.covered ? item.comparison[measure.of] : null;
    const then = breakdown === null ? null : measure.value(breakdown);
    if (then === null) continue;
    const direction = now > then ? 'up' : now < then ? 'down' : 'same';
    const vars = { value: measure.format(then), where: whereOf(ctx, item) };
    const again = direction === 'same' ? c.sameAgain : c.again;
    const template = direction === last ? again : c[direction];
    phrases.push(ctx.say(template, vars));
    last = direction;
  }
  return phrases.length === 0 ? '' : `, ${phrases.join(' and ')}`;
}

/** Why a comparison is not made: the tracker starts too late, ends too early, or has no dates. */
function reasonFor(ctx: NarrativeContext, comparison: Comparison, what: string): string {
  const first = parseIsoDate(ctx.report.coverage.firstReceived ?? '');
  const last = parseIsoDate(ctx.report.coverage.lastReceived ?? '');
  const c = ctx.t.comparisons;
  if (first === null || last === null) return ctx.say(c.notComparedEmpty, { what });
  if (first > (parseIsoDate(comparison.from) ?? 0) + GRACE_DAYS) {
    const { year, month } = partsOfDay(first);
    return ctx.say(c.notComparedStart, { month: formatMonthYear(year, month), what });
  }
  return ctx.say(c.notComparedEnd, { last: formatLongDate(last), what });
}

/**
 * "The tracker starts in August 2021, so no comparison with the previous six months or the same
 * months a year earlier is made": one sentence per reason, naming every comparison it stops.
 */
export function notComparedSentences(ctx: NarrativeContext): string[] {
  const missing = named(ctx).filter((item) => !item.comparison.covered);
  if (missing.length === 0) return [];
  const together = reasonFor(ctx, missing[0].comparison, missing.map((m) => m.what).join(' or '));
  const alone = missing.map((m) => reasonFor(ctx, m.comparison, m.what));
  const sameReason = missing.every(
    (m) => reasonFor(ctx, m.comparison, '') === reasonFor(ctx, missing[0].comparison, ''),
  );
  return sameReason ? [together] : alone;
}
