/** Rule 24 (docs/design.md): the period's complaints month by month, by timescale status. */
import { countMonthly, monthsOf } from '../../../src/core/figures/monthly';
import type { MonthCount, TimescaleStatus } from '../../../src/core/types';
import { buildFor, tracker } from '../_lib/grid';
import { assessed, day } from '../_lib/records';

function month(key: string, counts: Partial<Record<TimescaleStatus, number>> = {}): MonthCount {
  const all = {
    closedOnTime: 0,
    closedLate: 0,
    closedUnknown: 0,
    openInTime: 0,
    openOverdue: 0,
    ...counts,
  };
  return { month: key, received: Object.values(all).reduce((a, b) => a + b, 0), ...all };
}

describe('rule 24: every calendar month the period touches', () => {
  it.each<[string, string, string, string[]]>([
    ['one whole month', '2021-09-01', '2021-09-30', ['2021-09']],
    ['one day', '2021-09-15', '2021-09-15', ['2021-09']],
    ['part months at both ends', '2021-09-15', '2021-11-10', ['2021-09', '2021-10', '2021-11']],
    [
      'across the year end',
      '2021-11-30',
      '2022-02-01',
      ['2021-11', '2021-12', '2022-01', '2022-02'],
    ],
    [
      'a financial year',
      '2022-04-01',
      '2023-03-31',
      ['2022-04', '2022-05', '2022-06', '2022-07', '2022-08', '2022-09'].concat([
        '2022-10',
        '2022-11',
        '2022-12',
        '2023-01',
        '2023-02',
        '2023-03',
      ]),
    ],
    [
      'the last day of one month to the first of the next',
      '2021-12-31',
      '2022-01-01',
      ['2021-12', '2022-01'],
    ],
  ])('rule 24: %s', (_, from, to, months) => {
    expect(monthsOf(day(from), day(to))).toEqual(months);
  });
});

describe('rule 24: complaints by the month first received', () => {
  it('rule 24: each month by status, months without complaints listed with zeros', () => {
    const complaints = [
      assessed({ reference: 'A', received: '2021-09-01', status: 'closedOnTime' }),
      assessed({ reference: 'B', received: '2021-09-30', status: 'closedLate' }),
      assessed({ reference: 'C', received: '2021-11-01', status: 'openOverdue' }),
      assessed({ reference: 'D', received: '2021-11-30', status: 'openInTime' }),
      assessed({ reference: 'E', received: '2021-11-15', status: 'closedUnknown' }),
    ];
    expect(countMonthly(complaints, day('2021-09-01'), day('2021-11-30'))).toEqual([
      month('2021-09', { closedOnTime: 1, closedLate: 1 }),
      month('2021-10'),
      month('2021-11', { openOverdue: 1, openInTime: 1, closedUnknown: 1 }),
    ]);
  });

  it('rule 24: no complaints → every month, all zeros', () => {
    expect(countMonthly([], day('2024-01-15'), day('2024-02-29'))).toEqual([
      month('2024-01'),
      month('2024-02'),
    ]);
  });

  it('rule 24: an escalated complaint counts once, in the month it first came in', () => {
    // Y1: stage 1 on 28 Sep 2021 answered on time, stage 2 on 4 Oct still open (due 8 Nov).
    const { report } = buildFor(
      tracker([
        {
          reference: 'Y1',
          received: '28/09/2021',
          stage: '1',
          outcome: 'Not upheld',
          closed: '30/09/2021',
        },
        { reference: 'Y1', received: '04/10/2021', stage: '2' },
      ]),
      { from: day('2021-09-01'), to: day('2021-10-31'), asOf: day('2021-10-31') },
    );
    expect(report.all.monthly).toEqual([month('2021-09', { openInTime: 1 }), month('2021-10')]);
  });
});
