import {
  allOf,
  count,
  inWords,
  isAre,
  joinList,
  openingCount,
  percent,
  wasWere,
} from '../../../src/core/narrative/words';

describe('narrative words', () => {
  it.each([
    [0, '0 complaints'],
    [1, '1 complaint'],
    [2, '2 complaints'],
  ])('count(%i) is "%s"', (n, text) => {
    expect(count(n, 'complaint')).toBe(text);
  });

  it('takes an irregular plural', () => {
    expect(count(2, 'child', 'children')).toBe('2 children');
  });

  it.each([
    [0, 'were', 'are'],
    [1, 'was', 'is'],
    [3, 'were', 'are'],
  ])('verbs agree with %i', (n, past, present) => {
    expect(wasWere(n)).toBe(past);
    expect(isAre(n)).toBe(present);
  });

  it.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a and b'],
    [['a', 'b', 'c'], 'a, b and c'],
  ])('joins %j as "%s"', (items, text) => {
    expect(joinList(items)).toBe(text);
  });

  it.each([
    [1, 3, '33%'],
    [2, 3, '67%'],
    [14, 72, '19%'],
    [0, 0, '0%'],
    [5, 5, '100%'],
  ])('percent(%i, %i) is %s, never NaN', (part, total, text) => {
    expect(percent(part, total)).toBe(text);
  });

  it.each([
    [1, 'One row'],
    [3, 'Three rows'],
    [10, 'Ten rows'],
    [14, '14 rows'],
  ])('a sentence opens with %i as "%s"', (n, text) => {
    expect(openingCount(n, 'row')).toBe(text);
  });

  it.each([
    [1, 'the one'],
    [2, 'both'],
    [3, 'all three'],
    [12, 'all 12'],
  ])('allOf(%i) is "%s"', (n, text) => {
    expect(allOf(n)).toBe(text);
  });

  it('writes small numbers in words', () => {
    expect(inWords(0)).toBe('no');
    expect(inWords(7)).toBe('seven');
    expect(inWords(11)).toBe('11');
  });
});
