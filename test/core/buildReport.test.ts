import { buildReport, type BuildOptions } from '../../src/core/buildReport';
import { BANK_HOLIDAYS_ENGLAND_WALES } from '../../src/core/bankHolidays';
import { FIELDS } from '../../src/core/fields';
import { findDiscrepancies } from '../../src/core/reconcile';
import type {
  Breakdown,
  CellValue,
  Field,
  Limits,
  OutcomeCounts,
  RawSheet,
  Report,
  Complainant,
  StageCounts,
  TimescaleStatus,
} from '../../src/core/types';
import {
  BUILD_OPTIONS,
  buildFor,
  grid,
  sheetRowOf,
  tracker,
  TRACKER_HEADERS,
  type TrackerRecord,
} from './_lib/grid';
import { day } from './_lib/records';
import { findShapeProblems, REPORT_SHAPE } from './_lib/reportShape';

/** The report for tracker rows described by field. */
function report(records: (TrackerRecord | null)[], options: Partial<BuildOptions> = {}): Report {
  return buildFor(tracker(records), options).report;
}

/** The one key of a count object that is 1, every other being 0; throws otherwise. */
function onlyBucket(counts: Record<string, number>): string {
  const hit = Object.entries(counts).filter(([, n]) => n !== 0);
  if (hit.length !== 1 || hit[0][1] !== 1)
    throw new Error(`not one bucket: ${JSON.stringify(counts)}`);
  return hit[0][0];
}

const A1: TrackerRecord = { reference: 'A1', received: '01/09/2021' };

describe('rule 1: no header, no report', () => {
  it('rule 1: a sheet whose header is below row 20 gives no report, and says why', () => {
    const result = buildReport(
      grid(['Ref', 'Date received', 'Stage'], [['A1', '01/09/2021', '1']], { titleRows: 20 }),
      BUILD_OPTIONS,
    );
    expect(result).toEqual(expect.objectContaining({ ok: false, problem: 'no-header' }));
  });

  it.each<[Field, CellValue[]]>([
    ['reference', ['Notes', 'Date received', 'Stage', 'Outcome']],
    ['received', ['Ref', 'Stage', 'Outcome', 'Team']],
  ])('rule 2: no %s column → no report, and the column named', (field, header) => {
    const result = buildReport(grid(header, []), BUILD_OPTIONS);
    expect(result).toEqual(expect.objectContaining({ ok: false, problem: 'missing-column' }));
    expect(!result.ok && result.message).toContain(
      field === 'reference' ? 'reference' : 'date received',
    );
  });

  it('rule 1: overrides are applied when building', () => {
    const sheet = grid(['Ref', 'Logged on', 'Stage', 'Outcome'], [['A1', '01/09/2021', '1', '']]);
    const result = buildFor(sheet, { overrides: { received: 'Logged on' } });
    expect(result.report.source.sheets[0].columns.received).toBe('Logged on');
    expect(result.report.all.complaints).toBe(1);
  });
});

describe('rule 4: dates through the pipeline', () => {
  it.each<[string, CellValue, boolean]>([
    ['an Excel serial', 44440, false],
    ['a 1904-system serial', 42978, true],
    ['a Date from a spreadsheet library', new Date(Date.UTC(2021, 8, 1)), false],
    ['dd/mm/yyyy', '01/09/2021', false],
    ['d/m/yy', '1/9/21', false],
    ['yyyy-mm-dd', '2021-09-01', false],
    ['3 Sep 2021 style', '1 Sep 2021', false],
    ['03-Sep-21 style', '01-Sep-21', false],
  ])('rule 4: received as %s reads 1 September 2021', (_, received, date1904) => {
    const result = buildFor(tracker([{ reference: 'A1', received }], { date1904 }));
    expect(result.complaints.map((c) => c.received)).toEqual([day('2021-09-01')]);
  });

  it('rule 4: text dates are day-first: 09/01/2021 is 9 January, outside the period', () => {
    const r = report([{ reference: 'A1', received: '09/01/2021' }]);
    expect([r.rows.counted, r.all.complaints]).toEqual([1, 0]);
  });

  it.each(['31/06/2021', '09/13/2021', 'TBC'])(
    'rule 4: received "%s" is an error, never a guess',
    (received) => {
      const r = report([{ reference: 'A1', received }]);
      expect(r.rows.excluded).toBe(1);
      expect(r.issues.filter((i) => i.severity === 'error').map((i) => i.code)).toEqual([
        'invalid-received',
      ]);
    },
  );
});

