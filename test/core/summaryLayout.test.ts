import { FIELDS } from '../../src/core/fields';
import {
  layoutSummary,
  SUMMARY_SHEET_NAME,
  type SummaryLayout,
} from '../../src/core/summaryLayout';
import type { Field, Report } from '../../src/core/types';
import { day } from './_lib/records';
import { buildFor, tracker, type TrackerRecord } from './_lib/grid';

/**
 * The period is September 2021 to February 2022, as of 10 March 2022. Every expected figure
 * below was worked out by hand from these rows (working days skip weekends; no bank holidays
 * fall in the responses' spans).
 */
const PERIOD_ROWS: TrackerRecord[] = [
  // Stage 1, 1 Sep (Wed) to 10 Sep: 7 working days, inside the 10-day limit (15 Sep).
  {
    reference: 'A1',
    received: '01/09/2021',
    childInCare: 'Y',
    team: 'Fostering',
    theme: 'Delay',
    outcome: 'Upheld',
    closed: '10/09/2021',
    complainant: 'Parent',
  },
  // Stage 2 only, still open on 10 March 2022: overdue.
  {
    reference: 'A2',
    received: '02/09/2021',
    stage: 2,
    team: 'Adoption',
    theme: 'delay; Communication',
    complainant: 'YP',
  },
  // Stage 1, 3 Sep (Fri) to 30 Sep: 19 working days, late (due 17 Sep).
  {
    reference: 'A3',
    received: '03/09/2021',
    childInCare: 'Y',
    outcome: 'Not upheld',
    closed: '30/09/2021',
  },
  { received: '04/09/2021' },
];

/** The previous period (March to August 2021) and the year earlier (September 2020 to February 2021). */
const EARLIER_ROWS: TrackerRecord[] = [
  // 10 Sep 2020 (Thu) to 24 Sep: the 10th working day, within the limit.
  {
    reference: 'Y1',
    received: '10/09/2020',
    team: 'Adoption',
    outcome: 'Not upheld',
    closed: '24/09/2020',
    complainant: 'Parent',
  },
  // 5 Oct 2020 (Mon) to 30 Oct: late (due 19 Oct).
  {
    reference: 'Y2',
    received: '05/10/2020',
    team: 'Fostering',
    theme: 'Communication',
    outcome: 'Upheld',
    closed: '30/10/2020',
    complainant: 'YP',
  },
  // 15 Mar 2021 (Mon) to 19 Mar: 4 working days, within the limit.
  {
    reference: 'P1',
    received: '15/03/2021',
    team: 'Fostering',
    theme: 'Delay',
    outcome: 'Upheld',
    closed: '19/03/2021',
    complainant: 'Parent',
  },
];

function reportWithout(missing: Field[] = [], records = PERIOD_ROWS): Report {
  const fields = FIELDS.filter((f) => !missing.includes(f));
  return buildFor(tracker(records, { fields })).report;
}

function table(layout: SummaryLayout, id: string) {
  const found = layout.tables.find((t) => t.id === id);
  if (!found) throw new Error(`no table ${id}`);
  return found;
}

