import { EXCERPT_LENGTH, excerpt } from '../../src/core/excerpt';

describe('excerpt: issue messages quote a short, trimmed excerpt of a cell', () => {
  it.each<[string, string, string]>([
    ['short text, as written', 'Stage 7', 'Stage 7'],
    ['trimmed', '   Stage 7 \n', 'Stage 7'],
    ['white space run together', 'Stage\n\n7\t(complex)', 'Stage 7 (complex)'],
    ['exactly 40 characters, whole', 'x'.repeat(40), 'x'.repeat(40)],
    ['41 characters, cut with an ellipsis', 'x'.repeat(41), `${'x'.repeat(39)}…`],
    ['a 32,767-character cell', 'y'.repeat(32_767), `${'y'.repeat(39)}…`],
    ['an emoji is never split', `${'a'.repeat(38)}😀😀😀`, `${'a'.repeat(38)}😀…`],
    ['trailing spaces before the cut dropped', `${'a'.repeat(38)}   bbbb`, `${'a'.repeat(38)}…`],
    ['long white space inside a short text', `a${' '.repeat(500)}b`, 'a b'],
  ])('%s', (_, text, expected) => {
    expect(excerpt(text)).toBe(expected);
    expect(Array.from(excerpt(text)).length).toBeLessThanOrEqual(EXCERPT_LENGTH);
  });
});
