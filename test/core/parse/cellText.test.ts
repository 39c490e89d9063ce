import { cellText, normaliseLabel, parseThemes } from '../../../src/core/parse/cellText';
import type { CellValue } from '../../../src/core/types';

describe('cellText', () => {
  it.each<[string, CellValue, string]>([
    ['null', null, ''],
    ['an empty string', '', ''],
    ['spaces', '   ', ''],
    ['text, trimmed', '  Stage 1 \n', 'Stage 1'],
    ['a whole number', 623963, '623963'],
    ['a whole number stored as a double', 623963.0, '623963'],
    ['zero', 0, '0'],
    ['negative zero', -0, '0'],
    ['a negative number', -12, '-12'],
    ['a decimal', 1.5, '1.5'],
    ['floating-point noise', 0.1 + 0.2, '0.3'],
    ['a long reference', 12345678901234, '12345678901234'],
    ['TRUE', true, 'TRUE'],
    ['FALSE', false, 'FALSE'],
    ['a Date', new Date(Date.UTC(2021, 8, 3)), '2021-09-03'],
    ['a Date with a time', new Date(Date.UTC(2021, 8, 3, 15)), '2021-09-03'],
    ['an Invalid Date', new Date(Number.NaN), 'Invalid Date'],
  ])('%s reads "%s"', (_label, value, expected) => {
    expect(cellText(value)).toBe(expected);
  });
});

describe('normaliseLabel', () => {
  it.each([
    ['Date Received', 'datereceived'],
    ['date_received', 'datereceived'],
    ['  DATE   RECEIVED: ', 'datereceived'],
    ['Partly-upheld.', 'partlyupheld'],
    ['Stage 1 - local resolution', 'stage1localresolution'],
    ['Parent/carer', 'parentcarer'],
    ['Ref.', 'ref'],
    ['Complaint ID #', 'complaintid'],
    ['Child’s name', 'childsname'],
    ['Café', 'café'],
    ['-', ''],
    ['?', ''],
    ['', ''],
  ])('"%s" → "%s"', (text, expected) => {
    expect(normaliseLabel(text)).toBe(expected);
  });
});

describe('parseThemes', () => {
  it.each<[string, CellValue, string[]]>([
    ['blank', null, []],
    ['empty text', '', []],
    ['one theme', 'Communication', ['Communication']],
    [
      'semicolons',
      'Communication; Delay;Quality of service',
      ['Communication', 'Delay', 'Quality of service'],
    ],
    ['line breaks (Alt+Enter)', 'Communication\nDelay', ['Communication', 'Delay']],
    ['Windows line breaks', 'Communication\r\nDelay', ['Communication', 'Delay']],
    ['old Mac line breaks', 'Communication\rDelay', ['Communication', 'Delay']],
    ['mixed, with empties', ' ;Communication;;\n ; Delay ;', ['Communication', 'Delay']],
    [
      'a comma inside a theme',
      'Assessment, planning and review',
      ['Assessment, planning and review'],
    ],
    ['a number', 42, ['42']],
  ])('%s', (_label, value, expected) => {
    expect(parseThemes(value)).toEqual(expected);
  });
});
