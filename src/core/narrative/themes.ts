/** The most common themes, with their counts. */
import type { NarrativeContext } from './context';
import type { NarrativeSection } from './types';
import { joinList } from './words';

/** How many themes the narrative names. */
const THEMES_NAMED = 5;

/** The leading themes with their counts; null without a theme column or any theme recorded. */
export function themesSection(ctx: NarrativeContext): NarrativeSection | null {
  const themes = ctx.report.all.themes;
  if (themes === null || themes.length === 0) return null;
  const t = ctx.t.themes;
  const named = themes.slice(0, THEMES_NAMED);
  const phrases = named.map(({ theme, complaints }, i) =>
    ctx.say(i === 0 ? t.first : t.next, { theme, n: complaints }, complaints),
  );
  const lower = (text: string): string => text.trim().toLowerCase();
  const wanted = new Set(named.map(({ theme }) => lower(theme)));
  // A theme column repeats a few spellings down every row: each is lowered once.
  const namedBySpelling = new Map<string, boolean>();
  const isNamedTheme = (text: string): boolean => {
    let answer = namedBySpelling.get(text);
    if (answer === undefined) {
      answer = wanted.has(lower(text));
      namedBySpelling.set(text, answer);
    }
    return answer;
  };
  const about = ctx.complaints.filter((c) => c.record.themes.some(isNamedTheme));
  const text =
    named.length === 1
      ? ctx.say(t.only, { theme: phrases[0] })
      : ctx.say(t.many, { list: joinList(phrases) });
  const heading = ctx.say(ctx.wording.headings.themes);
  return { id: 'themes', heading, kind: 'paragraph', sentences: [ctx.sentence(text, about)] };
}
