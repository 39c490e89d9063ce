import { createCalendar } from '../../src/core/calendar';
import { foldComplaints } from '../../src/core/complaints';
import { DEFAULT_LIMITS } from '../../src/core/settings';
import { assessComplaint, dueDateOf, isClosed, limitFor } from '../../src/core/timescales';
import type { Limits, Stage, TimescaleStatus } from '../../src/core/types';
import { day, trackerRow, type RowSpec } from './_lib/records';

const calendar = createCalendar();
const POLICY: Limits = {
  stage1: 5,
  stage1Extended: 15,
  stage2: 10,
  stage2Extended: 20,
  stage3: 20,
};

/** Fold rows into their one complaint and judge it as of `asOf`. */
function judge(specs: RowSpec[], asOf: string, limits: Limits = DEFAULT_LIMITS) {
  const rows = specs.map((spec, i) => trackerRow({ row: i + 2, ...spec }));
  const [complaint] = foldComplaints(rows).complaints;
  return assessComplaint(complaint, day(asOf), limits, calendar);
}

describe('rule 11: the stage limits in working days', () => {
  it.each<[Stage, boolean, number]>([
    [1, false, 10],
    [1, true, 20],
    [2, false, 25],
    [2, true, 65],
    [3, false, 50],
    [3, true, 50],
  ])('rule 11: stage %s, extension %s → %i working days', (stage, extension, limit) => {
    expect(limitFor(trackerRow({ stage, extension }), DEFAULT_LIMITS)).toBe(limit);
  });

  it.each<[Stage, boolean, number]>([
    [1, false, 5],
    [1, true, 15],
    [2, false, 10],
    [2, true, 20],
    [3, false, 20],
  ])('rule 11: limits are settings: stage %s, extension %s → %i', (stage, extension, limit) => {
    expect(limitFor(trackerRow({ stage, extension }), POLICY)).toBe(limit);
  });
});

describe('rule 11: the due date', () => {
  it.each<[string, RowSpec, Limits, string]>([
    ['rule 11: stage 1: 10 working days', { stage: 1 }, DEFAULT_LIMITS, '2021-09-15'],
    ['rule 11: stage 1 extended: 20', { stage: 1, extension: true }, DEFAULT_LIMITS, '2021-09-29'],
    ['rule 11: stage 2: 25', { stage: 2 }, DEFAULT_LIMITS, '2021-10-06'],
    ['rule 11: stage 2 extended: 65', { stage: 2, extension: true }, DEFAULT_LIMITS, '2021-12-01'],
    // 30 working days to convene the panel, 5 for its report, 15 for the council's response.
    ['rule 11: stage 3: 50', { stage: 3 }, DEFAULT_LIMITS, '2021-11-10'],
    [
      'rule 11: stage 3 extended: still 50',
      { stage: 3, extension: true },
      DEFAULT_LIMITS,
      '2021-11-10',
    ],
    ['rule 11: a council policy of 5 at stage 1', { stage: 1 }, POLICY, '2021-09-08'],
    [
      'rule 11: a council policy of 20 at stage 2 extended',
      { stage: 2, extension: true },
      POLICY,
      '2021-09-29',
    ],
    [
      'rule 11: the day of receipt not counted (Friday)',
      { received: '2021-09-03' },
      DEFAULT_LIMITS,
      '2021-09-17',
    ],
    ['rule 11: received on a Saturday', { received: '2021-09-04' }, DEFAULT_LIMITS, '2021-09-17'],
    ['rule 12: across the 2022 Jubilee', { received: '2022-05-27' }, DEFAULT_LIMITS, '2022-06-14'],
    ['rule 12: across Christmas 2021', { received: '2021-12-20' }, DEFAULT_LIMITS, '2022-01-06'],
    [
      'rule 11: an explicit due date wins (later)',
      { due: '2021-12-24' },
      DEFAULT_LIMITS,
      '2021-12-24',
    ],
    [
      'rule 11: an explicit due date wins (earlier)',
      { due: '2021-09-02', stage: 2 },
      DEFAULT_LIMITS,
      '2021-09-02',
    ],
  ])('%s', (_, spec, limits, due) => {
    expect(dueDateOf(trackerRow(spec), limits, calendar)).toBe(day(due));
  });
});

