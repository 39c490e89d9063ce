/**
 * The seed board report this product grew from (Sept 2021 – Feb 2022, as of 10 March 2022):
 * 72 complaints, 14 about children in care (8 not upheld, 3 open, 2 upheld, 1 partially upheld),
 * the upheld ones in Safeguarding Care Planning (2) and CLA Services (1), all from parents, all at
 * stage 1, one overdue (623963). The expected figures were worked out by hand (test/fixtures).
 */
import { buildReport } from '../../src/core/buildReport';
import { parseIsoDate } from '../../src/core/dates';
import { buildNarrative, renderText } from '../../src/core/narrative';
import {
  SEED_EXPECTED,
  SEED_EXPECTED_ISSUES,
  SEED_OPTIONS,
  seedTrackerSheet,
} from '../fixtures/seedTracker';

function day(iso: string): number {
  return parseIsoDate(iso) as number;
}

function buildSeed() {
  const result = buildReport(seedTrackerSheet(), {
    file: SEED_OPTIONS.file,
    from: day(SEED_OPTIONS.from),
    to: day(SEED_OPTIONS.to),
    asOf: day(SEED_OPTIONS.asOf),
  });
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('the seed board report', () => {
  const { report, complaints } = buildSeed();
  const text = renderText(buildNarrative(report, complaints));

  it('finds the header and columns', () => {
    expect(report.source.sheets).toEqual([
      { sheet: 'Tracker', headerRow: SEED_EXPECTED.headerRow, columns: SEED_EXPECTED.columns },
    ]);
    expect(report.period).toEqual(SEED_EXPECTED.period);
  });

  it('accounts for every row', () => {
    expect(report.rows).toEqual(SEED_EXPECTED.rows);
  });

  it('gives the hand-worked figures for all complaints', () => {
    expect(report.all).toMatchObject(SEED_EXPECTED.all);
  });

  it('gives the board figures for children in care', () => {
    expect(report.childrenInCare).toMatchObject(SEED_EXPECTED.childrenInCare);
    expect(report.childrenInCare?.complaints).toBe(14);
    expect(report.childrenInCare?.timescales.overdueReferences).toEqual(['623963']);
  });

  it('lists the expected issues by row, code and severity', () => {
    const got = report.issues
      .filter((i) => i.code !== 'missing-column')
      .map(({ row, field, code, severity }) => ({ row, field, code, severity }));
    expect(got).toEqual(SEED_EXPECTED_ISSUES);
  });

  it.each([
    'Between September 2021 and February 2022, 72 complaints were received.',
    'Of these, 14 (19%) concerned children in care.',
    'Of the 14 complaints about children in care, 8 were not upheld, 3 are still being investigated, 2 were upheld and 1 was partially upheld.',
    // Issue 7 part 4: each team's upheld count with its total, and the sentence split in two.
    'The 3 complaints about children in care upheld in full or in part concerned Safeguarding Care Planning (2 of 5) and CLA Services (1 of 5).',
    'All three were made by parents, and all three were at stage 1.',
    '623963 (child in care): stage 1, received 3 February 2022, due 17 February 2022.',
    // What a board asks next (issue 7 part 4).
    'Eight of the 72 went beyond stage 1: 6 to stage 2, 1 to stage 3 and 1 to the Local Government and Social Care Ombudsman.',
    'The tracker starts in August 2021, so no comparison with the previous six months or the same months a year earlier is made.',
    'Children and young people made 11 complaints (15%) and advocates made 7 (10%).',
    'Of the 62 complaints with a finding, 21 (34%) were upheld in full or in part.',
    'Of 63 stage 1 responses, 52 (83%) were sent within 10 working days and a further 2 within an agreed extension; 9 were late.',
    'Of the 72 complaints made at stage 1, 7 (10%) went on to stage 2.',
  ])('the narrative states: %s', (sentence) => {
    expect(text).toContain(sentence);
  });

  it('the narrative names every overdue complaint and notes the rows left out', () => {
    expect(text).toContain('3 are overdue (references 621071, 623963, 624077)');
    expect(text).toMatch(/Two rows of the tracker were left out/);
  });
});
