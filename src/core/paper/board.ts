/** The board paper: the narrative as headings and prose, then the summary sheet's tables. */
import type { Narrative } from '../narrative/types';
import type { SummaryLayout } from '../summary/types';
import { TableNumbering } from './tables';
import type { PaperBlock } from './types';

/** The officer's lists stay on the summary sheet: references and row issues are not for a board. */
const NOT_FOR_THE_BOARD = new Set(['overdue', 'issues']);

/** Narrative sections as headings and their paragraph or list; an empty section is left out. */
export function narrativeBlocks(narrative: Narrative): PaperBlock[] {
  return narrative.sections
    .filter((section) => section.sentences.length > 0)
    .flatMap((section): PaperBlock[] => [
      { kind: 'heading', level: 1, text: section.heading },
      { kind: section.kind === 'bullets' ? 'bullets' : 'paragraph', sentences: section.sentences },
    ]);
}

export function boardBlocks(narrative: Narrative, layout: SummaryLayout): PaperBlock[] {
  const numbering = new TableNumbering();
  const tables = layout.tables
    .filter((t) => !NOT_FOR_THE_BOARD.has(t.id))
    .map((t) => numbering.block(t, { series: t.id === 'monthly' }))
    .filter((b): b is PaperBlock => b !== null);
  const figures: PaperBlock[] =
    tables.length > 0 ? [{ kind: 'heading', level: 1, text: 'Figures' }, ...tables] : [];
  return [...narrativeBlocks(narrative), ...figures];
}
