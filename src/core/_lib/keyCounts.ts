/**
 * Counts over a fixed list of keys (outcomes, stages, timescale states), kept by position and
 * written out as a record once. A breakdown adds several counts per complaint, each by a key that
 * varies from one complaint to the next, and `counts[key] += 1` on a plain object with such a key
 * is several times slower in V8 than a map look-up and an array slot.
 */

/** Counts over `keys`: `add` one to a key, `record` the counts in the keys' order. */
export type KeyCounts<K extends string> = {
  add(key: K): void;
  /** A plain record of every key, in the order the keys were given, zeros included. */
  record(): Record<K, number>;
};

/** Counts starting at zero for each of `keys`. Adding a key not in the list is a caller error. */
export function countKeys<K extends string>(keys: readonly K[]): KeyCounts<K> {
  const positions = new Map<K, number>(keys.map((key, position) => [key, position]));
  const counts = keys.map(() => 0);
  return {
    add(key) {
      const position = positions.get(key);
      if (position === undefined) throw new RangeError(`Not a key counted here: ${key}`);
      counts[position] += 1;
    },
    record() {
      const record = {} as Record<K, number>;
      keys.forEach((key, position) => {
        record[key] = counts[position];
      });
      return record;
    },
  };
}
