/** Rule 19 (docs/design.md): the days the tracker covers, and whether it covers a period. */
import { coverageOf, isCovered } from '../../../src/core/figures/coverage';
import { buildFor, tracker } from '../_lib/grid';
import { day, trackerRow } from '../_lib/records';

// A period of 1 April 2022 to 31 March 2023. 31 days after its start: 2 May 2022; 32: 3 May.
// 31 days before its end: 28 February 2023; 32: 27 February.
const YEAR = { from: day('2022-04-01'), to: day('2023-03-31') };
const span = (first: string, last: string) => ({ first: day(first), last: day(last) });

describe('rule 19: a period is covered when the tracker reaches within 31 days of both ends', () => {
  it.each<[string, string, string, string, boolean]>([
    ['the whole year', '2022-04-01', '2023-03-31', '2023-04-20', true],
    ['a tracker wider than the period', '2021-01-01', '2024-01-01', '2024-02-01', true],
    ['starts 31 days after the period starts', '2022-05-02', '2023-03-31', '2023-04-20', true],
    ['starts 32 days after the period starts', '2022-05-03', '2023-03-31', '2023-04-20', false],
    ['ends 31 days before the period ends', '2022-04-01', '2023-02-28', '2023-04-20', true],
    ['ends 32 days before the period ends', '2022-04-01', '2023-02-27', '2023-04-20', false],
    [
      'ends 31 October, period to 31 March: not covered',
      '2022-04-01',
      '2022-10-31',
      '2023-04-20',
      false,
    ],
    // The as-of date earlier than the period's end: measured from the as-of date instead.
    ['as of 30 Nov, ends 31 Oct (30 days before)', '2022-04-01', '2022-10-31', '2022-11-30', true],
    ['as of 1 Dec, ends 31 Oct (31 days before)', '2022-04-01', '2022-10-31', '2022-12-01', true],
    ['as of 2 Dec, ends 31 Oct (32 days before)', '2022-04-01', '2022-10-31', '2022-12-02', false],
    ['as of after the end: the end counts', '2022-04-01', '2023-02-28', '2023-06-30', true],
  ])('rule 19: %s', (_, first, last, asOf, covered) => {
    expect(isCovered(span(first, last), YEAR, day(asOf))).toBe(covered);
  });

  it('rule 19: no counted rows → nothing is covered', () => {
    expect(isCovered(null, YEAR, day('2023-04-20'))).toBe(false);
  });
});

describe('rule 19: coverage is over the counted rows of every sheet', () => {
  it('rule 19: the earliest and latest received dates, in any order', () => {
    const rows = ['2022-06-01', '2022-04-03', '2023-01-09', '2022-07-01'].map((received, i) =>
      trackerRow({ reference: `C${i}`, received }),
    );
    expect(coverageOf(rows)).toEqual(span('2022-04-03', '2023-01-09'));
    expect(coverageOf([])).toBeNull();
  });

  it('rule 19: errors and duplicates do not stretch the coverage; rows outside the period do', () => {
    const sheet = tracker([
      { reference: 'K1', received: '10/04/2022', stage: '1' },
      // A duplicate (same reference and stage) with an earlier date: counts in no figure.
      { reference: 'K1', received: '01/01/2022', stage: '1' },
      // An error row: no reference.
      { reference: '', received: '01/01/2021' },
      { reference: 'K2', received: '20/05/2023', stage: '1' },
    ]);
    const { report } = buildFor(sheet, {
      from: day('2022-04-01'),
      to: day('2023-03-31'),
      asOf: day('2023-06-01'),
    });
    expect(report.coverage).toEqual({ firstReceived: '2022-04-10', lastReceived: '2023-05-20' });
    expect(report.period.covered).toBe(true);
  });

  it('rule 19: no counted row → null coverage, period not covered', () => {
    const { report } = buildFor(tracker([{ reference: '', received: '01/10/2021' }]));
    expect(report.coverage).toEqual({ firstReceived: null, lastReceived: null });
    expect(report.period.covered).toBe(false);
  });
});

describe('rule 19: a period not yet over is reported to date', () => {
  it.each<[string, boolean]>([
    ['2023-03-30', true],
    ['2023-03-31', false],
    ['2023-04-01', false],
  ])('rule 19: period to 31 March 2023 as of %s → toDate %s', (asOf, toDate) => {
    const { report } = buildFor(tracker([{ reference: 'T1', received: '01/04/2022' }]), {
      from: day('2022-04-01'),
      to: day('2023-03-31'),
      asOf: day(asOf),
    });
    expect(report.period.toDate).toBe(toDate);
  });
});