describe('rules 3 and 5: rows set aside, excluded, warned', () => {
  const options = { titleRows: 2 };
  const sheet = tracker(
    [
      A1,
      null,
      { reference: 'A2', received: '02/09/2021', outcome: 'Resolution', closed: '03/09/2021' },
      { received: '03/09/2021', outcome: 'Upheld', closed: '04/09/2021' },
      { reference: 'A4', received: 'TBC', outcome: 'Upheld' },
      { reference: 'A1', received: '05/09/2021' },
      null,
      { reference: 'Total', team: 6 },
      { reference: 'Totals', received: '06/09/2021' },
    ],
    options,
  );
  const { report: r } = buildFor(sheet);

  it('rules 3, 5: every row below the header is counted once: read = the sum of the rest', () => {
    expect(r.rows).toEqual({
      read: 9,
      blank: 2,
      summary: 2,
      excluded: 2,
      duplicate: 1,
      counted: 2,
    });
    const { read, ...rest } = r.rows;
    expect(Object.values(rest).reduce((a, b) => a + b, 0)).toBe(read);
  });

  it('rules 3, 5: a host that omits empty rows (an .xlsx file) gives the same counts as Excel', () => {
    const keep = sheet.values.map((cells) => cells.some((c) => c !== null && c !== ''));
    const sparse: RawSheet = {
      ...sheet,
      values: sheet.values.filter((_, i) => keep[i]),
      rowNumbers: sheet.rowNumbers.filter((_, i) => keep[i]),
    };
    const fromSparse = buildFor(sparse).report;
    expect(fromSparse.rows).toEqual(r.rows);
    expect(fromSparse.issues).toEqual(r.issues);
    expect(fromSparse.all).toEqual(r.all);
  });

  it('rule 5: error rows are excluded from every figure and listed with the sheet row number', () => {
    const errors = r.issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => [i.row, i.code])).toEqual([
      [sheetRowOf(3, options), 'missing-reference'],
      [sheetRowOf(4, options), 'invalid-received'],
    ]);
    expect(r.all.outcomes?.upheld).toBe(0);
  });

  it('rule 5: a row with a warning still counts', () => {
    expect(r.issues).toContainEqual(
      expect.objectContaining({
        row: sheetRowOf(2, options),
        code: 'unknown-outcome',
        severity: 'warning',
      }),
    );
    expect(r.all.outcomes?.other).toBe(1);
  });

  it('rule 3: a Total row, with or without a date, is a summary row with an info note', () => {
    for (const index of [7, 8]) {
      expect(r.issues).toContainEqual(
        expect.objectContaining({
          row: sheetRowOf(index, options),
          code: 'summary-row',
          severity: 'info',
        }),
      );
    }
    expect(r.all.complaints).toBe(2);
  });

  it('rule 6: the later duplicate is a warning on its own row', () => {
    expect(r.issues).toContainEqual(
      expect.objectContaining({
        row: sheetRowOf(5, options),
        code: 'duplicate',
        severity: 'warning',
      }),
    );
  });

  it('issues are in sheet order and blank rows raise none', () => {
    const rows = r.issues.map((i) => i.row);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(rows).not.toContain(sheetRowOf(1, options));
    expect(rows).not.toContain(sheetRowOf(6, options));
  });
});

