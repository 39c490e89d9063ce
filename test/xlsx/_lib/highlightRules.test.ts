import {
  formatHighlightRanges,
  HIGHLIGHT_FORMULA,
  isHighlightRule,
  type LoadedRule,
} from '../../../src/xlsx/_lib/highlightRules';

describe('formatHighlightRanges', () => {
  it.each([
    [{ rows: [4, 5, 6, 9], firstColumn: 0, lastColumn: 10 }, 'A4:K6 A9:K9'],
    [{ rows: [30], firstColumn: 1, lastColumn: 27 }, 'B30:AB30'],
    [{ rows: [2, 3], firstColumn: 3, lastColumn: 1 }, 'B2:D3'],
    [{ rows: [], firstColumn: 0, lastColumn: 3 }, ''],
  ])('%p → %s', (target, expected) => {
    expect(formatHighlightRanges({ sheet: 'Tracker', ...target })).toBe(expected);
  });
});

describe('isHighlightRule', () => {
  it.each<[string, LoadedRule, boolean]>([
    ['the add-in rule', { type: 'expression', formulae: [HIGHLIGHT_FORMULA] }, true],
    [
      'the add-in rule as Excel may re-write it',
      { type: 'expression', formulae: ['AND( TRUE , "Complaints-Report" <> "" )'] },
      true,
    ],
    ['a user rule that is always true', { type: 'expression', formulae: ['TRUE'] }, false],
    ['a user rule on a value', { type: 'expression', formulae: ['$F4>10'] }, false],
    ['another type', { type: 'cellIs', formulae: [HIGHLIGHT_FORMULA] }, false],
    ['no formula', { type: 'expression' }, false],
  ])('%s → %p', (_label, rule, expected) => {
    expect(isHighlightRule(rule)).toBe(expected);
  });
});
