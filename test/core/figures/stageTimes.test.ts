/**
 * Rules 20 and 21 (docs/design.md): stage activity and timescales by stage. Every date below is
 * worked out by hand on the England & Wales calendar. Received Wednesday 1 September 2021 (no bank
 * holiday until 27 December): stage 1's 10 working days end Wed 15 Sep (20 with an extension: Wed
 * 29 Sep); stage 2's 25 end Wed 6 Oct (65: Wed 1 Dec); stage 3's 50 end Wed 10 Nov (30 would end
 * Wed 13 Oct).
 */
import { BANK_HOLIDAYS_ENGLAND_WALES } from '../../../src/core/bankHolidays';
import { createCalendar } from '../../../src/core/calendar';
import {
  judgeStageRow,
  meanToOneDecimal,
  summariseStageTimes,
  type Activity,
  type StageJudge,
  type StageRowStatus,
} from '../../../src/core/figures/stageTimes';
import { DEFAULT_LIMITS } from '../../../src/core/settings';
import type { AssessedComplaint, StageTimes, TrackerRow } from '../../../src/core/types';
import { buildFor, tracker, type TrackerRecord } from '../_lib/grid';
import { assessed, day, trackerRow, type RowSpec } from '../_lib/records';

const calendar = createCalendar(BANK_HOLIDAYS_ENGLAND_WALES);

function judgeAsOf(asOf: string): StageJudge {
  return { asOf: day(asOf), limits: DEFAULT_LIMITS, calendar };
}

/** A complaint made of these rows (first row's reference); only its stage rows matter here. */
function complaintOf(rows: TrackerRow[]): AssessedComplaint {
  return { ...assessed({ reference: rows[0].reference }), stageRows: rows };
}

/** A stage row received in the period, with the complaint it belongs to. */
type ActivityRow = { row: TrackerRow; complaint: AssessedComplaint };

/** The activity item for the first row of `specs`, the others being the complaint's other rows. */
function itemOf(specs: RowSpec[]): ActivityRow {
  const rows = specs.map((spec, i) => trackerRow({ row: i + 2, ...spec }));
  return { row: rows[0], complaint: complaintOf(rows) };
}

/** The activity of these items, as a period's slice of the tracker holds it. */
function activityOf(items: ActivityRow[]): Activity {
  return { rows: items.map((item) => item.row), complaints: items.map((item) => item.complaint) };
}

const S1 = { received: '2021-09-01', stage: 1 } as const;
const S2 = { received: '2021-09-01', stage: 2 } as const;
const S3 = { received: '2021-09-01', stage: 3 } as const;