describe('rule 6: complaints, not rows', () => {
  it("rule 6: an escalation counts once, at its highest stage, with that row's fields", () => {
    const result = buildFor(
      tracker([
        {
          ...A1,
          stage: '1',
          outcome: 'Not upheld',
          closed: '10/09/2021',
          team: 'Fostering',
          childInCare: 'N',
          complainant: 'Parent',
        },
        { reference: 'B1', received: '02/09/2021' },
        {
          ...A1,
          received: '20/09/2021',
          stage: 'Stage 2',
          outcome: 'Upheld',
          closed: '20/10/2021',
          team: 'Adoption',
          childInCare: 'Y',
          complainant: 'Advocate',
        },
      ]),
    );
    const { report: r } = result;
    expect(r.all.complaints).toBe(2);
    expect(r.all.stages).toEqual({ '1': 1, '2': 1, '3': 0, ombudsman: 0 });
    expect(r.all.upheld).toEqual({
      complaints: 1,
      byTeam: { Adoption: 1 },
      byComplainant: { advocate: 1 },
      byStage: { '2': 1 },
    });
    expect(r.childrenInCare?.complaints).toBe(1);
    expect(result.complaints[0].received).toBe(day('2021-09-01'));
    expect(result.complaints[0].stageRows.map((row) => row.row)).toEqual([2, 4]);
  });

  it.each<[string, string, number]>([
    ['No', 'Yes', 1],
    ['Y', 'N', 0],
  ])(
    'rule 6: children in care follows the top-stage row (stage 1 %s, ombudsman %s → %i)',
    (stage1, ombudsman, inCare) => {
      const r = report([
        { ...A1, stage: 1, childInCare: stage1, outcome: 'Not upheld', closed: '10/09/2021' },
        { ...A1, stage: 'LGSCO', childInCare: ombudsman, received: '01/11/2021' },
      ]);
      expect(r.childrenInCare?.complaints).toBe(inCare);
      expect(r.childrenInCare?.stages.ombudsman).toBe(inCare);
    },
  );

  it('rule 6: a duplicate keeps the first row and its figures', () => {
    const r = report([
      { ...A1, outcome: 'Upheld', closed: '10/09/2021' },
      { ...A1, outcome: 'Not upheld', closed: '10/09/2021' },
    ]);
    expect(r.all.complaints).toBe(1);
    expect(r.all.outcomes?.upheld).toBe(1);
    expect(r.all.outcomes?.notUpheld).toBe(0);
    expect(r.rows.duplicate).toBe(1);
  });
});

describe('rule 7: period membership, inclusive, by the earliest received date', () => {
  it.each<[string, boolean]>([
    ['31/08/2021', false],
    ['01/09/2021', true],
    ['15/11/2021', true],
    ['28/02/2022', true],
    ['01/03/2022', false],
  ])('rule 7: received %s → in the period: %s', (received, inside) => {
    expect(report([{ reference: 'A1', received }]).all.complaints).toBe(inside ? 1 : 0);
  });

  it('rule 7: an escalation whose stage-1 row is before the period is outside it', () => {
    const r = report([
      { reference: 'A1', received: '25/08/2021', stage: 1 },
      { reference: 'A1', received: '06/09/2021', stage: 2 },
    ]);
    expect(r.all.complaints).toBe(0);
  });

  it('rule 7: an escalation received in the period counts, at its later stage, even past the end', () => {
    const r = report([
      { reference: 'A1', received: '28/02/2022', stage: 1 },
      { reference: 'A1', received: '05/03/2022', stage: 2 },
    ]);
    expect(r.all.stages).toEqual({ '1': 0, '2': 1, '3': 0, ombudsman: 0 });
  });
});

