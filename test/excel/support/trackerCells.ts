/** Tracker-like cells for the Excel host's tests: a header and rows of plausible complaint data. */
import type { CellValue } from '../../../src/core/types';

export const HEADER: CellValue[] = [
  'Ref',
  'Date received',
  'Stage',
  'Complainant',
  'Looked after',
  'Team',
  'Theme',
  'Outcome',
  'Date responded',
  'Extension',
  'Due date',
];

const TEAMS = ['Children in care', 'Assessment and intervention', 'Fostering', 'Leaving care'];
const OUTCOMES = ['Upheld', 'Partially upheld', 'Not upheld', 'Withdrawn', ''];

/** One data row; `i` varies every field so the JSON size is realistic. */
export function trackerRow(i: number): CellValue[] {
  return [
    String(600000 + i),
    44440 + (i % 400),
    `Stage ${1 + (i % 3)}`,
    i % 2 === 0 ? 'Parent' : 'Young person',
    i % 3 === 0 ? 'Yes' : 'No',
    TEAMS[i % TEAMS.length],
    i % 5 === 0 ? 'Communication; Delay' : 'Quality of service',
    OUTCOMES[i % OUTCOMES.length],
    i % 4 === 0 ? '' : 44450 + (i % 400),
    i % 7 === 0 ? 'Yes' : 'No',
    '',
  ];
}

/**
 * A sheet grid holding a tracker of `rows` data rows under its header, placed with its header on
 * sheet row `headerRow` (1-based) and starting in column `firstColumn` (0-based).
 */
export function trackerGrid(rows: number, headerRow = 1, firstColumn = 0): CellValue[][] {
  const pad: CellValue[] = Array<CellValue>(firstColumn).fill('');
  const grid: CellValue[][] = Array.from({ length: headerRow - 1 }, () => []);
  grid.push([...pad, ...HEADER]);
  for (let i = 0; i < rows; i += 1) grid.push([...pad, ...trackerRow(i)]);
  return grid;
}