describe('rule 21: each council-stage row falls in one category, tested in the rule’s order', () => {
  it.each<[string, RowSpec[], string, StageRowStatus]>([
    // open: no response date, no outcome, no higher-stage row; judged as rule 13
    ['rule 21: open, as of its due date → open in time', [S1], '2021-09-15', 'openInTime'],
    ['rule 21: open, the day after its due date → open overdue', [S1], '2021-09-16', 'openOverdue'],
    [
      'rule 21: open with an extension, as of its extended due date → open in time',
      [{ ...S1, extension: true }],
      '2021-09-29',
      'openInTime',
    ],
    [
      'rule 21: open with an explicit due date passed → open overdue',
      [{ ...S1, due: '2021-09-08' }],
      '2021-09-09',
      'openOverdue',
    ],
    [
      'rule 21: open with only a lower-stage row beside it → still judged open',
      [S2, { ...S1, closed: '2021-09-10', outcome: 'notUpheld' }],
      '2021-10-07',
      'openOverdue',
    ],
    // unknown: otherwise without a response date
    [
      'rule 21: an outcome without a response date → unknown, not open',
      [{ ...S1, outcome: 'upheld' }],
      '2021-10-01',
      'unknown',
    ],
    [
      'rule 21: escalated to stage 2 without a response date → unknown, not overdue',
      [S1, { ...S2, received: '2021-09-20' }],
      '2021-10-01',
      'unknown',
    ],
    [
      'rule 21: escalated to the ombudsman without a response date → unknown',
      [S1, { received: '2021-09-20', stage: 'ombudsman' }],
      '2021-10-01',
      'unknown',
    ],
    // late: responded after its due date, even within the standard limit
    [
      'rule 21: an explicit due date earlier than the limit, responded within the limit → late',
      [{ ...S1, due: '2021-09-10', closed: '2021-09-13', outcome: 'upheld' }],
      '2021-10-01',
      'late',
    ],
    [
      'rule 21: responded the day after the standard limit, no extension → late',
      [{ ...S1, closed: '2021-09-16' }],
      '2021-10-01',
      'late',
    ],
    [
      'rule 21: responded the day after the extended limit → late',
      [{ ...S1, extension: true, closed: '2021-09-30' }],
      '2021-10-01',
      'late',
    ],
    [
      'rule 21: escalated and responded late → late (a response date decides)',
      [
        { ...S1, closed: '2021-09-17' },
        { ...S2, received: '2021-09-20' },
      ],
      '2021-10-01',
      'late',
    ],
    // within the limit: on or before the standard limit's last day, whatever the extension
    [
      'rule 21: responded on the standard limit’s last day → within the limit',
      [{ ...S1, closed: '2021-09-15' }],
      '2021-10-01',
      'withinLimit',
    ],
    [
      'rule 21: with an extension but responded within the standard limit → within the limit',
      [{ ...S1, extension: true, closed: '2021-09-15' }],
      '2021-10-01',
      'withinLimit',
    ],
    [
      'rule 21: a later explicit due date, responded within the standard limit → within the limit',
      [{ ...S1, due: '2021-09-30', closed: '2021-09-14' }],
      '2021-10-01',
      'withinLimit',
    ],
    [
      'rule 21: responded on the day received → within the limit',
      [{ ...S1, closed: '2021-09-01' }],
      '2021-10-01',
      'withinLimit',
    ],
    // within an agreed extension: after the standard limit, by a later due date
    [
      'rule 21: extension flag, responded the day after the standard limit → within an extension',
      [{ ...S1, extension: true, closed: '2021-09-16' }],
      '2021-10-01',
      'withinExtension',
    ],
    [
      'rule 21: extension flag, responded on the extended due date → within an extension',
      [{ ...S1, extension: true, closed: '2021-09-29' }],
      '2021-10-01',
      'withinExtension',
    ],
    [
      'rule 21: an explicit later due date, responded after the standard limit → within an extension',
      [{ ...S1, due: '2021-09-24', closed: '2021-09-24' }],
      '2021-10-01',
      'withinExtension',
    ],
    // stage 2: 25 working days (65 extended)
    [
      'rule 21: stage 2 responded on day 25 → within the limit',
      [{ ...S2, closed: '2021-10-06' }],
      '2021-12-31',
      'withinLimit',
    ],
    [
      'rule 21: stage 2 responded on day 26 → late',
      [{ ...S2, closed: '2021-10-07' }],
      '2021-12-31',
      'late',
    ],
    [
      'rule 21: stage 2 with an extension, responded on day 65 → within an extension',
      [{ ...S2, extension: true, closed: '2021-12-01' }],
      '2021-12-31',
      'withinExtension',
    ],
    [
      'rule 21: stage 2 with an extension, responded on day 66 → late',
      [{ ...S2, extension: true, closed: '2021-12-02' }],
      '2021-12-31',
      'late',
    ],
    // stage 3: 50 working days
    [
      'rule 21: stage 3 responded on day 50 → within the limit (the limit is 50, not 30)',
      [{ ...S3, closed: '2021-11-10' }],
      '2021-12-31',
      'withinLimit',
    ],
    [
      'rule 21: stage 3 responded on day 31 → within the limit',
      [{ ...S3, closed: '2021-10-14' }],
      '2021-12-31',
      'withinLimit',
    ],
    [
      'rule 21: stage 3 responded on day 51 → late',
      [{ ...S3, closed: '2021-11-11' }],
      '2021-12-31',
      'late',
    ],
    ['rule 21: stage 3 open on day 50 → open in time', [S3], '2021-11-10', 'openInTime'],
    ['rule 21: stage 3 open on day 51 → open overdue', [S3], '2021-11-11', 'openOverdue'],
  ])('%s', (_, specs, asOf, status) => {
    const { row, complaint } = itemOf(specs);
    expect(judgeStageRow(row, complaint, judgeAsOf(asOf))).toBe(status);
  });
});