describe('rules 8, 9, 14, 15: cell labels through the whole pipeline', () => {
  it.each<[CellValue, keyof StageCounts]>([
    ['', '1'],
    [1, '1'],
    ['Stage 1', '1'],
    ['stage one', '1'],
    ['S1', '1'],
    ['2', '2'],
    ['Stage Two', '2'],
    ['stage 3', '3'],
    ['Ombudsman', 'ombudsman'],
    ['LGSCO', 'ombudsman'],
  ])('rule 8: stage %p counts at stage %s', (stage, bucket) => {
    expect(onlyBucket(report([{ ...A1, stage }]).all.stages)).toBe(bucket);
  });

  it.each<[string, keyof OutcomeCounts]>([
    ['Upheld', 'upheld'],
    ['Partially upheld', 'partiallyUpheld'],
    ['Partly upheld', 'partiallyUpheld'],
    ['Upheld in part', 'partiallyUpheld'],
    ['Partially', 'partiallyUpheld'],
    ['Not upheld', 'notUpheld'],
    ['Withdrawn', 'withdrawn'],
    ['Resolved informally', 'resolved'],
    ['Early resolution', 'resolved'],
    ['Mediation', 'resolved'],
    ['Unfounded', 'other'],
    ['', 'open'],
  ])('rule 9: outcome "%s" counts as %s', (outcome, bucket) => {
    const r = report([{ ...A1, outcome, closed: outcome ? '10/09/2021' : '' }]);
    expect(onlyBucket({ ...r.all.outcomes })).toBe(bucket);
    const warned = r.issues.some((i) => i.code === 'unknown-outcome');
    expect(warned).toBe(bucket === 'other');
  });

  it('rule 9: upheld counts upheld and partially upheld together', () => {
    const r = report([
      { ...A1, outcome: 'Upheld', closed: '10/09/2021' },
      { reference: 'A2', received: '01/09/2021', outcome: 'Partly upheld', closed: '10/09/2021' },
      { reference: 'A3', received: '01/09/2021', outcome: 'Not upheld', closed: '10/09/2021' },
    ]);
    expect(r.all.upheld?.complaints).toBe(2);
  });

  it.each<[CellValue, boolean, boolean]>([
    ['Y', true, false],
    ['Yes', true, false],
    [true, true, false],
    ['TRUE', true, false],
    [1, true, false],
    ['CLA', true, false],
    ['Looked after', true, false],
    ['N', false, false],
    ['No', false, false],
    ['', false, false],
    ['Not sure', false, true],
  ])(
    'rule 14: child in care %p → counted in care %s, warning %s',
    (childInCare, inCare, warned) => {
      const r = report([{ ...A1, childInCare }]);
      expect(r.childrenInCare?.complaints).toBe(inCare ? 1 : 0);
      expect(r.all.complaints).toBe(1);
      expect(r.issues.some((i) => i.code === 'unknown-child-in-care')).toBe(warned);
    },
  );

  it.each<[string, Complainant]>([
    ['Child', 'child'],
    ['Young person', 'child'],
    ['YP', 'child'],
    ['Self', 'child'],
    ['Parent', 'parent'],
    ['Guardian', 'parent'],
    ['Mother', 'parent'],
    ['Father', 'parent'],
    ['Parent/Guardian', 'parent'],
    ['Person with parental responsibility', 'parent'],
    ['Advocate', 'advocate'],
    ['Foster carer', 'fosterCarer'],
    ['Grandparent', 'other'],
    ['', 'notRecorded'],
  ])('rule 15: complainant "%s" counts as %s', (complainant, bucket) => {
    expect(onlyBucket({ ...report([{ ...A1, complainant }]).all.complainants })).toBe(bucket);
  });
});

