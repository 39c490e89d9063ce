import { cellProblem, EXCEL_ERROR_VALUES } from '../../src/core/cellProblems';
import { UNCALCULATED, type CellValue } from '../../src/core/types';

describe('rule 5: cells that hold no value to read', () => {
  it.each([
    '#N/A',
    '#REF!',
    '#VALUE!',
    '#DIV/0!',
    '#NAME?',
    '#NULL!',
    '#NUM!',
    '#SPILL!',
    '#CALC!',
    '#GETTING_DATA',
  ])('rule 5: %s is an Excel error value', (text) => {
    expect(EXCEL_ERROR_VALUES).toContain(text);
    expect(cellProblem(text)).toEqual({ kind: 'error', error: text });
    expect(cellProblem(` ${text.toLowerCase()} `)).toEqual({ kind: 'error', error: text });
  });

  it('rule 5: a formula with no cached value is uncalculated', () => {
    expect(cellProblem(UNCALCULATED)).toEqual({ kind: 'uncalculated' });
  });

  it.each<[string, CellValue]>([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['an invalid Date', new Date(Number.NaN)],
  ])('rule 5: %s, which Excel cannot hold, is #NUM!', (_, value) => {
    expect(cellProblem(value)).toEqual({ kind: 'error', error: '#NUM!' });
  });

  it.each<[string, CellValue]>([
    ['a reference with a hash', '#123'],
    ['text naming an error', 'N/A'],
    ['an error inside text', 'see #N/A'],
    ['a number', 0],
    ['a boolean', false],
    ['a date', new Date(Date.UTC(2021, 8, 3))],
    ['blank', null],
    ['empty text', ''],
    ['a long text of spaces', ' '.repeat(100)],
  ])('rule 5: %s is no problem', (_, value) => {
    expect(cellProblem(value)).toBeNull();
  });
});
