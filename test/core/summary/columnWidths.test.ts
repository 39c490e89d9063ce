import { summaryColumnWidths, wrappedLines } from '../../../src/core/summary/columnWidths';
import type { SummaryLayout, SummaryTable } from '../../../src/core/summary/types';

function layoutOf(tables: SummaryTable[], notes: string[] = ['Built now.']): SummaryLayout {
  return {
    sheetName: 'Complaints summary',
    title: 'Complaints summary',
    notes,
    tables,
    print: {
      paper: 'A4',
      orientation: 'portrait',
      fitToWidth: true,
      repeatRows: 1,
      footer: '',
    },
  };
}

const outcomes: SummaryTable = {
  id: 'outcomes',
  title: 'Outcomes',
  header: ['Outcome', 'All complaints', '%'],
  rows: [
    ['Partially upheld', 15, '17%'],
    ['Being investigated', 1234, '9%'],
  ],
  chart: null,
};
const issues: SummaryTable = {
  id: 'issues',
  title: 'Issues found in the tracker',
  header: ['Sheet', 'Row', 'Severity', 'Field', 'Message'],
  rows: [['Log', 25, 'Warning', 'Response date', 'x'.repeat(80)]],
  chart: null,
};

describe('summaryColumnWidths', () => {
  it('fits the longest body cell, and a header’s longest word, with 2 of padding', () => {
    // A: "Being investigated" 18 + 2; B: "complaints" 10 + 2; C: the 7 minimum.
    expect(summaryColumnWidths(layoutOf([outcomes]))).toEqual([20, 12, 7]);
  });

  it('widens no column past 45, so a long message wraps rather than shrinking the page', () => {
    // D: "Response date" 13 + 2; E: 80 characters, held at 45.
    expect(summaryColumnWidths(layoutOf([outcomes, issues]))).toEqual([20, 12, 10, 15, 45]);
  });

  it('makes the columns together as wide as the longest note, widening the last', () => {
    const note = `Period: ${'n'.repeat(52)}`; // 60 characters
    // 20 + 12 + 7 = 39, short of 60 + 2: the last column takes the 23 more.
    expect(summaryColumnWidths(layoutOf([outcomes], [note]))).toEqual([20, 12, 30]);
  });
});

describe('wrappedLines', () => {
  it.each([
    ['', 10, 1],
    ['Open', 10, 1],
    // 9 characters a line at width 10.
    ['Average working days', 10, 3],
    ['Within extension', 10, 2],
    ['no response date', 17, 1],
    ['no response date', 16, 2],
    // One word of 20 across lines of 9: three lines.
    ['x'.repeat(20), 10, 3],
    ['Row 25: an outcome is recorded but no response date, so its timescale is unknown.', 45, 2],
  ])('%j in width %i takes %i lines', (text, width, lines) => {
    expect(wrappedLines(text, width)).toBe(lines);
  });
});