describe('layoutSummary, with both comparisons covered', () => {
  const report = reportWithout([], [...EARLIER_ROWS, ...PERIOD_ROWS]);
  const layout = layoutSummary(report, '10 March 2022 at 09:15');

  it('names the sheet, the source, the period, the compared periods and when it was built', () => {
    expect(layout.sheetName).toBe(SUMMARY_SHEET_NAME);
    expect(layout.notes).toEqual([
      "Source: tracker.xlsx, sheet 'Tracker', header on row 1.",
      'Period: complaints received 1 September 2021 to 28 February 2022, as of 10 March 2022.',
      'Previous period: 1 March 2021 to 31 August 2021.',
      'Year earlier: 1 September 2020 to 28 February 2021.',
      'Built 10 March 2022 at 09:15.',
    ]);
  });

  it('lays the tables out in order', () => {
    expect(layout.tables.map((t) => t.id)).toEqual([
      'totals',
      'outcomes',
      'stages',
      'timescales',
      'complainants',
      'teams',
      'themes',
      'escalations',
      'stageTimescales',
      'monthly',
      'overdue',
      'issues',
    ]);
  });

  it('totals: this period, children in care, the previous period and the year earlier', () => {
    expect(table(layout, 'totals').header).toEqual([
      'Measure',
      'All complaints',
      'Children in care',
      'Previous period',
      'Year earlier',
    ]);
    expect(table(layout, 'totals').rows).toEqual([['Complaints', 3, 2, 1, 2]]);
  });

  it('puts a percentage beside each of this period’s counts', () => {
    expect(table(layout, 'outcomes').header).toEqual([
      'Outcome',
      'All complaints',
      '%',
      'Children in care',
      '%',
      'Previous period',
      'Year earlier',
    ]);
    expect(table(layout, 'outcomes').rows).toEqual([
      ['Upheld', 1, '33%', 1, '50%', 1, 1],
      ['Partially upheld', 0, '0%', 0, '0%', 0, 0],
      ['Not upheld', 1, '33%', 1, '50%', 0, 1],
      ['Withdrawn', 0, '0%', 0, '0%', 0, 0],
      ['Resolved informally', 0, '0%', 0, '0%', 0, 0],
      ['Other outcome', 0, '0%', 0, '0%', 0, 0],
      ['Being investigated', 1, '33%', 0, '0%', 0, 0],
    ]);
    expect(table(layout, 'complainants').rows).toEqual([
      ['Child or young person', 1, '33%', 0, '0%', 0, 1],
      ['Parent or guardian', 1, '33%', 1, '50%', 1, 1],
      ['Advocate', 0, '0%', 0, '0%', 0, 0],
      ['Foster carer', 0, '0%', 0, '0%', 0, 0],
      ['Other', 0, '0%', 0, '0%', 0, 0],
      ['Not recorded', 1, '33%', 1, '50%', 0, 0],
    ]);
    expect(table(layout, 'themes').rows).toEqual([
      ['Delay', 2, '67%', 1, '50%', 1, 0],
      ['Communication', 1, '33%', 0, '0%', 0, 1],
    ]);
  });

  it('rule 21: the stage table, with the share within timescale in each compared period', () => {
    const stages = table(layout, 'stageTimescales');
    expect(stages.header).toEqual([
      'Stage',
      'Received',
      'Within limit',
      '%',
      'Within extension',
      '%',
      'Late',
      '%',
      'Open',
      'Average working days',
      'Within timescale',
      'Previous period',
      'Year earlier',
    ]);
    // Stage 3 received nothing in any period, so it has no row.
    expect(stages.rows).toEqual([
      ['Stage 1', 2, 1, '50%', 0, '0%', 1, '50%', 0, 13, '50%', '100%', '50%'],
      ['Stage 2', 1, 0, '–', 0, '–', 0, '–', 1, '–', '–', '–', '–'],
    ]);
  });

  it('rule 23: every team, with how many were upheld', () => {
    expect(table(layout, 'teams').header).toEqual([
      'Team',
      'Complaints',
      '%',
      'Upheld',
      '% upheld',
      'Previous period',
      'Year earlier',
    ]);
    expect(table(layout, 'teams').rows).toEqual([
      ['Adoption', 1, '33%', 0, '0%', 0, 1],
      ['Fostering', 1, '33%', 1, '100%', 1, 1],
      ['Not recorded', 1, '33%', 0, '0%', 0, 0],
    ]);
  });

  it('rule 22: escalations, stage 2 as a share of stage 1', () => {
    expect(table(layout, 'escalations').rows).toEqual([
      ['Considered at stage 1', 2, '67%', 2, '100%', 1, 2],
      ['Of those, went on to stage 2', 0, '0%', 0, '0%', 0, 0],
      ['Reached stage 3', 0, '0%', 0, '0%', 0, 0],
      ['Went to the Ombudsman (LGSCO)', 0, '0%', 0, '0%', 0, 0],
    ]);
  });

  it('rule 24: the monthly series, charted as columns', () => {
    const monthly = table(layout, 'monthly');
    expect(monthly.chart).toBe('column');
    expect(monthly.header).toEqual([
      'Month',
      'Received',
      'Closed on time',
      'Closed late',
      'Closed, no response date',
      'Open, in time',
      'Open, overdue',
    ]);
    expect(monthly.rows).toEqual([
      ['September 2021', 3, 1, 1, 0, 0, 1],
      ['October 2021', 0, 0, 0, 0, 0, 0],
      ['November 2021', 0, 0, 0, 0, 0, 0],
      ['December 2021', 0, 0, 0, 0, 0, 0],
      ['January 2022', 0, 0, 0, 0, 0, 0],
      ['February 2022', 0, 0, 0, 0, 0, 0],
    ]);
  });

  it('lists overdue references, and issues with their sheet and the field in words', () => {
    expect(table(layout, 'overdue').rows).toEqual([['A2']]);
    expect(table(layout, 'issues').header).toEqual([
      'Sheet',
      'Row',
      'Severity',
      'Field',
      'Message',
    ]);
    expect(table(layout, 'issues').rows).toEqual([
      ['Tracker', 8, 'Error', 'Reference', expect.stringContaining('Row 8 has no reference')],
    ]);
  });

  it('describes a print setup with the period and the build in the footer', () => {
    expect(layout.print).toEqual({
      paper: 'A4',
      orientation: 'landscape',
      fitToWidth: true,
      repeatRows: 1,
      footer:
        'Complaints received 1 September 2021 to 28 February 2022, as of 10 March 2022. Built 10 March 2022 at 09:15.',
    });
  });

  it('is the same layout when built again (rebuilding is idempotent)', () => {
    expect(layoutSummary(report, '10 March 2022 at 09:15')).toEqual(layout);
  });
});