describe('rules 10, 11, 13: open, closed and timescales through the pipeline', () => {
  /** The one complaint's timescale status and due date as ISO text. */
  function judge(records: TrackerRecord[], options: Partial<BuildOptions> = {}) {
    const result = buildFor(tracker(records), options);
    const [complaint] = result.complaints;
    return {
      report: result.report,
      status: onlyBucket({
        ...result.report.all.timescales,
        overdueReferences: 0,
      }) as TimescaleStatus,
      due: complaint.due,
    };
  }

  it.each<[string, TrackerRecord, keyof OutcomeCounts, TimescaleStatus]>([
    [
      'an outcome and a response date → closed on time',
      { outcome: 'Upheld', closed: '10/09/2021' },
      'upheld',
      'closedOnTime',
    ],
    [
      'a response date only → closed (other), on time',
      { closed: '10/09/2021' },
      'other',
      'closedOnTime',
    ],
    [
      'an outcome only → closed, timescale unknown',
      { outcome: 'Withdrawn' },
      'withdrawn',
      'closedUnknown',
    ],
    ['neither → open, overdue', {}, 'open', 'openOverdue'],
  ])('rule 10: %s', (_, cells, outcome, status) => {
    const { report: r, status: got } = judge([{ ...A1, ...cells }]);
    expect(onlyBucket({ ...r.all.outcomes })).toBe(outcome);
    expect(got).toBe(status);
  });

  it('rule 10: an outcome with no response date is a warning and its timescale unknown', () => {
    const { report: r, status } = judge([{ ...A1, outcome: 'Not upheld' }]);
    expect(status).toBe('closedUnknown');
    expect(r.issues).toEqual([
      expect.objectContaining({ row: 2, code: 'outcome-without-response', severity: 'warning' }),
    ]);
  });

  it.each<[string, TrackerRecord, Partial<BuildOptions>, string]>([
    ['rule 11: stage 1: 10 working days', {}, {}, '2021-09-15'],
    ['rule 11: stage 1 with an extension: 20', { extension: 'Yes' }, {}, '2021-09-29'],
    ['rule 11: stage 2: 25', { stage: 2 }, {}, '2021-10-06'],
    ['rule 11: stage 2 with an extension: 65', { stage: 2, extension: 'Y' }, {}, '2021-12-01'],
    ['rule 11: stage 3: 50', { stage: 3 }, {}, '2021-11-10'],
    ['rule 11: an explicit due date wins', { stage: 3, due: '08/10/2021' }, {}, '2021-10-08'],
    [
      'rule 11: an explicit due date wins over an extension',
      { extension: 'Yes', due: '2021-09-10' },
      {},
      '2021-09-10',
    ],
    [
      'rule 11: limits are settings',
      { stage: 2 },
      {
        limits: {
          stage1: 10,
          stage1Extended: 20,
          stage2: 20,
          stage2Extended: 40,
          stage3: 25,
        } satisfies Limits,
      },
      '2021-09-29',
    ],
    [
      'rule 12: bank holidays are not working days',
      { received: '27/05/2022' },
      { to: day('2022-06-30') },
      '2022-06-14',
    ],
    [
      'rule 12: the holiday list is extendable',
      {},
      { holidays: [...BANK_HOLIDAYS_ENGLAND_WALES, '2021-09-06'] },
      '2021-09-16',
    ],
  ])('%s', (_, cells, options, due) => {
    expect(judge([{ ...A1, ...cells }], options).due).toBe(day(due));
  });

  it.each<[string, TrackerRecord, string, TimescaleStatus]>([
    [
      'response on the due date → closed on time',
      { outcome: 'Upheld', closed: '15/09/2021' },
      '2022-03-10',
      'closedOnTime',
    ],
    [
      'response the day after → closed late',
      { outcome: 'Upheld', closed: '16/09/2021' },
      '2022-03-10',
      'closedLate',
    ],
    ['open, as of the due date → in time', {}, '2021-09-15', 'openInTime'],
    ['open, as of the day after → overdue', {}, '2021-09-16', 'openOverdue'],
  ])('rule 13: %s', (_, cells, asOf, status) => {
    expect(judge([{ ...A1, ...cells }], { asOf: day(asOf) }).status).toBe(status);
  });

  it('rule 13: overdue complaints are listed by reference, as strings', () => {
    const r = report(
      [
        { reference: 623963, received: '01/09/2021' },
        { reference: 'A2', received: '01/09/2021', outcome: 'Upheld', closed: '02/09/2021' },
        { reference: 'A3', received: '01/03/2022' },
      ],
      { asOf: day('2022-03-10'), to: day('2022-03-31') },
    );
    expect(r.all.timescales.overdueReferences).toEqual(['623963']);
    expect(r.all.timescales.openOverdue).toBe(1);
    expect(r.all.timescales.openInTime).toBe(1);
  });

  it('rule 11: an ombudsman complaint is judged on its highest council-stage row', () => {
    const { status, due } = judge([
      { ...A1, stage: 2, outcome: 'Not upheld', closed: '06/10/2021' },
      { ...A1, received: '01/11/2021', stage: 'LGSCO', outcome: 'Upheld', closed: '01/02/2022' },
    ]);
    expect(due).toBe(day('2021-10-06'));
    expect(status).toBe('closedOnTime');
  });

  it('rule 11: an ombudsman complaint with no council-stage row is closed with unknown timescale', () => {
    const { status, due } = judge([
      { ...A1, stage: 'Ombudsman', outcome: 'Upheld', closed: '01/02/2022' },
    ]);
    expect(due).toBeNull();
    expect(status).toBe('closedUnknown');
  });
});

