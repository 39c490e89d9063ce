/**
 * Who complained, across all complaints: children and young people and advocates first, as a
 * board asks, then everyone else, most first.
 */
import type { AssessedComplaint, Complainant, ComplainantCounts } from '../types';
import type { NarrativeContext } from './context';
import type { NarrativeSection, Sentence } from './types';
import { countWord, joinList, percent } from './words';

/** "a parent" or "parents", as the count needs. */
export function complainantNoun(ctx: NarrativeContext, who: Complainant, n: number): string {
  return ctx.say(ctx.t.complainants[who === 'notRecorded' ? 'other' : who], {}, n);
}

/**
 * "14 were made by parents, 3 by foster carers and 1 by an advocate; for two, the complainant was
 * not recorded", over the counts given, most first; "" when there are none.
 */
export function madeBy(
  ctx: NarrativeContext,
  counts: Partial<Record<Complainant, number>>,
): string {
  const c = ctx.t.complainants;
  const parts = (Object.entries(counts) as [Complainant, number][])
    .filter(([who, n]) => n > 0 && who !== 'notRecorded')
    .sort((a, b) => b[1] - a[1]);
  const phrases = parts.map(([who, n], i) =>
    ctx.say(i === 0 ? c.firstBy : c.by, { n, who: complainantNoun(ctx, who, n) }, n),
  );
  const clauses = phrases.length === 0 ? [] : [joinList(phrases)];
  const notRecorded = counts.notRecorded ?? 0;
  if (notRecorded > 0) clauses.push(ctx.say(c.notRecorded, { n: countWord(notRecorded) }));
  return clauses.join('; ');
}

function about(set: AssessedComplaint[], who: Complainant[]): AssessedComplaint[] {
  return set.filter((complaint) => who.includes(complaint.record.complainant));
}

/** The complainants section; null without a complainant column or any complaint. */
export function complainantsSection(ctx: NarrativeContext): NarrativeSection | null {
  const counts: ComplainantCounts | null = ctx.report.all.complainants;
  const total = ctx.report.all.complaints;
  if (counts === null || total === 0) return null;
  const c = ctx.t.complainants;
  const share = (n: number): string => percent(n, total);
  const children = ctx.say(
    c.children,
    { n: counts.child, percent: share(counts.child) },
    counts.child,
  );
  const advocates = ctx.say(
    c.advocates,
    { n: counts.advocate, percent: share(counts.advocate) },
    counts.advocate,
  );
  const sentences: Sentence[] = [
    ctx.sentence(
      ctx.say(c.childrenAndAdvocates, { children, advocates }),
      about(ctx.complaints, ['child', 'advocate']),
    ),
  ];
  const rest = { parent: counts.parent, fosterCarer: counts.fosterCarer, other: counts.other };
  const list = madeBy(ctx, { ...rest, notRecorded: counts.notRecorded });
  if (list !== '') {
    const others = about(ctx.complaints, ['parent', 'fosterCarer', 'other', 'notRecorded']);
    const named = rest.parent + rest.fosterCarer + rest.other > 0;
    sentences.push(ctx.sentence(ctx.say(named ? c.rest : c.alone, { list }), others));
  }
  const heading = ctx.say(ctx.wording.headings.complainants);
  return { id: 'complainants', heading, kind: 'paragraph', sentences };
}
