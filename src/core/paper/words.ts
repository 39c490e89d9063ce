/**
 * The annual report's small words: agreement, lists, shares and the year-earlier comparison.
 * Kept beside the annual template so the board narrative's wording can change on its own.
 */
import type { Sentence } from '../narrative/types';

/** A sentence about the whole period: it names no complaint. */
export function whole(text: string): Sentence {
  return { text, references: [], rows: [] };
}

export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

export function wasWere(n: number): string {
  return n === 1 ? 'was' : 'were';
}

/** "a, b and c": no Oxford comma. */
export function joinList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A whole-number percentage, halves up (docs/design.md rule 26); the caller checks total > 0. */
export function share(part: number, total: number): number {
  return Math.round((part * 100) / total);
}

/** ", up from 80 a year earlier", or "" when there is no year earlier to compare with. */
export function againstYearEarlier(now: number, earlier: number | null): string {
  if (earlier === null) return '';
  if (now === earlier) return ', the same as a year earlier';
  return `, ${now > earlier ? 'up' : 'down'} from ${earlier} a year earlier`;
}

/** The same for a rate, whose change is in percentage points (rule 26): ", down from 45%". */
export function rateAgainstYearEarlier(now: number, earlier: number | null): string {
  if (earlier === null) return '';
  if (now === earlier) return ', the same as a year earlier';
  return `, ${now > earlier ? 'up' : 'down'} from ${earlier}% a year earlier`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
