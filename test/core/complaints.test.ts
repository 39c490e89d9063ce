import {
  foldComplaints,
  foldGroupsInto,
  groupByReference,
  stageRank,
} from '../../src/core/complaints';
import type { Stage } from '../../src/core/types';
import { day, trackerRow } from './_lib/records';

describe('rule 6: complaints, not rows', () => {
  it('rule 6: rows with different references are different complaints, in order of first appearance', () => {
    const { complaints, duplicates } = foldComplaints([
      trackerRow({ row: 5, reference: 'B2' }),
      trackerRow({ row: 6, reference: 'A1' }),
    ]);
    expect(complaints.map((c) => c.reference)).toEqual(['B2', 'A1']);
    expect(duplicates).toEqual([]);
  });

  it.each<[string, Stage[], Stage]>([
    ['1 then 2', [1, 2], 2],
    ['2 then 1', [2, 1], 2],
    ['1, 2, 3', [1, 2, 3], 3],
    ['3 then 1', [3, 1], 3],
    ['1 then ombudsman', [1, 'ombudsman'], 'ombudsman'],
    ['ombudsman, 2, 1', ['ombudsman', 2, 1], 'ombudsman'],
  ])('rule 6: an escalation (%s) counts once, at its highest stage', (_, stages, highest) => {
    const rows = stages.map((stage, i) => trackerRow({ row: 10 + i, reference: 'A1', stage }));
    const { complaints, duplicates } = foldComplaints(rows);
    expect(complaints).toHaveLength(1);
    expect(complaints[0].stage).toBe(highest);
    expect(complaints[0].stageRows).toEqual(rows);
    expect(duplicates).toEqual([]);
  });

  it("rule 6: an escalation takes the top-stage row's fields and the earliest received date", () => {
    const stage1 = trackerRow({
      row: 4,
      reference: 'C7',
      stage: 1,
      received: '2021-09-01',
      team: 'Fostering',
      outcome: 'notUpheld',
      closed: '2021-09-10',
      complainant: 'parent',
      childInCare: false,
    });
    const stage2 = trackerRow({
      row: 9,
      reference: 'C7',
      stage: 2,
      received: '2021-10-04',
      team: 'Leaving care',
      outcome: 'upheld',
      closed: '2021-11-01',
      extension: true,
      complainant: 'advocate',
      childInCare: true,
      themes: ['Delay'],
    });
    const [complaint] = foldComplaints([stage2, stage1]).complaints;
    expect(complaint.record).toBe(stage2);
    expect(complaint.received).toBe(day('2021-09-01'));
    expect(complaint.timescaleRow).toBe(stage2);
    expect(complaint.stageRows.map((row) => row.row)).toEqual([9, 4]);
  });

  it.each<[string, Stage[], Stage | null]>([
    ['stage 2 then ombudsman', [2, 'ombudsman'], 2],
    ['1, 3 and ombudsman', [1, 3, 'ombudsman'], 3],
    ['ombudsman only', ['ombudsman'], null],
    ['stage 1 only', [1], 1],
  ])('rule 11: %s is timed on its highest council-stage row', (_, stages, timed) => {
    const rows = stages.map((stage, i) => trackerRow({ row: 2 + i, stage }));
    const [complaint] = foldComplaints(rows).complaints;
    expect(complaint.timescaleRow?.stage ?? null).toBe(timed);
  });
});

describe('rule 6: the same reference at the same stage twice is a duplicate', () => {
  it('rule 6: the first row is kept, the later one is a warning on its own row', () => {
    const first = trackerRow({ row: 3, reference: 'A1', outcome: 'upheld' });
    const later = trackerRow({
      row: 8,
      reference: 'A1',
      outcome: 'notUpheld',
      received: '2021-08-01',
    });
    const { complaints, duplicates } = foldComplaints([first, later]);
    expect(complaints).toHaveLength(1);
    expect(complaints[0].record).toBe(first);
    expect(complaints[0].received).toBe(first.received);
    expect(complaints[0].stageRows.map((row) => row.row)).toEqual([3]);
    expect(duplicates).toEqual([
      expect.objectContaining({
        row: 8,
        field: 'reference',
        code: 'duplicate',
        severity: 'warning',
      }),
    ]);
    expect(duplicates[0].message).toContain('row 3');
  });

  it('rule 6: every repeat is a warning; a different stage is an escalation, not a repeat', () => {
    const { complaints, duplicates } = foldComplaints([
      trackerRow({ row: 2, reference: 'A1', stage: 1 }),
      trackerRow({ row: 3, reference: 'A1', stage: 2 }),
      trackerRow({ row: 4, reference: 'A1', stage: 1 }),
      trackerRow({ row: 5, reference: 'A1', stage: 2 }),
      trackerRow({ row: 6, reference: 'A1', stage: 1 }),
    ]);
    expect(complaints).toHaveLength(1);
    expect(complaints[0].stageRows.map((row) => row.row)).toEqual([2, 3]);
    expect(duplicates.map((d) => d.row)).toEqual([4, 5, 6]);
  });

  it('references typed by different hands match ignoring case and surrounding spaces', () => {
    const { complaints, duplicates } = foldComplaints([
      trackerRow({ row: 2, reference: 'ab-12' }),
      trackerRow({ row: 3, reference: ' AB-12 ', stage: 2 }),
    ]);
    expect(complaints).toHaveLength(1);
    expect(complaints[0].reference).toBe('ab-12');
    expect(duplicates).toEqual([]);
  });

  it.each<[string, string, boolean]>([
    ['623963', ' 623963', true],
    ['CMP/001', 'cmp/001', true],
    ['AB-12', 'AB-12\u00a0', true],
    ['STRASSE', 'straße', true],
    ['AB 12', 'ab 12', true],
    ['AB-12', 'AB-13', false],
    ['AB12', 'AB 12', false],
  ])('references "%s" and "%s" match: %s', (a, b, same) => {
    const { complaints } = foldComplaints([
      trackerRow({ row: 2, reference: a }),
      trackerRow({ row: 3, reference: b, stage: 2 }),
    ]);
    expect(complaints).toHaveLength(same ? 1 : 2);
  });
});

