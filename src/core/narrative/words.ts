/**
 * British English wording helpers for the narrative: plurals, lists, shares and numbers, so that
 * no sentence ever reads "1 were", "NaN%" or "1070".
 */

/** A whole number with thousands separators ("1,070"); one decimal place kept as given ("7.5"). */
export function formatNumber(n: number): string {
  const [whole, fraction] = String(n).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** "1 complaint", "3 complaints", "1,070 complaints". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatNumber(n)} ${n === 1 ? singular : plural}`;
}

/** "was" or "were" to agree with n. */
export function wasWere(n: number): string {
  return n === 1 ? 'was' : 'were';
}

/** "is" or "are" to agree with n. */
export function isAre(n: number): string {
  return n === 1 ? 'is' : 'are';
}

/** "a, b and c" — no Oxford comma, as council style guides prefer. */
export function joinList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A whole-number percentage of a total (rule 26); null when the total is 0. */
export function rate(part: number, total: number): number | null {
  return total === 0 ? null : Math.round((part / total) * 100);
}

/** A whole-number percentage of a total; "0%" when the total is 0 rather than "NaN%". */
export function percent(part: number, total: number): string {
  return `${rate(part, total) ?? 0}%`;
}

const SMALL_NUMBERS = [
  'no',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
];

/** The text with its first letter in capitals, for a phrase that begins a sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Small numbers in words ("three"), zero as "no"; larger ones as numerals ("14", "1,070"). */
export function inWords(n: number): string {
  return n < SMALL_NUMBERS.length ? SMALL_NUMBERS[n] : formatNumber(n);
}

/** One to nine in words, zero as "none", larger as numerals: a count that stands alone. */
export function countWord(n: number): string {
  return n === 0 ? 'none' : inWords(n);
}

/** "all 3", "both", "the one" — the quantifier for "every one of n". */
export function allOf(n: number): string {
  if (n === 1) return 'the one';
  if (n === 2) return 'both';
  return `all ${inWords(n)}`;
}

/** A count that opens a sentence: words up to ten ("Three rows"), numerals above ("14 rows"). */
export function openingCount(n: number, singular: string, plural = `${singular}s`): string {
  const noun = n === 1 ? singular : plural;
  return n <= 10 ? `${capitalise(inWords(n))} ${noun}` : `${formatNumber(n)} ${noun}`;
}

/** Working days as the narrative gives them: "10", "7.5" (already rounded by the Report). */
export function days(n: number): string {
  return formatNumber(n);
}