describe('layoutSummary, without comparisons', () => {
  const report = reportWithout();
  const layout = layoutSummary(report, 'now');

  it('rule 25: says why a period is not compared, and adds no column for it', () => {
    expect(layout.notes.slice(2, 4)).toEqual([
      'Previous period (1 March 2021 to 31 August 2021) not compared: the tracker does not cover it.',
      'Year earlier (1 September 2020 to 28 February 2021) not compared: the tracker does not cover it.',
    ]);
    expect(table(layout, 'totals').header).toEqual([
      'Measure',
      'All complaints',
      'Children in care',
    ]);
    expect(table(layout, 'stageTimescales').header).not.toContain('Year earlier');
  });

  it('rule 17: each breakdown table’s counts sum to the complaints total', () => {
    for (const id of ['outcomes', 'stages', 'timescales', 'complainants', 'teams']) {
      const sum = table(layout, id).rows.reduce((total, r) => total + Number(r[1]), 0);
      expect([id, sum]).toEqual([id, 3]);
    }
  });

  it('says so when nothing is overdue and nothing is wrong', () => {
    const clean = layoutSummary(reportWithout([], [PERIOD_ROWS[0]]), 'now');
    expect(table(clean, 'overdue').rows).toEqual([['None']]);
    expect(table(clean, 'issues').rows).toEqual([['', '', '', '', 'No issues found']]);
  });

  it('shows a 12-month period against the year earlier once, not twice', () => {
    const year = buildFor(tracker([...EARLIER_ROWS, ...PERIOD_ROWS]), {
      from: day('2021-09-01'),
      to: day('2022-08-31'),
    }).report;
    const yearly = layoutSummary(year, 'now');
    expect(table(yearly, 'totals').header).toEqual([
      'Measure',
      'All complaints',
      'Children in care',
      'Year earlier',
    ]);
    expect(yearly.notes).toContain('Year earlier: 1 September 2020 to 31 August 2021.');
    expect(yearly.notes.join(' ')).not.toContain('Previous period');
  });

  it.each<[Field, string[]]>([
    ['outcome', ['outcomes']],
    ['complainant', ['complainants']],
    ['theme', ['themes']],
    ['team', ['teams']],
  ])('rule 2: no %s column → no %s table', (field, gone) => {
    const ids = layoutSummary(reportWithout([field]), 'now').tables.map((t) => t.id);
    for (const id of gone) expect(ids).not.toContain(id);
    expect(ids).toEqual(
      expect.arrayContaining(['totals', 'stages', 'timescales', 'overdue', 'issues']),
    );
  });

  it('rule 2: no outcome column → teams without an upheld column', () => {
    const layoutNoOutcome = layoutSummary(reportWithout(['outcome']), 'now');
    expect(table(layoutNoOutcome, 'teams').header).toEqual(['Team', 'Complaints', '%']);
  });

  it('rule 2: no child-in-care column → one figures column and its percentage', () => {
    const layoutNoCic = layoutSummary(reportWithout(['childInCare']), 'now');
    expect(table(layoutNoCic, 'totals').header).toEqual(['Measure', 'All complaints']);
    expect(table(layoutNoCic, 'stages').rows.every((r) => r.length === 3)).toBe(true);
  });
});