describe('rule 16: team and theme grouping through the pipeline', () => {
  const upheld = { outcome: 'Upheld', closed: '10/09/2021' };
  const r = report([
    {
      reference: 'A1',
      received: '01/09/2021',
      team: 'Fostering',
      theme: 'Delay; Communication',
      ...upheld,
    },
    { reference: 'A2', received: '01/09/2021', team: ' FOSTERING', theme: 'delay', ...upheld },
    {
      reference: 'A3',
      received: '01/09/2021',
      team: 'Fostering ',
      theme: 'Communication\nStaff  attitude',
      ...upheld,
    },
    {
      reference: 'A4',
      received: '01/09/2021',
      team: 'leaving care',
      theme: 'DELAY;Delay',
      ...upheld,
    },
    { reference: 'A5', received: '01/09/2021', team: 'Leaving  Care', theme: '', ...upheld },
    { reference: 'A6', received: '01/09/2021', team: 'Leaving Care', theme: 'staff attitude' },
  ]);

  it('rule 16: teams group ignoring case and spacing, shown by the most common spelling', () => {
    expect(r.all.upheld?.byTeam).toEqual({ Fostering: 3, 'Leaving Care': 2 });
  });

  it('rule 16: a tie between spellings goes to the first seen in row order, not complaint by complaint', () => {
    // A1's stage 2 row (row 5) is its record; 'fostering' on row 4 is seen before 'Fostering' on row 5.
    const tie = report([
      { reference: 'A1', received: '01/09/2021', stage: '1', team: 'Other' },
      { reference: 'A2', received: '02/09/2021', stage: '1', team: 'fostering' },
      { reference: 'A1', received: '03/09/2021', stage: '2', team: 'Fostering' },
    ]);
    expect(tie.all.teams).toEqual([{ team: 'fostering', complaints: 2, upheld: 0 }]);
  });

  it('rule 16: a theme cell may hold several themes; each complaint counts once per theme', () => {
    expect(r.all.themes).toEqual([
      { theme: 'Delay', complaints: 3 },
      { theme: 'Communication', complaints: 2 },
      { theme: 'Staff attitude', complaints: 2 },
    ]);
  });
});

describe('rule 2: a missing optional column drops the figures that need it, and the report says which', () => {
  const withoutEach: [Field, (keyof Breakdown | 'childrenInCare')[]][] = [
    ['outcome', ['outcomes', 'upheld']],
    ['complainant', ['complainants']],
    ['childInCare', ['childrenInCare']],
    ['theme', ['themes']],
    ['team', []],
    ['closed', []],
    ['stage', []],
  ];

  it.each(withoutEach)(
    'rule 2: no %s column → %s null and a missing-column note',
    (field, nulled) => {
      const fields = FIELDS.filter((f) => f !== field);
      const r = buildFor(
        tracker([{ ...A1, outcome: 'Upheld', closed: '10/09/2021', theme: 'Delay' }], { fields }),
      ).report;
      const sections = { ...r.all, childrenInCare: r.childrenInCare };
      for (const key of [
        'outcomes',
        'upheld',
        'complainants',
        'themes',
        'childrenInCare',
      ] as const) {
        expect([key, sections[key] === null]).toEqual([key, nulled.includes(key)]);
      }
      expect(r.issues).toEqual([
        expect.objectContaining({ row: 1, field, code: 'missing-column', severity: 'info' }),
      ]);
      expect(r.source.sheets[0].columns[field]).toBeUndefined();
    },
  );

  it('rule 10: with no response-date column every closed complaint has an unknown timescale', () => {
    const fields = FIELDS.filter((f) => f !== 'closed');
    const r = buildFor(tracker([{ ...A1, outcome: 'Upheld' }], { fields })).report;
    expect(r.all.timescales.closedUnknown).toBe(1);
  });

  it('rule 2: a tracker with every column has no missing-column note', () => {
    expect(report([A1]).issues).toEqual([]);
  });
});

