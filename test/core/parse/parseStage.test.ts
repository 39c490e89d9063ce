import { parseStage } from '../../../src/core/parse/parseStage';
import type { CellValue, Stage } from '../../../src/core/types';

describe('parseStage', () => {
  it.each<[CellValue, Stage]>([
    [null, 1],
    ['', 1],
    ['  ', 1],
    [1, 1],
    [1.0, 1],
    ['1', 1],
    ['1.0', 1],
    ['Stage 1', 1],
    ['stage 1', 1],
    ['STAGE 1', 1],
    ['Stage1', 1],
    ['stage one', 1],
    ['Stage One', 1],
    ['Stage I', 1],
    ['one', 1],
    ['S1', 1],
    ['St 1', 1],
    ['St. 1', 1],
    ['Level 1', 1],
    ['Stage 1 - local resolution', 1],
    ['Stage 1 (Local Resolution)', 1],
    ['Local resolution', 1],
    ['Local resolution - stage 1', 1],
    [2, 2],
    ['2', 2],
    ['2.0', 2],
    ['Stage 2', 2],
    ['stage two', 2],
    ['two', 2],
    ['S2', 2],
    ['St 2', 2],
    ['Stage II', 2],
    ['Investigation', 2],
    ['Stage 2 investigation', 2],
    ['Stage 2 - independent investigation', 2],
    ['Stage 2 - review', 2],
    [3, 3],
    ['3', 3],
    ['Stage 3', 3],
    ['three', 3],
    ['Stage Three', 3],
    ['S3', 3],
    ['Review panel', 3],
    ['Independent review panel', 3],
    ['Stage 3 - review panel', 3],
    ['Stage 3 panel', 3],
    ['Ombudsman', 'ombudsman'],
    ['LGSCO', 'ombudsman'],
    ['LGO', 'ombudsman'],
    ['Local Government Ombudsman', 'ombudsman'],
    ['Local Government and Social Care Ombudsman', 'ombudsman'],
    ['LGSCO referral', 'ombudsman'],
  ])('%p is stage %p', (value, stage) => {
    expect(parseStage(value)).toEqual({ ok: true, value: stage });
  });

  it.each<[CellValue, string]>([
    [0, '0'],
    [4, '4'],
    [1.5, '1.5'],
    ['4', '4'],
    ['Stage 4', 'Stage 4'],
    ['Stage 0', 'Stage 0'],
    ['Stage 10', 'Stage 10'],
    ['Stage 12', 'Stage 12'],
    ['Stage 1 - investigation', 'Stage 1 - investigation'],
    ['Stage 2 - local resolution', 'Stage 2 - local resolution'],
    ['Stage 1/2', 'Stage 1/2'],
    ['Review', 'Review'],
    ['Panel', 'Panel'],
    ['Stage', 'Stage'],
    ['Informal', 'Informal'],
    ['First', 'First'],
    ['TBC', 'TBC'],
    ['-', '-'],
    ['?', '?'],
    [true, 'TRUE'],
    [false, 'FALSE'],
    [new Date(Date.UTC(1900, 0, 1)), '1900-01-01'],
  ])('%p is not ok', (value, text) => {
    expect(parseStage(value)).toEqual({ ok: false, text });
  });
});

describe('parseStage: an explicit number with any description', () => {
  it.each<[string, Stage]>([
    ['Stage 2 - complex', 2],
    ['S1 (informal)', 1],
    ['stage 3: panel hearing 12/05', 3],
    ['2 - escalated by parent', 2],
  ])('%p is stage %p', (text, stage) => {
    expect(parseStage(text)).toEqual({ ok: true, value: stage });
  });

  it.each([
    'Stage 1 - investigation',
    'Stage 2 - local resolution',
    'Stage 1 - LGSCO',
    '1.5',
    '12 - x',
  ])('%p is not ok: the description contradicts the number, or it is no stage number', (text) => {
    expect(parseStage(text)).toEqual({ ok: false, text });
  });
});
