/** Timescale compliance by complaint, and the open complaints overdue (by reference when allowed). */
import { formatReportDate } from '../labels';
import type { AssessedComplaint } from '../types';
import type { NarrativeContext } from './context';
import type { NarrativeSection, Sentence } from './types';
import { allOf, capitalise, inWords, percent } from './words';

/** How many overdue complaints the narrative names before it points to the summary sheet. */
export const OVERDUE_NAMED = 10;

/** Complaints in any of these timescale states. */
export const withStatus = (
  set: AssessedComplaint[],
  ...statuses: AssessedComplaint['status'][]
): AssessedComplaint[] => set.filter((c) => statuses.includes(c.status));

/** " (references 1, 2 and 3)", capped at ten; "" when references are switched off (rule 27). */
function referenceList(ctx: NarrativeContext, references: string[]): string {
  const s = ctx.t.timescales;
  if (!ctx.references || references.length === 0) return '';
  if (references.length <= OVERDUE_NAMED) {
    return ctx.say(s.references, { list: references.join(', ') }, references.length);
  }
  const list = references.slice(0, OVERDUE_NAMED).join(', ');
  return ctx.say(s.moreReferences, { list, more: references.length - OVERDUE_NAMED });
}

function closedSentence(ctx: NarrativeContext): Sentence | null {
  const s = ctx.t.timescales;
  const t = ctx.report.all.timescales;
  const answered = t.closedOnTime + t.closedLate;
  if (answered === 0) return null;
  const about = withStatus(ctx.complaints, 'closedOnTime', 'closedLate');
  if (answered === 1) {
    const verdict = ctx.say(t.closedOnTime === 1 ? s.onTime : s.answeredLate);
    return ctx.sentence(ctx.say(s.closedOne, { verdict }), about);
  }
  const late = ctx.say(s.late, { n: t.closedLate }, t.closedLate);
  const vars = { answered, n: t.closedOnTime, percent: percent(t.closedOnTime, answered), late };
  return ctx.sentence(ctx.say(s.closed, vars, t.closedOnTime), about);
}

function openSentence(ctx: NarrativeContext): Sentence | null {
  const s = ctx.t.timescales;
  const t = ctx.report.all.timescales;
  const open = t.openInTime + t.openOverdue;
  if (open === 0) return null;
  const asOf = formatReportDate(ctx.report.period.asOf);
  const about = withStatus(ctx.complaints, 'openInTime', 'openOverdue');
  const references = referenceList(ctx, t.overdueReferences);
  let text: string;
  if (open === 1) {
    const state = t.openOverdue === 1 ? ctx.say(s.overdue, { references }) : ctx.say(s.inTime);
    text = ctx.say(s.openOne, { asOf, state });
  } else if (t.openOverdue === 0) {
    text = ctx.say(s.openNone, { open, asOf });
  } else if (t.openOverdue === open) {
    text = ctx.say(s.openAll, { all: capitalise(allOf(open)), asOf, references });
  } else {
    text = ctx.say(s.openSome, { open, asOf, n: t.openOverdue, references }, t.openOverdue);
  }
  return ctx.sentence(text, about);
}

/** On-time share of responses, open complaints overdue; null when there are no complaints. */
export function timescalesSection(ctx: NarrativeContext): NarrativeSection | null {
  if (ctx.report.all.complaints === 0) return null;
  const t = ctx.report.all.timescales;
  const sentences: Sentence[] = [];
  const closed = closedSentence(ctx);
  if (closed) sentences.push(closed);
  if (t.closedUnknown > 0) {
    const n = t.closedUnknown;
    const text = ctx.say(ctx.t.timescales.unknown, { n: n <= 10 ? inWords(n) : n }, n);
    sentences.push(ctx.sentence(text, withStatus(ctx.complaints, 'closedUnknown')));
  }
  const open = openSentence(ctx);
  if (open) sentences.push(open);
  if (sentences.length === 0) return null;
  const heading = ctx.say(ctx.wording.headings.timescales);
  return { id: 'timescales', heading, kind: 'paragraph', sentences };
}