describe('rule 21: mean working days, one decimal, halves up (the median: median.test.ts)', () => {
  it.each<[string, number[], number | null]>([
    ['none → null', [], null],
    ['one value', [7], 7],
    ['a whole mean', [4, 6, 8], 6],
    ['7.45 rounds up to 7.5 (149 ÷ 20)', [...Array(11).fill(7), ...Array(9).fill(8)], 7.5],
    [
      '1.15 rounds up to 1.2 (23 ÷ 20), where toFixed(1) gives 1.1',
      [...Array(17).fill(1), ...Array(3).fill(2)],
      1.2,
    ],
    ['7.4489… (365 ÷ 49) rounds down to 7.4', [...Array(27).fill(7), ...Array(22).fill(8)], 7.4],
    ['7.35 rounds up to 7.4 (147 ÷ 20)', [...Array(13).fill(7), ...Array(7).fill(8)], 7.4],
    ['7.3333… (22 ÷ 3) rounds down to 7.3', [7, 7, 8], 7.3],
    ['0.25 → 0.3 (1 ÷ 4)', [0, 0, 0, 1], 0.3],
  ])('rule 21: mean of %s', (_, values, mean) => {
    expect(meanToOneDecimal(values)).toBe(mean);
  });
});

function times(parts: Partial<StageTimes>): StageTimes {
  return {
    received: 0,
    withinLimit: 0,
    withinExtension: 0,
    late: 0,
    unknown: 0,
    openInTime: 0,
    openOverdue: 0,
    meanWorkingDays: null,
    medianWorkingDays: null,
    ...parts,
  };
}

describe('rule 21: a stage’s figures over its rows', () => {
  // Stage 1 rows received Wed 1 Sep 2021: responded Fri 3 Sep (2 working days), Fri 10 Sep (7),
  // Thu 16 Sep (11, late), Thu 16 Sep with an extension (11), an outcome but no date (no days),
  // open (no days). Days 2, 7, 11, 11: mean 31 ÷ 4 = 7.75 → 7.8; median (7 + 11) ÷ 2 = 9.
  // Stage 2: one row, responded Wed 6 Oct (25). Ombudsman: counted in activity only.
  const rows: ActivityRow[] = [
    itemOf([{ ...S1, reference: 'A', closed: '2021-09-03' }]),
    itemOf([{ ...S1, reference: 'B', closed: '2021-09-10' }]),
    itemOf([{ ...S1, reference: 'C', closed: '2021-09-16' }]),
    itemOf([{ ...S1, reference: 'D', closed: '2021-09-16', extension: true }]),
    itemOf([{ ...S1, reference: 'E', outcome: 'withdrawn' }]),
    itemOf([{ ...S1, reference: 'F' }]),
    itemOf([{ ...S2, reference: 'G', closed: '2021-10-06' }]),
    itemOf([{ received: '2021-09-01', stage: 'ombudsman', reference: 'H', closed: '2021-09-02' }]),
  ];

  it('rule 21: categories sum to the stage’s rows, days over rows with a response date only', () => {
    expect(summariseStageTimes(activityOf(rows), judgeAsOf('2021-09-20'))).toEqual({
      '1': times({
        received: 6,
        withinLimit: 2,
        withinExtension: 1,
        late: 1,
        unknown: 1,
        openOverdue: 1,
        meanWorkingDays: 7.8,
        medianWorkingDays: 9,
      }),
      '2': times({ received: 1, withinLimit: 1, meanWorkingDays: 25, medianWorkingDays: 25 }),
      '3': times({}),
    });
  });

  it('rule 21: no rows → zeros and null days for every stage', () => {
    expect(summariseStageTimes(activityOf([]), judgeAsOf('2021-09-20'))).toEqual({
      '1': times({}),
      '2': times({}),
      '3': times({}),
    });
  });
});

