import { fill, pick, placeholders } from '../../../src/core/narrative/template';
import { countWord, formatNumber, inWords, openingCount } from '../../../src/core/narrative/words';

describe('narrative numbers', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [1070, '1,070'],
    [1234567, '1,234,567'],
    [23.9, '23.9'],
    [1234.5, '1,234.5'],
  ])('formatNumber(%d) is %s', (n, text) => {
    expect(formatNumber(n)).toBe(text);
  });

  it.each([
    [0, 'none', 'no'],
    [1, 'one', 'one'],
    [9, 'nine', 'nine'],
    [11, '11', '11'],
    [1070, '1,070', '1,070'],
  ])('%d stands alone as "%s" and counts as "%s"', (n, alone, words) => {
    expect(countWord(n)).toBe(alone);
    expect(inWords(n)).toBe(words);
  });

  it('opens a sentence with thousands separated', () => {
    expect(openingCount(1070, 'row')).toBe('1,070 rows');
  });
});

describe('narrative templates', () => {
  const late = { zero: 'none was late', one: '1 was late', other: '{n} were late' };

  it.each([
    [0, 'none was late'],
    [1, '1 was late'],
    [2, '2 were late'],
    [1070, '1,070 were late'],
  ])('picks the form for %d: %s', (n, text) => {
    expect(fill(late, { n }, n)).toBe(text);
  });

  it('falls back to "other" without a zero form', () => {
    expect(pick({ one: 'a', other: 'b' }, 0)).toBe('b');
  });

  it('capitalises a sentence that opens with a value, and writes one to nine in words', () => {
    expect(fill('{council} received {n}.', { council: 'the council', n: 3 })).toBe(
      'The council received 3.',
    );
    expect(fill('{list}.', { list: '2 were made by parents' })).toBe('Two were made by parents.');
    expect(fill('{list}.', { list: '12 were made by parents' })).toBe('12 were made by parents.');
  });

  it('leaves a fragment as it is, and a reference as written', () => {
    expect(fill('{ombudsman}', { ombudsman: 'the LGSCO' })).toBe('the LGSCO');
    expect(fill('{reference}: received.', { reference: 'abc-1' })).toBe('abc-1: received.');
  });

  it('throws on a value the code forgot to give', () => {
    expect(() => fill('{n} more', {})).toThrow(/No value for \{n\}/);
    expect(placeholders('{a} and {b}')).toEqual(['a', 'b']);
  });
});
