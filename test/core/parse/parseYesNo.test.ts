import { parseYesNo } from '../../../src/core/parse/parseYesNo';
import type { CellValue } from '../../../src/core/types';

describe('parseYesNo', () => {
  it.each<[CellValue, boolean]>([
    ['Y', true],
    ['y', true],
    ['Yes', true],
    ['YES', true],
    ['yes.', true],
    ['TRUE', true],
    ['true', true],
    [true, true],
    ['1', true],
    [1, true],
    ['CLA', true],
    ['LAC', true],
    ['CiC', true],
    ['Looked after', true],
    ['Looked-after', true],
    ['Looked after child', true],
    ['Child looked after', true],
    ['Child in care', true],
    ['✓', true],
    ['✔', true],
    [null, false],
    ['', false],
    ['  ', false],
    ['N', false],
    ['n', false],
    ['No', false],
    ['NO', false],
    ['FALSE', false],
    [false, false],
    ['0', false],
    [0, false],
    ['Not looked after', false],
    ['Not LAC', false],
    ['Not CLA', false],
  ])('%p is %p', (value, answer) => {
    expect(parseYesNo(value)).toEqual({ ok: true, value: answer });
  });

  it.each<[CellValue, string]>([
    ['N/A', 'N/A'],
    ['n/a', 'n/a'],
    ['NA', 'NA'],
    ['x', 'x'],
    ['X', 'X'],
    ['?', '?'],
    ['-', '-'],
    ['Unknown', 'Unknown'],
    ['Maybe', 'Maybe'],
    ['Previously looked after', 'Previously looked after'],
    ['Care leaver', 'Care leaver'],
    ['2', '2'],
    [2, '2'],
    [0.5, '0.5'],
    [new Date(Date.UTC(2021, 8, 3)), '2021-09-03'],
  ])('%p is not ok', (value, text) => {
    expect(parseYesNo(value)).toEqual({ ok: false, text });
  });
});