describe('rule 20: stage activity counts stage rows by their own received date', () => {
  // Period September 2021 to February 2022, as of 10 March 2022.
  const records: TrackerRecord[] = [
    // P1 first came in in August (before the period), escalated to stage 2 in September.
    {
      reference: 'P1',
      received: '16/08/2021',
      stage: '1',
      outcome: 'Not upheld',
      closed: '20/08/2021',
    },
    { reference: 'P1', received: '06/09/2021', stage: '2', childInCare: 'Y' },
    // P2: stage 1 in the period; its stage 2 row is received after the period ends.
    {
      reference: 'P2',
      received: '01/02/2022',
      stage: '1',
      outcome: 'Upheld',
      closed: '10/02/2022',
    },
    { reference: 'P2', received: '02/03/2022', stage: '2' },
    // P3: stage 1, 2, 3 and the ombudsman, all in the period.
    {
      reference: 'P3',
      received: '01/09/2021',
      stage: '1',
      outcome: 'Not upheld',
      closed: '03/09/2021',
    },
    {
      reference: 'P3',
      received: '01/10/2021',
      stage: '2',
      outcome: 'Not upheld',
      closed: '05/10/2021',
    },
    {
      reference: 'P3',
      received: '01/11/2021',
      stage: '3',
      outcome: 'Not upheld',
      closed: '05/11/2021',
    },
    { reference: 'P3', received: '01/12/2021', stage: 'Ombudsman' },
    // P4 an ombudsman row alone, received in the period.
    { reference: 'P4', received: '15/01/2022', stage: 'LGSCO', outcome: 'Not upheld' },
  ];

  it('rule 20: a stage 2 row in the period counts, though its complaint came in before it', () => {
    const { report } = buildFor(tracker(records));
    expect(report.all.complaints).toBe(3); // P2, P3, P4; P1 came in in August
    expect(report.all.stageActivity).toEqual({ '1': 2, '2': 2, '3': 1, ombudsman: 2 });
  });

  it('rule 20: ombudsman rows count in activity only: stage timescales cover stages 1–3', () => {
    const { report } = buildFor(tracker(records));
    const s = report.all.stageTimescales;
    expect([s['1'].received, s['2'].received, s['3'].received]).toEqual([2, 2, 1]);
    // P1's stage 2 row is open and was due 25 working days after 6 Sep: Mon 11 Oct; as of 10 Mar
    // it is overdue. P3's stage 2 row took 2 working days (Fri 1 → Tue 5 Oct).
    expect(s['2']).toEqual(
      times({
        received: 2,
        withinLimit: 1,
        openOverdue: 1,
        meanWorkingDays: 2,
        medianWorkingDays: 2,
      }),
    );
  });

  it('rule 20: a row is in the children-in-care cohort when its complaint is (by its highest row)', () => {
    const { report } = buildFor(tracker(records));
    // P1 is in care by its stage 2 row; its stage 1 row (August) is outside the period.
    expect(report.childrenInCare?.stageActivity).toEqual({ '1': 0, '2': 1, '3': 0, ombudsman: 0 });
    expect(report.childrenInCare?.complaints).toBe(0);
  });

  it('rule 20: errors and duplicates are not activity', () => {
    const { report } = buildFor(
      tracker([
        { reference: 'D1', received: '01/10/2021', stage: '1' },
        { reference: 'D1', received: '02/10/2021', stage: '1' },
        { reference: '', received: '03/10/2021', stage: '2' },
        { reference: 'D2', received: 'TBC', stage: '2' },
      ]),
    );
    expect(report.all.stageActivity).toEqual({ '1': 1, '2': 0, '3': 0, ombudsman: 0 });
  });
});
