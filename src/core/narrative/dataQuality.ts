/** The data-quality note: rows left out of the figures, and rows repeating a complaint. */
import type { Issue } from '../types';
import { rowSentence, type NarrativeContext } from './context';
import type { NarrativeSection, Sentence } from './types';
import { inWords, joinList } from './words';

/** How many rows a note lists before it gives the rest as a count. */
const ROWS_NAMED = 10;

function rowList(ctx: NarrativeContext, issues: Issue[]): string {
  const d = ctx.t.dataQuality;
  const rows = [...new Set(issues.map((i) => i.row))];
  const shown = rows.slice(0, ROWS_NAMED).map(String);
  if (rows.length > ROWS_NAMED) {
    return ctx.say(d.moreRows, { list: shown.join(', '), more: rows.length - ROWS_NAMED });
  }
  return ctx.say(d.rows, { list: joinList(shown) }, rows.length);
}

function note(
  ctx: NarrativeContext,
  template: 'excluded' | 'duplicate',
  n: number,
  issues: Issue[],
) {
  const text = ctx.say(
    ctx.t.dataQuality[template],
    { n: n <= 10 ? inWords(n) : n, rows: rowList(ctx, issues) },
    n,
  );
  return rowSentence(
    text,
    issues.map(({ sheet, row }) => ({ sheet, row })),
  );
}

/** A note when rows were left out or duplicated, so the board knows the figures' limits. */
export function dataQualitySection(ctx: NarrativeContext): NarrativeSection | null {
  const { rows, issues } = ctx.report;
  const sentences: Sentence[] = [];
  if (rows.excluded > 0) {
    const errors = issues.filter((i) => i.severity === 'error');
    sentences.push(note(ctx, 'excluded', rows.excluded, errors));
  }
  if (rows.duplicate > 0) {
    const duplicates = issues.filter((i) => i.code === 'duplicate');
    sentences.push(note(ctx, 'duplicate', rows.duplicate, duplicates));
  }
  if (sentences.length === 0) return null;
  const heading = ctx.say(ctx.wording.headings.dataQuality);
  return { id: 'dataQuality', heading, kind: 'paragraph', sentences };
}
