/**
 * Whether a theme or complainant column holds labels or free text (docs/design.md rule 2). A label column
 * repeats a few short names ("Communication", "Parent"); a column of sentences ("Amelia said her
 * social worker…") or of people's names must not be counted, or quoted, as labels.
 */
import { cellText, parseThemes } from '../parse/cellText';
import { parseComplainant } from '../parse/parseComplainant';
import type { CellValue } from '../types';

/** Cells looked at below the header: enough to judge a column, few enough to cost nothing. */
export const FREE_TEXT_SAMPLE = 50;

/** Fewer non-empty cells than this is too little to call a column free text. */
const FREE_TEXT_MIN_CELLS = 3;

/** Words in a theme label at most: "Delay in assessment or service" has five. */
const LABEL_MAX_WORDS = 5;
const LABEL_MAX_LENGTH = 60;

const SENTENCE_END = /[.!?…]$|[.!?…]\s+\S/u;
const PERSON_NAME =
  /^(?:(?:mr|mrs|ms|miss|mx|dr)\.?\s+)?\p{Lu}[\p{L}'’-]*\.?(?:\s+\p{Lu}[\p{L}'’-]*\.?){1,3}$/iu;

function wordCount(text: string): number {
  return text.split(/\s+/u).filter((word) => word !== '').length;
}

/** A sentence rather than a label: long, or three words or more with a sentence's punctuation. */
export function isProse(text: string): boolean {
  const words = wordCount(text);
  if (words > LABEL_MAX_WORDS || text.length > LABEL_MAX_LENGTH) return true;
  return words >= 3 && SENTENCE_END.test(text);
}

/** A person's name as trackers write one: "Jane Smith", "Mrs J. Smith". */
export function isPersonName(text: string): boolean {
  // The `i` flag would let any letter stand for a capital: check the capitals by hand.
  if (!PERSON_NAME.test(text)) return false;
  const words = text.split(/\s+/u).filter((w) => !/^(?:mr|mrs|ms|miss|mx|dr)\.?$/iu.test(w));
  return words.every(
    (word) => word[0] === word[0].toUpperCase() && word[0] !== word[0].toLowerCase(),
  );
}

function isFreeTheme(value: CellValue): boolean {
  return parseThemes(value).some(isProse);
}

function isFreeComplainant(value: CellValue): boolean {
  if (parseComplainant(value) !== 'other') return false;
  const text = cellText(value);
  return isProse(text) || isPersonName(text);
}

/**
 * True when most of a column's non-empty sample cells are free text: for themes, sentences; for
 * complainants, names or sentences that are not a complainant type the engine knows.
 */
export function isFreeTextColumn(field: 'theme' | 'complainant', cells: CellValue[]): boolean {
  const filled = cells.filter((cell) => cellText(cell) !== '');
  if (filled.length < FREE_TEXT_MIN_CELLS) return false;
  const free = filled.filter(field === 'theme' ? isFreeTheme : isFreeComplainant).length;
  return free * 2 > filled.length;
}
