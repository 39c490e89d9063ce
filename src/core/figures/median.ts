/**
 * The median of a stage's working days (rule 21). A breakdown takes the median of tens of thousands
 * of response times per stage, and those are whole numbers of working days over a short range, so
 * they are counted by value rather than sorted; a range too wide to count falls back to a sort.
 */

/** Counting beats sorting while the range is no more than this many times the count (plus a floor). */
const COUNTED_RANGE_PER_VALUE = 4;
const COUNTED_RANGE_FLOOR = 1024;

/**
 * The median of whole numbers: an even count gives the mean of the middle two. Null for none.
 * Values may be negative (a response dated before its received date).
 */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const span = integerSpan(values);
  const countable =
    span !== null &&
    span.high - span.low < values.length * COUNTED_RANGE_PER_VALUE + COUNTED_RANGE_FLOOR;
  return countable ? countedMedian(values, span.low, span.high) : sortedMedian(values);
}

/** The lowest and highest value, or null when any value is not a safe whole number. */
function integerSpan(values: readonly number[]): { low: number; high: number } | null {
  let low = values[0];
  let high = values[0];
  for (const value of values) {
    if (!Number.isSafeInteger(value)) return null;
    if (value < low) low = value;
    else if (value > high) high = value;
  }
  return { low, high };
}

/** The median by a count of each value from `low` to `high`: one pass, no sort. */
export function countedMedian(values: readonly number[], low: number, high: number): number {
  const counts = new Int32Array(high - low + 1);
  for (const value of values) counts[value - low] += 1;
  const middle = Math.floor(values.length / 2);
  const upper = low + slotOfRank(counts, middle);
  if (values.length % 2 === 1) return upper;
  return (low + slotOfRank(counts, middle - 1) + upper) / 2;
}

/** The slot holding the value at `rank` (0 the smallest) of the values counted. */
function slotOfRank(counts: Int32Array, rank: number): number {
  let seen = 0;
  for (let slot = 0; slot < counts.length; slot += 1) {
    seen += counts[slot];
    if (seen > rank) return slot;
  }
  throw new RangeError(`No value at rank ${rank} of ${seen}`);
}

/** The median by sorting a copy: for values too widely spread, or not whole, to count. */
export function sortedMedian(values: readonly number[]): number {
  // A typed array sorts numbers as numbers, without calling a comparison function per pair.
  const sorted = new Float64Array(values).sort();
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