describe('rule 7: folding for a period', () => {
  const rows = [
    trackerRow({ row: 2, reference: 'A1', received: '2021-08-31' }),
    trackerRow({ row: 3, reference: 'B2', received: '2021-09-01' }),
    trackerRow({ row: 4, reference: 'A1', received: '2021-09-15', stage: 2 }),
    trackerRow({ row: 5, reference: 'C3', received: '2021-09-30', stage: 'ombudsman' }),
    trackerRow({ row: 6, reference: 'D4', received: '2021-10-01' }),
    trackerRow({ row: 7, reference: 'b2', received: '2021-10-02' }),
    trackerRow({ row: 8, reference: 'E5', received: '2021-10-05', stage: 2 }),
    trackerRow({ row: 9, reference: 'e5', received: '2021-09-20' }),
  ];

  it.each<[string, string, string]>([
    ['September', '2021-09-01', '2021-09-30'],
    ['a single day', '2021-09-01', '2021-09-01'],
    ['the day before the first row', '2021-08-30', '2021-08-30'],
    ['everything', '2021-01-01', '2021-12-31'],
    ['October', '2021-10-01', '2021-10-31'],
  ])('%s gives the complaints folding then filtering gives', (_, from, to) => {
    const period = { from: day(from), to: day(to) };
    const all = foldComplaints(rows);
    const within = foldComplaints(rows, period);
    expect(within.complaints).toEqual(
      all.complaints.filter((c) => c.received >= period.from && c.received <= period.to),
    );
    expect(within.duplicates).toEqual(all.duplicates);
  });

  it('judges an escalation by its earliest row, not its top-stage row', () => {
    const { complaints } = foldComplaints(rows, { from: day('2021-09-01'), to: day('2021-09-30') });
    expect(complaints.map((c) => c.reference)).toEqual(['B2', 'C3', 'E5']);
  });
});

describe('folding the complaints with a stage row in a period', () => {
  const rows = [
    trackerRow({ row: 2, reference: 'A1', received: '2021-08-31' }),
    trackerRow({ row: 3, reference: 'B2', received: '2021-09-01' }),
    trackerRow({ row: 4, reference: 'A1', received: '2021-09-15', stage: 2 }),
    trackerRow({ row: 5, reference: 'C3', received: '2021-07-30' }),
    trackerRow({ row: 6, reference: 'C3', received: '2021-08-02', stage: 2 }),
    trackerRow({ row: 7, reference: 'D4', received: '2021-10-01' }),
  ];
  const september = { from: day('2021-09-01'), to: day('2021-09-30') };

  it('keeps a complaint first received earlier when a later stage row is in the period', () => {
    const grouped = groupByReference(rows);
    const touching = foldGroupsInto(grouped, (c) => c, { period: september, by: 'any-row' });
    expect(touching.map((c) => c.reference)).toEqual(['A1', 'B2']);
    expect(touching[0].stageRows.map((r) => r.row)).toEqual([2, 4]);
  });

  it('folds the kept complaints exactly as folding them all does', () => {
    const all = foldComplaints(rows).complaints;
    const touching = foldGroupsInto(groupByReference(rows), (c) => c, {
      period: september,
      by: 'any-row',
    });
    expect(touching).toEqual(
      all.filter((c) =>
        c.stageRows.some((r) => r.received >= september.from && r.received <= september.to),
      ),
    );
  });
});

describe('stageRank', () => {
  it('orders 1 < 2 < 3 < ombudsman', () => {
    const stages: Stage[] = ['ombudsman', 3, 1, 2];
    expect([...stages].sort((a, b) => stageRank(a) - stageRank(b))).toEqual([1, 2, 3, 'ombudsman']);
  });
});
