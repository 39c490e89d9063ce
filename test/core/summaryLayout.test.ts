import { FIELDS } from '../../src/core/fields';
import {
  layoutSummary,
  SUMMARY_SHEET_NAME,
  type SummaryLayout,
} from '../../src/core/summaryLayout';
import type { Field, Report } from '../../src/core/types';
import { buildFor, tracker, type TrackerRecord } from './_lib/grid';

const RECORDS: TrackerRecord[] = [
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
  {
    reference: 'A2',
    received: '02/09/2021',
    stage: 2,
    team: 'Adoption',
    theme: 'delay; Communication',
    complainant: 'YP',
  },
  {
    reference: 'A3',
    received: '03/09/2021',
    childInCare: 'Y',
    outcome: 'Not upheld',
    closed: '30/09/2021',
  },
  { received: '04/09/2021' },
];

function reportWithout(missing: Field[] = [], records = RECORDS): Report {
  const fields = FIELDS.filter((f) => !missing.includes(f));
  return buildFor(tracker(records, { fields })).report;
}

function table(layout: SummaryLayout, id: string) {
  const found = layout.tables.find((t) => t.id === id);
  if (!found) throw new Error(`no table ${id}`);
  return found;
}

describe('layoutSummary', () => {
  const report = reportWithout();
  const layout = layoutSummary(report, '10 March 2022 at 09:15');

  it('names the sheet the add-in owns and says where the figures came from and when', () => {
    expect(layout.sheetName).toBe(SUMMARY_SHEET_NAME);
    expect(layout.notes).toEqual([
      "Source: tracker.xlsx, sheet 'Tracker', header on row 1.",
      'Period: complaints received 1 September 2021 to 28 February 2022, as of 10 March 2022.',
      'Built 10 March 2022 at 09:15.',
    ]);
  });

  it('shows all complaints beside children in care when the tracker records it', () => {
    expect(table(layout, 'totals').header).toEqual([
      'Measure',
      'All complaints',
      'Children in care',
    ]);
    expect(table(layout, 'totals').rows).toEqual([['Complaints', 3, 2]]);
  });

  it.each<[string, string, (string | number)[]]>([
    ['outcomes', 'Upheld', ['Upheld', 1, 1]],
    ['outcomes', 'Not upheld', ['Not upheld', 1, 1]],
    ['outcomes', 'Being investigated', ['Being investigated', 1, 0]],
    ['stages', 'Stage 2', ['Stage 2', 1, 0]],
    ['timescales', 'Closed on time', ['Closed on time', 1, 1]],
    ['timescales', 'Open, overdue', ['Open, overdue', 1, 0]],
    ['complainants', 'Child or young person', ['Child or young person', 1, 0]],
    ['upheldByTeam', 'Fostering', ['Fostering', 1, 1]],
    ['themes', 'Delay', ['Delay', 2, 1]],
    ['themes', 'Communication', ['Communication', 1, 0]],
  ])('table %s, row %s, carries the report figures', (id, label, row) => {
    expect(table(layout, id).rows.find((r) => r[0] === label)).toEqual(row);
  });

  it('rule 17: each breakdown table sums to the complaints total', () => {
    for (const id of ['outcomes', 'stages', 'timescales', 'complainants']) {
      const sum = table(layout, id).rows.reduce((total, r) => total + Number(r[1]), 0);
      expect([id, sum]).toEqual([id, report.all.complaints]);
    }
  });

  it('lists overdue references and the issues with their sheet rows', () => {
    expect(table(layout, 'overdue').rows).toEqual([['A2']]);
    expect(table(layout, 'issues').rows).toEqual([
      [5, 'error', 'reference', expect.stringContaining('Row 5 has no reference')],
    ]);
  });

  it('says so when nothing is overdue and nothing is wrong', () => {
    const clean = layoutSummary(reportWithout([], [RECORDS[0]]), 'now');
    expect(table(clean, 'overdue').rows).toEqual([['None']]);
    expect(table(clean, 'issues').rows).toEqual([['', '', '', 'No issues found']]);
  });

  it.each<[Field, string[]]>([
    ['outcome', ['outcomes', 'upheldByTeam']],
    ['complainant', ['complainants']],
    ['theme', ['themes']],
    ['team', ['upheldByTeam']],
  ])('rule 2: no %s column → no %s table', (field, gone) => {
    const ids = layoutSummary(reportWithout([field]), 'now').tables.map((t) => t.id);
    for (const id of gone) expect(ids).not.toContain(id);
    expect(ids).toEqual(
      expect.arrayContaining(['totals', 'stages', 'timescales', 'overdue', 'issues']),
    );
  });

  it('rule 2: no child-in-care column → one figures column', () => {
    const layoutNoCic = layoutSummary(reportWithout(['childInCare']), 'now');
    expect(table(layoutNoCic, 'totals').header).toEqual(['Measure', 'All complaints']);
    expect(table(layoutNoCic, 'stages').rows.every((r) => r.length === 2)).toBe(true);
  });
});
