/**
 * The narrative's templates: a phrase with `{name}` placeholders, or a phrase per count (zero,
 * one, other) so that agreement lives in the wording, not in code.
 */
import { capitalise, formatNumber, inWords } from './words';

/** A phrase per count; `zero` falls back to `other` when it is not given. */
export type Plural = { zero?: string; one: string; other: string };

/** One phrase, or one per count. */
export type Template = string | Plural;

/** The values a template's placeholders take; numbers get thousands separators. */
export type Vars = Record<string, string | number>;

/** The phrase for count n. */
export function pick(template: Template, n: number): string {
  if (typeof template === 'string') return template;
  if (n === 0) return template.zero ?? template.other;
  return n === 1 ? template.one : template.other;
}

/** The placeholders a phrase uses ("{n}" → "n"). */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
}

/** Placeholders whose values are never recased: complaint references are quoted as written. */
const VERBATIM = new Set(['reference', 'team', 'theme']);

/**
 * Fills a template's phrase for count n. A sentence (a phrase ending in a full stop) that opens
 * with a placeholder gets its first letter capitalised ("The council"), and a count of one to nine
 * there in words ("Two were made by parents"); a fragment is left as it is, for the sentence it
 * goes into. A missing value is a programming error, and throws.
 */
export function fill(template: Template, vars: Vars, n = 0): string {
  const text = pick(template, n);
  const filled = text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new RangeError(`No value for {${name}} in "${text}"`);
    return typeof value === 'number' ? formatNumber(value) : value;
  });
  const lead = /^\{(\w+)\}/.exec(text);
  if (lead === null || VERBATIM.has(lead[1]) || !/[.?!]$/.test(text)) return filled;
  const digit = /^([1-9]) (?!per)/.exec(filled);
  return capitalise(digit ? `${inWords(Number(digit[1]))}${filled.slice(1)}` : filled);
}
