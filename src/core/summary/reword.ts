/**
 * The council's words in the summary sheet (issue 8 part 3): each term a council changes replaces
 * the standard phrase in every text the sheet itself writes (titles, headers, labels, notes, the
 * footer and the engine's issue messages), never in the tracker's own text (file, sheet, team and
 * theme names, references, or a cell quoted in a message). With the standard terms the sheet is
 * unchanged, word for word.
 */
import { DEFAULT_WORDING, type Terms } from '../narrative/wording';
import type { SummaryCell, SummaryLayout, SummaryTable } from './types';

/** A phrase the sheet writes, and the term that replaces it. */
type Phrase = { text: string; term: keyof Terms; article: 'keep' | 'drop' };

/**
 * The standard phrases the sheet uses for each term. The ombudsman's short label
 * ("Ombudsman (LGSCO)") takes the council's term without its article ("the Housing Ombudsman"
 * becomes "Housing Ombudsman" as a row label).
 */
const PHRASES: Phrase[] = [
  { text: 'children in care', term: 'childrenInCare', article: 'keep' },
  { text: 'children-in-care', term: 'childrenInCare', article: 'keep' },
  { text: 'child in care', term: 'childInCare', article: 'keep' },
  { text: 'upheld', term: 'upheld', article: 'keep' },
  { text: 'the Local Government and Social Care Ombudsman', term: 'ombudsman', article: 'keep' },
  { text: 'the Ombudsman (LGSCO)', term: 'ombudsman', article: 'keep' },
  { text: 'Ombudsman (LGSCO)', term: 'ombudsman', article: 'drop' },
  { text: 'the council', term: 'council', article: 'keep' },
  { text: 'the board', term: 'board', article: 'keep' },
];

/** Tables whose first column is the tracker's own labels (teams, themes, references). */
const TRACKER_LABEL_TABLES = new Set(['teams', 'themes', 'overdue']);
/** The issues table's columns that are the tracker's: the sheet name. */
const ISSUE_SHEET_COLUMN = 0;
const ISSUE_MESSAGE_COLUMN = 4;

/** Replaces one text's phrases; null when no term differs from the standard wording. */
type Rewriter = ((text: string) => string) | null;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The term as it stands in place of `matched`: capitalised where the phrase began a word in capitals. */
function termFor(phrase: Phrase, terms: Terms, matched: string): string {
  const term = terms[phrase.term];
  const bare = phrase.article === 'drop' ? term.replace(/^the\s+/i, '') : term;
  const first = matched.charAt(0);
  return first !== first.toLowerCase() ? capitalise(bare) : bare;
}

function makeRewriter(terms: Terms): Rewriter {
  const changed = PHRASES.filter((p) => terms[p.term] !== DEFAULT_WORDING.terms[p.term]);
  if (changed.length === 0) return null;
  // Longest first, so "children in care" is never read as "child…" and one pass replaces each once.
  const ordered = [...changed].sort((a, b) => b.text.length - a.text.length);
  const pattern = new RegExp(
    `(?<![\\w-])(?:${ordered.map((p) => escapeRegExp(p.text)).join('|')})(?![\\w-])`,
    'gi',
  );
  const byText = new Map(ordered.map((p) => [p.text.toLowerCase(), p]));
  return (text) =>
    text.replace(pattern, (matched) => {
      const phrase = byText.get(matched.toLowerCase());
      return phrase ? termFor(phrase, terms, matched) : matched;
    });
}

/**
 * A message with the tracker's quoted cells left as they are: a quotation opens after a space or
 * bracket and closes before a space, punctuation or the end, so "Children's Services" stays whole.
 */
const QUOTED = /(^|[\s(])('(?:[^']|'(?![\s.,;:)]|$))*')(?=[\s.,;:)]|$)/g;

function rewordMessage(message: string, reword: (text: string) => string): string {
  let out = '';
  let last = 0;
  for (const match of message.matchAll(QUOTED)) {
    const start = (match.index ?? 0) + match[1].length;
    out += reword(message.slice(last, start)) + match[2];
    last = start + match[2].length;
  }
  return out + reword(message.slice(last));
}

function rewordTable(table: SummaryTable, reword: (text: string) => string): SummaryTable {
  const body = (cell: SummaryCell, i: number): SummaryCell => {
    if (typeof cell !== 'string') return cell;
    if (table.id === 'issues') {
      if (i === ISSUE_SHEET_COLUMN) return cell;
      return i === ISSUE_MESSAGE_COLUMN ? rewordMessage(cell, reword) : reword(cell);
    }
    return i === 0 && TRACKER_LABEL_TABLES.has(table.id) ? cell : reword(cell);
  };
  return {
    ...table,
    title: reword(table.title),
    header: table.header.map(reword),
    rows: table.rows.map((row) => row.map(body)),
  };
}

/**
 * The layout in the council's words. `sourceNotes` leading notes name the file and its sheets,
 * which are the tracker's and stay as they are.
 */
export function rewordLayout(layout: SummaryLayout, terms: Terms, sourceNotes = 1): SummaryLayout {
  const reword = makeRewriter(terms);
  if (reword === null) return layout;
  return {
    ...layout,
    notes: layout.notes.map((note, i) => (i < sourceNotes ? note : reword(note))),
    tables: layout.tables.map((table) => rewordTable(table, reword)),
    print: { ...layout.print, footer: reword(layout.print.footer) },
  };
}