describe('Report JSON (schemaVersion 2)', () => {
  const sheet = tracker(
    [
      {
        ...A1,
        stage: 1,
        complainant: 'Parent',
        childInCare: 'Y',
        team: 'Fostering',
        theme: 'Delay',
        outcome: 'Upheld',
        closed: '20/09/2021',
      },
      {
        reference: 623963,
        received: 44470,
        stage: 'LGSCO',
        outcome: 'Partly upheld',
        closed: '2022-01-10',
      },
      { reference: 'A3', received: '02/10/2021', stage: 2, extension: 'Yes' },
      { received: '02/10/2021' },
      null,
    ],
    { titleRows: 3, name: 'Complaints 21-22' },
  );
  const { report: r } = buildFor(sheet);

  it('has exactly the keys of the contract: none missing, none extra', () => {
    expect(findShapeProblems(r, REPORT_SHAPE)).toEqual([]);
  });

  it('survives JSON unchanged (no Dates, no undefined)', () => {
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('names its source: file, sheet, header row, and the header text of each mapped field', () => {
    expect(r.source).toEqual({
      file: 'tracker.xlsx',
      sheets: [{ sheet: 'Complaints 21-22', headerRow: 4, columns: TRACKER_HEADERS }],
    });
  });

  it('gives the period as ISO dates', () => {
    // The tracker's last complaint came in on 2 October 2021: five months short of the period.
    expect(r.period).toEqual({
      from: '2021-09-01',
      to: '2022-02-28',
      asOf: '2022-03-10',
      covered: false,
      toDate: false,
    });
    expect(r.coverage).toEqual({ firstReceived: '2021-09-01', lastReceived: '2021-10-02' });
  });

  it('rows.read is the sum of the rest', () => {
    const { read, ...rest } = r.rows;
    expect(read).toBe(5);
    expect(Object.values(rest).reduce((a, b) => a + b, 0)).toBe(read);
  });

  it('references are strings and `row` is the sheet row', () => {
    expect(r.all.timescales.overdueReferences).toEqual(['A3']);
    expect(r.issues).toEqual([expect.objectContaining({ row: 8, code: 'missing-reference' })]);
  });

  it('rule 17: the report reconciles', () => {
    expect(findDiscrepancies('all', r.all)).toEqual([]);
    expect(findDiscrepancies('cic', r.childrenInCare as Breakdown)).toEqual([]);
    expect(r.all.complaints).toBe(3);
    expect(r.all.upheld?.byStage).toEqual({ '1': 1, ombudsman: 1 });
  });
});

describe('rule 16: a tie in a list is broken by label in code-point order', () => {
  const themed = (themes: string[]): TrackerRecord[] =>
    themes.map((theme, i) => ({ reference: `T${i}`, received: '01/09/2021', theme }));

  it('rule 16: equal counts are listed by label, whatever order they were seen in', () => {
    const r = buildFor(
      tracker(themed(['Delay', 'Contact', 'Access', 'Delay', 'Contact', 'Access', 'Bullying'])),
    ).report;
    expect(r.all.themes).toEqual([
      { theme: 'Access', complaints: 2 },
      { theme: 'Contact', complaints: 2 },
      { theme: 'Delay', complaints: 2 },
      { theme: 'Bullying', complaints: 1 },
    ]);
  });

  // Rule 16 says code-point order ('Z' is U+005A, 'a' U+0061, 'É' U+00C9), not the locale's,
  // which would put 'apple' before 'Zoo'.
  it('rule 16: the tie-break is code-point order, not the locale’s', () => {
    const r = buildFor(tracker(themed(['Émile', 'apple', 'Zoo']))).report;
    expect(r.all.themes?.map((t) => t.theme)).toEqual(['Zoo', 'apple', 'Émile']);
  });

  it('rule 16: overdue references are sorted as text, in code-point order', () => {
    const open = (reference: string): TrackerRecord => ({ reference, received: '01/09/2021' });
    const r = buildFor(tracker([open('b-2'), open('A-10'), open('A-9')])).report;
    expect(r.all.timescales.overdueReferences).toEqual(['A-10', 'A-9', 'b-2']);
  });
});

describe('rule 25: comparisons', () => {
  // October 2021 as of 20 November 2021: the previous period is September 2021, the year earlier
  // October 2020. The tracker runs from 1 September to 29 October 2021.
  const sheet = tracker([
    {
      reference: 'S1',
      received: '01/09/2021',
      stage: '1',
      outcome: 'Upheld',
      closed: '10/09/2021',
      team: 'Fostering',
      childInCare: 'Y',
    },
    // Open, due Mon 11 Oct (10 working days after Mon 27 Sep): in time on 30 Sep, overdue as of 20 Nov.
    { reference: 'S2', received: '27/09/2021', stage: '1', team: 'Adoption' },
    {
      reference: 'S3',
      received: '04/10/2021',
      stage: '1',
      outcome: 'Not upheld',
      closed: '05/10/2021',
    },
    // S1 went on to stage 2 in October, after the previous period.
    { reference: 'S1', received: '29/10/2021', stage: '2', childInCare: 'Y' },
  ]);
  const options = { from: day('2021-10-01'), to: day('2021-10-31'), asOf: day('2021-11-20') };
  const { report } = buildFor(sheet, options);

  it('rule 25: the previous period, covered, is built exactly as a report for it with the same as-of', () => {
    const previous = buildFor(sheet, {
      ...options,
      from: day('2021-09-01'),
      to: day('2021-09-30'),
    });
    expect(report.comparisons.previous).toEqual({
      from: '2021-09-01',
      to: '2021-09-30',
      covered: true,
      all: previous.report.all,
      childrenInCare: previous.report.childrenInCare,
    });
  });

  it('rule 25: judged as of the report’s as-of date, not the comparison’s end', () => {
    const all = report.comparisons.previous.all;
    expect(all?.complaints).toBe(2);
    expect(all?.timescales.overdueReferences).toEqual(['S2']);
    // S1's stage 2 row (29 October) is not September's activity, but S1 went on to stage 2.
    expect(all?.stageActivity).toEqual({ '1': 2, '2': 0, '3': 0, ombudsman: 0 });
    expect(all?.escalations).toEqual({ stage1: 2, toStage2: 1, toStage3: 0, toOmbudsman: 0 });
    expect(report.comparisons.previous.childrenInCare?.complaints).toBe(1);
  });

  it('rule 25: a comparison the tracker does not cover has null breakdowns', () => {
    expect(report.comparisons.yearEarlier).toEqual({
      from: '2020-10-01',
      to: '2020-10-31',
      covered: false,
      all: null,
      childrenInCare: null,
    });
  });

  it('rule 25: the previous period is not covered when the tracker starts 32 days into it', () => {
    // Previous period September 2021: the tracker starts on 3 October, 32 days after 1 September.
    const late = buildFor(
      tracker([
        { reference: 'L1', received: '03/10/2021', stage: '1' },
        { reference: 'L2', received: '29/10/2021', stage: '1' },
      ]),
      options,
    ).report;
    expect(late.comparisons.previous).toEqual({
      from: '2021-09-01',
      to: '2021-09-30',
      covered: false,
      all: null,
      childrenInCare: null,
    });
    expect(late.period.covered).toBe(true);
  });
});
