/**
 * The council's own terms as the pane takes them: one box per term a wording file accepts
 * (`Terms` in src/core/narrative/wording.ts), each checked by the rules `parseWording` applies to
 * a wording file, and read back from what a workbook remembers, which nothing else has checked.
 */
import {
  applyWording,
  DEFAULT_WORDING,
  parseWording,
  type Terms,
  type WordingChanges,
} from '../core/narrative';

export type TermKey = keyof Terms;

/** The terms in the order an officer thinks of them: who writes, to whom, about whom. */
export const TERM_KEYS: readonly TermKey[] = [
  'council',
  'board',
  'childrenInCare',
  'childInCare',
  'upheld',
  'ombudsman',
];

export const TERM_LABELS: Record<TermKey, string> = {
  council: 'The council',
  board: 'The board or committee',
  childrenInCare: 'Children in care',
  childInCare: 'One child in care',
  upheld: 'Upheld (an outcome)',
  ombudsman: 'The ombudsman',
};

/** What is typed in each box, as typed; a box left empty uses the standard wording. */
export type TermDrafts = Partial<Record<TermKey, string>>;

export type TermCheck = { ok: true; value: string | null } | { ok: false; message: string };

/**
 * Check one box. Empty (or only spaces) is the standard term. Otherwise the term must pass the
 * wording file's own rules (which also refuse a `{placeholder}` in a term: a term is put into
 * sentences as written).
 */
export function checkTerm(key: TermKey, text: string): TermCheck {
  const value = text.trim();
  if (value === '') return { ok: true, value: null };
  const read = parseWording(JSON.stringify({ terms: { [key]: value } }));
  if (read.ok) return { ok: true, value };
  // The file's message names its line and key ('line 1: "terms.board" must …'); a box needs neither.
  const prefix = `line ${read.line}: "${read.key ?? ''}" `;
  const why = read.message.startsWith(prefix) ? read.message.slice(prefix.length) : read.message;
  return { ok: false, message: `This wording ${why}.` };
}

/** The boxes read together: the changes to build with (null: the standard wording), and any faults. */
export type WordingChoice = {
  changes: WordingChanges | null;
  problems: Partial<Record<TermKey, string>>;
};

/** What the boxes ask for; a box with a fault is left out of the changes and named in `problems`. */
export function wordingOf(drafts: TermDrafts): WordingChoice {
  const terms: Partial<Terms> = {};
  const problems: Partial<Record<TermKey, string>> = {};
  for (const key of TERM_KEYS) {
    const draft = drafts[key];
    if (draft === undefined) continue;
    const checked = checkTerm(key, draft);
    if (!checked.ok) problems[key] = checked.message;
    else if (checked.value !== null) terms[key] = checked.value;
  }
  return { changes: Object.keys(terms).length > 0 ? { terms } : null, problems };
}

/**
 * The term used when a box is left empty: the standard one, except that the singular follows a
 * plural the council changed ("children looked after" → "child looked after"), as `applyWording`
 * does.
 */
export function standardTerm(key: TermKey, drafts: TermDrafts): string {
  if (key !== 'childInCare') return DEFAULT_WORDING.terms[key];
  const plural = checkTerm('childrenInCare', drafts.childrenInCare ?? '');
  if (!plural.ok || plural.value === null) return DEFAULT_WORDING.terms.childInCare;
  return applyWording({ terms: { childrenInCare: plural.value } }).terms.childInCare;
}

/**
 * The terms a workbook remembers, each one checked: settings are JSON anyone could have edited, or
 * an older version wrote, so a term that does not pass is dropped (its box shows the standard).
 */
export function readStoredTerms(stored: unknown): TermDrafts {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {};
  const terms = (stored as { terms?: unknown }).terms;
  if (typeof terms !== 'object' || terms === null || Array.isArray(terms)) return {};
  const drafts: TermDrafts = {};
  for (const key of TERM_KEYS) {
    const value = (terms as Record<string, unknown>)[key];
    if (typeof value !== 'string') continue;
    const checked = checkTerm(key, value);
    if (checked.ok && checked.value !== null) drafts[key] = checked.value;
  }
  return drafts;
}
