/**
 * One bullet per overdue complaint (reference, stage, received and due dates), the first ten, then
 * a bullet pointing to the summary sheet. Left out when references are switched off (rule 27).
 */
import { formatLongDate } from '../dates';
import type { NarrativeContext } from './context';
import type { NarrativeSection } from './types';
import { inWords } from './words';
import { OVERDUE_NAMED, withStatus } from './timescales';

/** The overdue section, or null when nothing is overdue or references may not be shown. */
export function overdueSection(ctx: NarrativeContext): NarrativeSection | null {
  const overdue = withStatus(ctx.complaints, 'openOverdue');
  if (overdue.length === 0 || !ctx.references) return null;
  const o = ctx.t.overdue;
  const sentences = overdue.slice(0, OVERDUE_NAMED).map((c) => {
    const row = c.timescaleRow ?? c.record;
    const vars = {
      reference: c.reference,
      childInCare:
        ctx.hasColumn('childInCare') && c.record.childInCare ? ctx.say(o.childInCare) : '',
      stage: ctx.hasColumn('stage') ? ctx.say(o.stage, { stage: String(row.stage) }) : '',
      received: formatLongDate(row.received),
      due: c.due === null ? '' : ctx.say(o.due, { due: formatLongDate(c.due) }),
    };
    return ctx.sentence(ctx.say(o.item, vars), [c]);
  });
  const rest = overdue.slice(OVERDUE_NAMED);
  if (rest.length > 0) {
    const n = rest.length;
    sentences.push(ctx.sentence(ctx.say(o.more, { n: n <= 10 ? inWords(n) : n }, n), rest));
  }
  const heading = ctx.say(ctx.wording.headings.overdue);
  return { id: 'overdue', heading, kind: 'bullets', sentences };
}
