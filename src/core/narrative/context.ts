/** What every narrative section reads: the report, and the complaints behind its figures. */
import type { AssessedComplaint, Field, Report, RowRef } from '../types';
import type { Sentence } from './types';

export type NarrativeContext = {
  report: Report;
  /** Complaints in the period. */
  complaints: AssessedComplaint[];
  /** Those about children in care; empty when the tracker has no such column. */
  childrenInCare: AssessedComplaint[];
  hasColumn(field: Field): boolean;
};

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
