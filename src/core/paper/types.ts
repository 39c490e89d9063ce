/**
 * A committee paper as data, before any file format: headings, prose, lists and captioned tables.
 * The Word document (`src/docx/`) renders it; anything else that pastes a paper can too.
 */
import type { Sentence } from '../narrative/types';
import type { SummaryCell } from '../summary/types';

/** `board`: the board paper's narrative and tables. `annual`: the statutory annual report. */
export type PaperTemplate = 'board' | 'annual';

export const PAPER_TEMPLATES: readonly PaperTemplate[] = ['board', 'annual'];

/** A table ready to print: caption numbered, no row without a figure, labels in column one. */
export type PaperTable = {
  /** "Table 3: Outcomes". */
  caption: string;
  header: string[];
  rows: SummaryCell[][];
  /** Per column: true for figures, which are right-aligned. */
  numeric: boolean[];
};

export type PaperBlock =
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; sentences: Sentence[] }
  | { kind: 'bullets'; sentences: Sentence[] }
  | { kind: 'table'; table: PaperTable };

export type Paper = {
  title: string;
  /** Lines under the title: the period and where the figures came from. */
  subtitle: string[];
  blocks: PaperBlock[];
};
