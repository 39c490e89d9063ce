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

/**
 * A sentence speaking of these complaints. Plain loops rather than `map` and `flatMap`: a sentence
 * about a large tracker's year lists tens of thousands of rows, and `flatMap` copies each
 * complaint's rows through a small array of its own.
 */
export function sentence(text: string, complaints: readonly AssessedComplaint[]): Sentence {
  const references = new Array<string>(complaints.length);
  const rows: RowRef[] = [];
  for (let index = 0; index < complaints.length; index += 1) {
    const complaint = complaints[index];
    references[index] = complaint.reference;
    for (const row of complaint.rows) rows.push(row);
  }
  return { text, references, rows };
}

/** A sentence about rows that are not complaints (left out, duplicated). */
export function rowSentence(text: string, rows: RowRef[]): Sentence {
  return { text, references: [], rows };
}

/** A sentence about the period's complaints as a whole, or about none in particular. */
export function allSentence(ctx: NarrativeContext, text: string): Sentence {
  return sentence(text, ctx.complaints);
}
