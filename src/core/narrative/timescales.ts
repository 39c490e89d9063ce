/** Timescale compliance, and the overdue complaints listed by reference. */
import { formatLongDate } from '../dates';
import { formatReportDate } from '../labels';
import type { AssessedComplaint } from '../types';
import { sentence, type NarrativeContext } from './context';
import type { NarrativeSection, Sentence } from './types';
import { isAre, openingCount, percent, wasWere } from './words';

const has = (
  set: AssessedComplaint[],
  ...statuses: AssessedComplaint['status'][]
): AssessedComplaint[] => set.filter((c) => statuses.includes(c.status));

/** On-time share of responses, open complaints overdue; null when there are no complaints. */
export function timescalesSection(ctx: NarrativeContext): NarrativeSection | null {
  const t = ctx.report.all.timescales;
  if (ctx.report.all.complaints === 0) return null;
  const sentences: Sentence[] = [];
  const answered = t.closedOnTime + t.closedLate;
  if (answered > 0) {
    const about = has(ctx.complaints, 'closedOnTime', 'closedLate');
    const text =
      answered === 1
        ? `The one complaint closed with a response date was ${t.closedOnTime === 1 ? 'answered within timescale' : 'answered late'}.`
        : `Of the ${answered} complaints closed with a response date, ${t.closedOnTime} (${percent(t.closedOnTime, answered)}) ${wasWere(t.closedOnTime)} answered within timescale and ${t.closedLate === 0 ? 'none was late' : `${t.closedLate} ${wasWere(t.closedLate)} late`}.`;
    sentences.push(sentence(text, about));
  }
  if (t.closedUnknown > 0) {
    const n = t.closedUnknown;
    sentences.push(
      sentence(
        `${openingCount(n, 'closed complaint')} ${n === 1 ? 'has' : 'have'} no response date recorded, so ${n === 1 ? 'its' : 'their'} timescale is unknown.`,
        has(ctx.complaints, 'closedUnknown'),
      ),
    );
  }
  const open = t.openInTime + t.openOverdue;
  if (open > 0) {
    const asOf = formatReportDate(ctx.report.period.asOf);
    const about = has(ctx.complaints, 'openInTime', 'openOverdue');
    const references = joinReferences(t.overdueReferences);
    let text: string;
    if (open === 1) {
      text = `The one complaint still open on ${asOf} is ${t.openOverdue === 1 ? `overdue (${references})` : 'within its timescale'}.`;
    } else {
      const overdue =
        t.openOverdue === 0
          ? 'none is overdue'
          : `${t.openOverdue} ${isAre(t.openOverdue)} overdue (${references})`;
      text = `Of the ${open} complaints still open on ${asOf}, ${overdue}.`;
    }
    sentences.push(sentence(text, about));
  }
  if (sentences.length === 0) return null;
  return { id: 'timescales', heading: 'Timescales', kind: 'paragraph', sentences };
}

function joinReferences(references: string[]): string {
  const label = references.length === 1 ? 'reference' : 'references';
  if (references.length <= 6) return `${label} ${references.join(', ')}`;
  return `${label} ${references.slice(0, 6).join(', ')} and ${references.length - 6} more, listed below`;
}

/** One bullet per overdue complaint: reference, stage, received and due dates. */
export function overdueSection(ctx: NarrativeContext): NarrativeSection | null {
  const overdue = has(ctx.complaints, 'openOverdue');
  if (overdue.length === 0) return null;
  const sentences = overdue.map((c) => {
    const row = c.timescaleRow ?? c.record;
    const due = c.due === null ? '' : `, due ${formatLongDate(c.due)}`;
    const cic = ctx.hasColumn('childInCare') && c.record.childInCare ? ' (child in care)' : '';
    const stage = ctx.hasColumn('stage') ? `stage ${String(row.stage)}, ` : '';
    return sentence(
      `${c.reference}${cic}: ${stage}received ${formatLongDate(row.received)}${due}.`,
      [c],
    );
  });
  return { id: 'overdue', heading: 'Overdue complaints', kind: 'bullets', sentences };
}
