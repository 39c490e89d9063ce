/** Outcomes, for all complaints and for children in care, largest group first; the upheld rate. */
import { outcomeOf } from '../summarise';
import type { AssessedComplaint, Breakdown, OutcomeCounts } from '../types';
import { change } from './comparisons';
import type { NarrativeContext } from './context';
import type { NarrativeSection, Sentence } from './types';
import { allOf, capitalise, joinList, percent, rate } from './words';

const ORDER: (keyof OutcomeCounts)[] = [
  'notUpheld',
  'upheld',
  'partiallyUpheld',
  'withdrawn',
  'resolved',
  'other',
  'open',
];

/** "complaints", "complaints about children in care", in the number n needs. */
export function aboutNoun(ctx: NarrativeContext, cic: boolean, n: number): string {
  return ctx.say(cic ? ctx.t.nouns.aboutChildrenInCare : ctx.t.nouns.complaints, {}, n);
}

/** "Of the 14 complaints about children in care, 8 were not upheld, 3 are still being …". */
export function describeOutcomes(
  ctx: NarrativeContext,
  outcomes: OutcomeCounts,
  total: number,
  cic: boolean,
): string {
  const o = ctx.t.outcomes;
  const parts = ORDER.map((key) => ({ key, n: outcomes[key] }))
    .filter(({ n }) => n > 0)
    .sort((a, b) => b.n - a.n);
  const about = aboutNoun(ctx, cic, total);
  if (parts.length === 1) {
    const phrase = ctx.say(o[parts[0].key], {}, total);
    if (total === 1) return ctx.say(o.theOne, { about, phrase });
    return ctx.say(o.all, { all: capitalise(allOf(total)), about, phrase });
  }
  const list = parts.map(({ key, n }) => ctx.say(o.count, { n, phrase: ctx.say(o[key], {}, n) }));
  return ctx.say(o.many, { total, about, list: joinList(list) });
}

/** Upheld rate (rule 26): upheld in full or in part, of those with a finding; null with none. */
export function upheldRate(b: Breakdown): { upheld: number; decided: number } | null {
  if (b.outcomes === null) return null;
  const upheld = b.outcomes.upheld + b.outcomes.partiallyUpheld;
  const decided = upheld + b.outcomes.notUpheld;
  return decided === 0 ? null : { upheld, decided };
}

function rateSentence(
  ctx: NarrativeContext,
  breakdown: Breakdown,
  set: AssessedComplaint[],
  cic: boolean,
): Sentence | null {
  const r = upheldRate(breakdown);
  if (r === null || r.decided < 2) return null;
  const changed = change(ctx, rate(r.upheld, r.decided), {
    of: cic ? 'childrenInCare' : 'all',
    value: (b) => {
      const then = upheldRate(b);
      return then === null ? null : rate(then.upheld, then.decided);
    },
    format: (n) => `${n}%`,
  });
  const vars = {
    decided: r.decided,
    about: aboutNoun(ctx, cic, r.decided),
    n: r.upheld,
    percent: percent(r.upheld, r.decided),
    change: changed,
  };
  const about = withOutcome(set, ['upheld', 'partiallyUpheld', 'notUpheld']);
  return ctx.sentence(ctx.say(ctx.t.outcomes.rate, vars, r.upheld), about);
}

/** The outcomes section, or null when the tracker has no outcome column or no complaints. */
export function outcomesSection(ctx: NarrativeContext): NarrativeSection | null {
  const { report } = ctx;
  if (report.all.outcomes === null || report.all.complaints === 0) return null;
  const all = describeOutcomes(ctx, report.all.outcomes, report.all.complaints, false);
  const sentences = [ctx.sentence(all, ctx.complaints)];
  const cic = report.childrenInCare;
  if (cic?.outcomes && cic.complaints > 0) {
    const text = describeOutcomes(ctx, cic.outcomes, cic.complaints, true);
    sentences.push(ctx.sentence(text, ctx.childrenInCare));
  }
  const rates = [
    rateSentence(ctx, report.all, ctx.complaints, false),
    cic ? rateSentence(ctx, cic, ctx.childrenInCare, true) : null,
  ];
  for (const s of rates) if (s !== null) sentences.push(s);
  const heading = ctx.say(ctx.wording.headings.outcomes);
  return { id: 'outcomes', heading, kind: 'paragraph', sentences };
}

/** Complaints in one outcome group, for sentences that speak of them. */
export function withOutcome(
  set: AssessedComplaint[],
  keys: (keyof OutcomeCounts)[],
): AssessedComplaint[] {
  return set.filter((c) => keys.includes(outcomeOf(c)));
}
