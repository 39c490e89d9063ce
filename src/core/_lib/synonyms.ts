/**
 * Header synonyms with their rank (docs/design.md rule 2): a field's name matched ignoring case, spacing and
 * punctuation, optionally preceded by "Complaint" ("Complaint Ref."), and ranked by its place in the
 * field's list so "Complaint ref" wins over "Case number" whichever column comes first.
 */
import { FIELDS, FIELD_SYNONYMS } from '../fields';
import { normaliseLabel } from '../parse/cellText';
import type { Field } from '../types';

/** The field a header names and the place of its spelling in that field's list (0 first). */
export type HeaderName = { field: Field; rank: number };

function buildIndex(): ReadonlyMap<string, HeaderName> {
  const index = new Map<string, HeaderName>();
  for (const field of FIELDS) {
    FIELD_SYNONYMS[field].forEach((synonym, rank) => {
      const label = normaliseLabel(synonym);
      if (!index.has(label)) index.set(label, { field, rank });
    });
  }
  // A listed spelling beats a "Complaint" + spelling that happens to equal it, so these go last.
  for (const field of FIELDS) {
    FIELD_SYNONYMS[field].forEach((synonym, rank) => {
      const label = `complaint${normaliseLabel(synonym)}`;
      if (!index.has(label)) index.set(label, { field, rank });
    });
  }
  return index;
}

const SYNONYM_INDEX = buildIndex();

/** The field a header text names and its rank, or null when it names none. */
export function nameOfHeader(text: string): HeaderName | null {
  return SYNONYM_INDEX.get(normaliseLabel(text)) ?? null;
}