describe('rule 10: open or closed', () => {
  it.each<[string, RowSpec, boolean]>([
    ['response date and outcome → closed', { closed: '2021-09-10', outcome: 'upheld' }, true],
    ['response date only → closed', { closed: '2021-09-10' }, true],
    ['outcome only → closed', { outcome: 'withdrawn' }, true],
    ['an unrecognised outcome → closed', { outcome: 'other' }, true],
    ['neither → open', {}, false],
  ])('rule 10: %s', (_, spec, closed) => {
    expect(isClosed(trackerRow(spec))).toBe(closed);
    expect(judge([spec], '2021-09-02').open).toBe(!closed);
  });
});

describe('rule 13: timescales', () => {
  // Stage 1 received 1 September 2021 is due 15 September 2021.
  it.each<[string, RowSpec, string, TimescaleStatus]>([
    [
      'answered before the due date → closed on time',
      { closed: '2021-09-14', outcome: 'upheld' },
      '2022-01-01',
      'closedOnTime',
    ],
    [
      'answered on the due date → closed on time',
      { closed: '2021-09-15', outcome: 'upheld' },
      '2022-01-01',
      'closedOnTime',
    ],
    [
      'answered the day after → closed late',
      { closed: '2021-09-16', outcome: 'upheld' },
      '2022-01-01',
      'closedLate',
    ],
    [
      'response date, no outcome → closed late',
      { closed: '2021-10-01' },
      '2022-01-01',
      'closedLate',
    ],
    [
      'outcome with no response date → closed, unknown',
      { outcome: 'notUpheld' },
      '2022-01-01',
      'closedUnknown',
    ],
    ['open, as of before the due date → in time', {}, '2021-09-14', 'openInTime'],
    ['open, as of the due date → in time', {}, '2021-09-15', 'openInTime'],
    ['open, as of the day after → overdue', {}, '2021-09-16', 'openOverdue'],
    [
      'open, explicit due date passed → overdue',
      { due: '2021-09-06' },
      '2021-09-07',
      'openOverdue',
    ],
    ['open, on an explicit due date → in time', { due: '2021-12-24' }, '2021-12-24', 'openInTime'],
    [
      'answered on an explicit due date → closed on time',
      { due: '2021-12-24', closed: '2021-12-24' },
      '2022-01-01',
      'closedOnTime',
    ],
    [
      'answered a day after an extension of 20 days → closed late',
      { extension: true, closed: '2021-09-30' },
      '2022-01-01',
      'closedLate',
    ],
    [
      'answered on the last of 20 extended days → closed on time',
      { extension: true, closed: '2021-09-29' },
      '2022-01-01',
      'closedOnTime',
    ],
  ])('rule 13: %s', (_, spec, asOf, status) => {
    expect(judge([spec], asOf).status).toBe(status);
  });

  it('rule 13: the due date is reported with the judgement', () => {
    expect(judge([{}], '2021-09-16').due).toBe(day('2021-09-15'));
  });

  it('rule 11: limits are settings: a 5-day policy makes the same complaint overdue sooner', () => {
    expect(judge([{}], '2021-09-09', DEFAULT_LIMITS).status).toBe('openInTime');
    expect(judge([{}], '2021-09-09', POLICY).status).toBe('openOverdue');
  });
});

describe('rule 11: the ombudsman stage has no council timescale', () => {
  it('rule 11: judged on its highest council-stage row', () => {
    const result = judge(
      [
        { stage: 1, received: '2021-09-01', closed: '2021-09-10', outcome: 'notUpheld' },
        { stage: 2, received: '2021-09-20', closed: '2021-10-26', outcome: 'notUpheld' },
        { stage: 'ombudsman', received: '2021-11-15', outcome: 'upheld', closed: '2022-03-01' },
      ],
      '2022-04-01',
    );
    // Stage 2 received 20 September 2021 is due 25 working days later, 25 October 2021.
    expect(result.due).toBe(day('2021-10-25'));
    expect(result.status).toBe('closedLate');
    expect(result.stage).toBe('ombudsman');
  });

  it('rule 11: with no council-stage row it counts as closed with unknown timescale', () => {
    const result = judge([{ stage: 'ombudsman', received: '2021-09-01' }], '2022-04-01');
    expect(result.due).toBeNull();
    expect(result.status).toBe('closedUnknown');
  });
});
