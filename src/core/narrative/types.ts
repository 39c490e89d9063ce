/** The narrative as data: sections of sentences, each knowing the complaints it speaks of. */
import type { RowRef } from '../types';

/** One sentence and the complaints behind it, so the task pane can select them in the sheet. */
export type Sentence = {
  text: string;
  /** References of the complaints the sentence speaks of (empty for a sentence about the whole). */
  references: string[];
  /** Every row of those complaints, by sheet and row number. */
  rows: RowRef[];
};

/** The narrative's sections, in the order a board paper gives them. */
export type SectionId =
  | 'overview'
  | 'complainants'
  | 'outcomes'
  | 'upheld'
  | 'stages'
  | 'timescales'
  | 'overdue'
  | 'themes'
  | 'dataQuality';

/** A titled part of the board paper: prose, or a bulleted list. */
export type NarrativeSection = {
  id: SectionId;
  heading: string;
  kind: 'paragraph' | 'bullets';
  sentences: Sentence[];
};

export type Narrative = {
  title: string;
  sections: NarrativeSection[];
};
