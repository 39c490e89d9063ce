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
  /** A sentence speaking of these complaints (`sentenceWith`). */
  sentence(text: string, complaints: readonly AssessedComplaint[]): Sentence;
};

/** The `say` of a context: the terms are values every template may use. */
export function sayWith(wording: Wording): NarrativeContext['say'] {
  return (template, vars = {}, n = 0) => fill(template, { ...wording.terms, ...vars }, n);
}

/** The references and rows of a list of complaints, as a sentence lists them. */
type Listing = { references: string[]; rows: RowRef[] };

/**
 * The `sentence` of a context. Many sentences speak of the same complaints (every overview
 * sentence of all of the period's), so each list is gone through once, and each sentence gets a
 * copy of its listing: on a large tracker's year that is tens of thousands of rows a sentence.
 * The lists are the sections' own, made for this narrative and not changed while it is written.
 */
export function sentenceWith(): NarrativeContext['sentence'] {
  const listings = new Map<readonly AssessedComplaint[], Listing>();
  return (text, complaints) => {
    let listing = listings.get(complaints);
    if (listing === undefined) {
      listing = listingOf(complaints);
      listings.set(complaints, listing);
    }
    return { text, references: listing.references.slice(), rows: listing.rows.slice() };
  };
}

// Plain loops rather than `flatMap`, which copies each complaint's rows through an array of its own.
function listingOf(complaints: readonly AssessedComplaint[]): Listing {
  const references: string[] = [];
  const rows: RowRef[] = [];
  for (const complaint of complaints) {
    references.push(complaint.reference);
    // Only the place: a sentence carries where its rows are, not what they hold.
    for (const { sheet, row } of complaint.stageRows) rows.push({ sheet, row });
  }
  return { references, rows };
}

/** A sentence about rows that are not complaints (left out, duplicated). */
export function rowSentence(text: string, rows: RowRef[]): Sentence {
  return { text, references: [], rows };
}

/** A sentence about the period's complaints as a whole, or about none in particular. */
export function allSentence(ctx: NarrativeContext, text: string): Sentence {
  return ctx.sentence(text, ctx.complaints);
}
