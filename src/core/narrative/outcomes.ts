/** Outcomes, for all complaints and for children in care, largest group first. */
import { outcomeOf } from '../summarise';
import type { AssessedComplaint, OutcomeCounts } from '../types';
import { sentence, type NarrativeContext } from './context';
import type { NarrativeSection, Sentence } from './types';
import { allOf, capitalise, isAre, joinList, wasWere } from './words';

const ORDER: (keyof OutcomeCounts)[] = [
  'notUpheld',
  'upheld',
  'partiallyUpheld',
  'withdrawn',
  'resolved',
  'other',
  'open',
];

/** "3 were upheld", "1 is still being investigated": each outcome with the verb it needs. */
function outcomePhrase(key: keyof OutcomeCounts, n: number): string {
  switch (key) {
    case 'upheld':
      return `${wasWere(n)} upheld`;
    case 'partiallyUpheld':
      return `${wasWere(n)} partially upheld`;
    case 'notUpheld':
      return `${wasWere(n)} not upheld`;
    case 'withdrawn':
      return `${wasWere(n)} withdrawn`;
    case 'resolved':
      return `${wasWere(n)} resolved informally`;
    case 'other':
      return n === 1 ? 'had another outcome' : 'had other outcomes';
    case 'open':
      return `${isAre(n)} still being investigated`;
  }
}

/** "Of the 14 complaints about children in care, 8 were not upheld, 3 are still being …". */
export function describeOutcomes(outcomes: OutcomeCounts, total: number, about: string): string {
  const parts = ORDER.map((key) => ({ key, n: outcomes[key] }))
    .filter(({ n }) => n > 0)
    .sort((a, b) => b.n - a.n);
  if (parts.length === 1) {
    const { key } = parts[0];
    const lead =
      total === 1
        ? `The one ${about.replace(/^complaints/, 'complaint')}`
        : `${capitalise(allOf(total))} ${about}`;
    return `${lead} ${outcomePhrase(key, total)}.`;
  }
  return `Of the ${total} ${about}, ${joinList(parts.map(({ key, n }) => `${n} ${outcomePhrase(key, n)}`))}.`;
}

function outcomeSentence(
  outcomes: OutcomeCounts,
  set: AssessedComplaint[],
  about: string,
): Sentence {
  return sentence(describeOutcomes(outcomes, set.length, about), set);
}

/** The outcomes section, or null when the tracker has no outcome column or no complaints. */
export function outcomesSection(ctx: NarrativeContext): NarrativeSection | null {
  const { report } = ctx;
  if (report.all.outcomes === null || report.all.complaints === 0) return null;
  const sentences = [outcomeSentence(report.all.outcomes, ctx.complaints, 'complaints')];
  const cic = report.childrenInCare;
  if (cic?.outcomes && cic.complaints > 0) {
    sentences.push(
      outcomeSentence(cic.outcomes, ctx.childrenInCare, 'complaints about children in care'),
    );
  }
  return { id: 'outcomes', heading: 'Outcomes', kind: 'paragraph', sentences };
}

/** Complaints in one outcome group, for sentences that speak of them. */
export function withOutcome(
  set: AssessedComplaint[],
  keys: (keyof OutcomeCounts)[],
): AssessedComplaint[] {
  return set.filter((c) => keys.includes(outcomeOf(c)));
}
