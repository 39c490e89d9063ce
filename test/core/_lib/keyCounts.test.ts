import { countKeys } from '../../../src/core/_lib/keyCounts';

describe('countKeys', () => {
  it('counts each key added, in the order the keys were given, zeros included', () => {
    const counts = countKeys(['open', 'upheld', 'other'] as const);
    counts.add('upheld');
    counts.add('open');
    counts.add('upheld');
    const record = counts.record();
    expect(record).toEqual({ open: 1, upheld: 2, other: 0 });
    expect(Object.keys(record)).toEqual(['open', 'upheld', 'other']);
  });

  it('gives a fresh record each time, unchanged by later adds', () => {
    const counts = countKeys(['a', 'b'] as const);
    counts.add('a');
    const first = counts.record();
    counts.add('a');
    expect(first).toEqual({ a: 1, b: 0 });
    expect(counts.record()).toEqual({ a: 2, b: 0 });
  });

  it('throws on a key it does not count (a caller error)', () => {
    const counts = countKeys<string>(['a']);
    expect(() => counts.add('b')).toThrow(RangeError);
  });
});
