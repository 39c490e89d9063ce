import {
  decodeExcelText,
  encodeExcelText,
  isXmlTrue,
  localName,
} from '../../../src/xlsx/_lib/xmlText';

describe('decodeExcelText', () => {
  it.each([
    ['plain text', 'plain text'],
    ['a_x000D_\nb', 'a\r\nb'],
    ['tab_x0009_here', 'tab\there'],
    ['_x005F_x0041_', '_x0041_'],
    ['snake_case_x', 'snake_case_x'],
    ['_x00e9_', 'é'],
    ['_xZZZZ_', '_xZZZZ_'],
  ])('%p reads %p', (stored, expected) => {
    expect(decodeExcelText(stored)).toBe(expected);
  });
});

describe('localName', () => {
  it.each([
    ['c', 'c'],
    ['x:c', 'c'],
    ['x14ac:dyDescent', 'dyDescent'],
  ])('%s → %s', (name, expected) => {
    expect(localName(name)).toBe(expected);
  });
});

describe('isXmlTrue', () => {
  it.each([
    ['1', true],
    ['true', true],
    ['TRUE', true],
    ['0', false],
    ['false', false],
    ['', false],
    [undefined, false],
  ])('%p → %p', (value, expected) => {
    expect(isXmlTrue(value)).toBe(expected);
  });
});

describe('encodeExcelText', () => {
  it.each([
    ['plain text', 'plain text'],
    ['a\r\nb', 'a_x000D_\nb'],
    ['tab\tand\nline', 'tab\tand\nline'],
    ['bell\u0007', 'bell_x0007_'],
    ['_x0041_', '_x005F_x0041_'],
    ['snake_x_case', 'snake_x_case'],
    ['\uFFFF', '_xFFFF_'],
  ])('%p is stored as %p and reads back unchanged', (text, stored) => {
    expect(encodeExcelText(text)).toBe(stored);
    expect(decodeExcelText(stored)).toBe(text);
  });
});
