/** What every narrative section reads: the report, the complaints behind it, and the wording. */
import type { AssessedComplaint, Field, Limits, Report, RowRef } from '../types';
import { fill, type Template, type Vars } from './template';
import type { Sentence } from './types';
import type { Templates, Wording } from './wording';

export type NarrativeContext = {
  report: Report;
  /** Complaints in the period. */
  complaints: AssessedComplaint[];
  /** Those about children in care; empty when the tracker has no such column. */
  childrenInCare: AssessedComplaint[];
  hasColumn(field: Field): boolean;
  wording: Wording;
  /** The templates of the wording, by section. */
  t: Templates;
  /** False when no complaint reference may appear (rule 27: papers that are published). */
  references: boolean;
  /** The working-day limits the report was judged against. */
  limits: Limits;
  /** A template filled with these values and the council's terms, for count n. */
  say(template: Template, vars?: Vars, n?: number): string;
};

/** The `say` of a context: the terms are values every template may use. */
export function sayWith(wording: Wording): NarrativeContext['say'] {
  return (template, vars = {}, n = 0) => fill(template, { ...wording.terms, ...vars }, n);
}

/** A sentence speaking of these complaints. */
export function sentence(text: string, complaints: AssessedComplaint[]): Sentence {
  return {
    text,
    references: complaints.map((c) => c.reference),
    rows: complaints.flatMap((c) => c.rows),
  };
}

/** A sentence about rows that are not complaints (left out, duplicated). */
export function rowSentence(text: string, rows: RowRef[]): Sentence {
  return { text, references: [], rows };
}

/** A sentence about the period's complaints as a whole, or about none in particular. */
export function allSentence(ctx: NarrativeContext, text: string): Sentence {
  return sentence(text, ctx.complaints);
}
