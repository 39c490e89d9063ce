/**
 * Remembered readings of cell values. A tracker column holds a handful of spellings ("Upheld",
 * "Stage 2", "Y") repeated down 100,000 rows, so each reader normalises a spelling once and looks it
 * up after that. A mis-mapped free-text column may hold a different value on every row, so a cache
 * is emptied when it fills rather than growing with the sheet: memory stays bounded and a cold cache
 * only costs the reading the cache saves.
 */
import type { CellValue } from '../../types';

/** Entries a cache holds before it is emptied: far more spellings than any real column has. */
export const CELL_CACHE_LIMIT = 10_000;

/** A reader's remembered answers, keyed by the cell's own value. */
export type CellCache<T> = {
  /**
   * The answer for a cell: remembered for text, numbers (keyed apart, so the text "1" and the number
   * 1 never share an answer) and the blank cell; worked out afresh for booleans and `Date`s.
   */
  read<V extends CellValue>(value: V, compute: (value: V) => T): T;
  /** Text and number entries held now; never more than the limit. */
  readonly size: number;
  /** Forgets every answer. */
  clear(): void;
};

/** Every cache made, so all of them can be emptied at once (`clearCellCaches`). */
const caches: CellCache<unknown>[] = [];

/**
 * Empties every reader's cache, so a test can start cold or a host can let a closed workbook's text
 * go. Answers never depend on the caches, only the time they take.
 */
export function clearCellCaches(): void {
  for (const cache of caches) cache.clear();
}

/**
 * Makes a cache for one reader, whose answers must never be `undefined` (that means "not known").
 * The answers are frozen because every cell with the same spelling receives the same object: no
 * caller may change what another row was told.
 */
export function createCellCache<T>(limit: number = CELL_CACHE_LIMIT): CellCache<T> {
  const texts = new Map<string, T>();
  const numbers = new Map<number, T>();
  // Optional columns are mostly empty: the blank answer is kept apart and never evicted.
  let blank: { answer: T } | null = null;
  const remember = <K>(map: Map<K, T>, key: K, answer: T): T => {
    if (texts.size + numbers.size >= limit) {
      texts.clear();
      numbers.clear();
    }
    map.set(key, Object.freeze(answer));
    return answer;
  };
  const cache: CellCache<T> = {
    read(value, compute) {
      if (typeof value === 'string') {
        const known = texts.get(value);
        return known !== undefined ? known : remember(texts, value, compute(value));
      }
      if (typeof value === 'number') {
        const known = numbers.get(value);
        return known !== undefined ? known : remember(numbers, value, compute(value));
      }
      if (value === null) {
        if (blank === null) blank = { answer: Object.freeze(compute(value)) };
        return blank.answer;
      }
      return compute(value);
    },
    get size() {
      return texts.size + numbers.size;
    },
    clear() {
      texts.clear();
      numbers.clear();
      blank = null;
    },
  };
  caches.push(cache);
  return cache;
}
