import {
  chooseTheme,
  fileNameFromUrl,
  localIsoDate,
  luminanceOf,
} from '../../src/taskpane/officeContext';

// Office reports its theme as colour strings; these are the pane backgrounds it sends.
describe('chooseTheme', () => {
  it.each([
    ['White theme', { bodyBackgroundColor: '#FFFFFF' }, 'light'],
    ['Colourful theme', { bodyBackgroundColor: '#E6E6E6' }, 'light'],
    ['Dark Grey theme', { bodyBackgroundColor: '#666666' }, 'dark'],
    ['Black theme', { bodyBackgroundColor: '#262626' }, 'dark'],
    ['no colour', {}, 'light'],
    ['not a colour', { bodyBackgroundColor: 'black' }, 'light'],
    ['no theme', undefined, 'light'],
    ['null theme', null, 'light'],
  ])('%s → %s', (_, theme, kind) => {
    expect(chooseTheme(theme)).toBe(kind);
  });
});

describe('luminanceOf', () => {
  it.each([
    ['#000000', 0],
    ['#ffffff', 1],
    ['FFFFFF', 1],
    ['#fff', null],
    ['', null],
  ])('%s → %s', (colour, luminance) => {
    const value = luminanceOf(colour);
    if (luminance === null) expect(value).toBeNull();
    else expect(value).toBeCloseTo(luminance, 6);
  });
});

describe('fileNameFromUrl', () => {
  it.each([
    [
      'https://council.sharepoint.com/sites/cs/Shared%20Documents/Complaints%202022.xlsx?web=1',
      'Complaints 2022.xlsx',
    ],
    ['C:\\Users\\officer\\Documents\\Tracker.xlsx', 'Tracker.xlsx'],
    ['/Users/officer/Tracker.xlsx', 'Tracker.xlsx'],
    ['https://example.org/files/Bad%E0%A4%A.xlsx', 'Bad%E0%A4%A.xlsx'],
    ['', 'this workbook'],
    [undefined, 'this workbook'],
    ['https:', 'this workbook'],
  ])('%s → %s', (url, name) => {
    expect(fileNameFromUrl(url)).toBe(name);
  });
});

describe('localIsoDate', () => {
  it.each([
    [new Date(2022, 2, 15, 0, 0, 1), '2022-03-15'],
    [new Date(2021, 11, 31, 23, 59, 59), '2021-12-31'],
    [new Date(987, 0, 5, 12), '0987-01-05'],
  ])('%s → %s', (moment, iso) => {
    expect(localIsoDate(moment)).toBe(iso);
  });
});
