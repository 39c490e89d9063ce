/** The most common themes, and the data-quality note about rows left out. */
import type { Issue } from '../types';
import { rowSentence, sentence, type NarrativeContext } from './context';
import type { NarrativeSection, Sentence } from './types';
import { count, joinList, openingCount, wasWere } from './words';

/** How many themes the narrative names. */
const THEMES_NAMED = 5;

/** The leading themes with their counts; null without a theme column or any theme recorded. */
export function themesSection(ctx: NarrativeContext): NarrativeSection | null {
  const themes = ctx.report.all.themes;
  if (themes === null || themes.length === 0) return null;
  const named = themes.slice(0, THEMES_NAMED);
  const phrases = named.map(({ theme, complaints }, i) =>
    i === 0 ? `${theme} (${count(complaints, 'complaint')})` : `${theme} (${complaints})`,
  );
  const lower = (text: string): string => text.trim().toLowerCase();
  const wanted = new Set(named.map(({ theme }) => lower(theme)));
  const about = ctx.complaints.filter((c) => c.record.themes.some((t) => wanted.has(lower(t))));
  const text =
    named.length === 1
      ? `The only theme recorded was ${phrases[0]}.`
      : `The most common themes were ${joinList(phrases)}.`;
  return { id: 'themes', heading: 'Themes', kind: 'paragraph', sentences: [sentence(text, about)] };
}

function rowList(issues: Issue[]): string {
  const rows = [...new Set(issues.map((i) => i.row))];
  const shown = rows.slice(0, 10).map(String);
  const more = rows.length > 10 ? ` and ${rows.length - 10} more` : '';
  return `${rows.length === 1 ? 'row' : 'rows'} ${joinList(shown)}${more}`;
}

/** A note when rows were left out or duplicated, so the board knows the figures' limits. */
export function dataQualitySection(ctx: NarrativeContext): NarrativeSection | null {
  const { rows, issues } = ctx.report;
  const sentences: Sentence[] = [];
  if (rows.excluded > 0) {
    const errors = issues.filter((i) => i.severity === 'error');
    sentences.push(
      rowSentence(
        `${openingCount(rows.excluded, 'row')} of the tracker ${wasWere(rows.excluded)} left out of these figures because ${rows.excluded === 1 ? 'it lacks' : 'they lack'} a reference or a real date received (${rowList(errors)}).`,
        errors.map(({ sheet, row }) => ({ sheet, row })),
      ),
    );
  }
  if (rows.duplicate > 0) {
    const duplicates = issues.filter((i) => i.code === 'duplicate');
    sentences.push(
      rowSentence(
        `${openingCount(rows.duplicate, 'row')} repeated a complaint already listed at the same stage and ${wasWere(rows.duplicate)} not counted again (${rowList(duplicates)}).`,
        duplicates.map(({ sheet, row }) => ({ sheet, row })),
      ),
    );
  }
  if (sentences.length === 0) return null;
  return { id: 'dataQuality', heading: 'Data quality', kind: 'paragraph', sentences };
}
