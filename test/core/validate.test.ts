import { findHeader } from '../../src/core/mapping';
import { validateRows, type ValidatedRows } from '../../src/core/validate';
import type { CellValue, Field, IssueCode, RawSheet, TrackerRow } from '../../src/core/types';
import { grid, sheetRowOf, tracker, type TrackerRecord } from './_lib/grid';
import { day } from './_lib/records';

function validate(sheet: RawSheet): ValidatedRows {
  const header = findHeader(sheet);
  if (header === null) throw new Error('test sheet has no header');
  return validateRows(sheet, header);
}

const VALID: TrackerRecord = { reference: 'A1', received: '01/09/2021' };
const TITLES = { titleRows: 2 };

describe('rule 3: blank rows are skipped silently', () => {
  it.each<[string, CellValue[]]>([
    ['an empty row', []],
    ['a row of empty cells', [null, null, null, null]],
    ['a row of spaces', ['  ', '', ' ', '\t']],
    ['a row with text only in an unmapped column', [null, null, null, null, 'note to self']],
  ])('rule 3: %s is blank, with no issue', (_, cells) => {
    const sheet = grid(
      ['Ref', 'Date received', 'Stage', 'Outcome', 'Notes'],
      [['A1', '01/09/2021', '1', ''], cells, ['A2', '02/09/2021', '1', '']],
    );
    const result = validate(sheet);
    expect(result.blank).toBe(1);
    expect(result.issues).toEqual([]);
    expect(result.rows.map((r) => r.reference)).toEqual(['A1', 'A2']);
  });
});

describe('rule 3: a "Total" row with no valid received date is a summary row', () => {
  it.each<[string, CellValue[]]>([
    ['Total, no date', ['Total', null, null, 12]],
    ['Totals, no date', ['Totals', '', '', 12]],
    ['TOTAL: with words for a date', ['TOTAL:', 'n/a', null, 3]],
    ['total in a leading unmapped column', [null, null, 'total', 7]],
    ['Totals with an impossible date', ['Totals', '31/06/2021', null, 2]],
    ['Total with its count under Date received (a 1900 serial)', ['Total', 45, null, 2]],
  ])('rule 3: %s is skipped with an info note on its sheet row', (_, cells) => {
    const sheet = grid(['Ref', 'Date received', 'Notes', 'Stage'], [cells], TITLES);
    const row = sheetRowOf(0, TITLES);
    const result = validate(sheet);
    expect(result.summary).toBe(1);
    expect(result.excluded).toBe(0);
    expect(result.rows).toEqual([]);
    expect(result.issues).toEqual([
      expect.objectContaining({ row, code: 'summary-row', severity: 'info', field: null }),
    ]);
  });

  it('rule 3: a "Total" row is a summary row whatever else it holds, a valid received date too', () => {
    const sheet = grid(
      ['Ref', 'Date received', 'Notes', 'Stage'],
      [['Total', '01/09/2021', '', '1']],
    );
    const result = validate(sheet);
    expect(result.summary).toBe(1);
    expect(result.rows).toEqual([]);
  });

  it('rule 3: "Total" that is not the first non-empty cell does not make a summary row', () => {
    const sheet = grid(['Ref', 'Date received', 'Notes', 'Stage'], [['A1', '', 'Total', '1']]);
    const result = validate(sheet);
    expect(result.summary).toBe(0);
    expect(result.excluded).toBe(1);
    expect(result.issues.map((i) => i.code)).toEqual(['missing-received']);
  });
});

describe('rule 5: a row with no reference or no valid received date is an error', () => {
  it.each<[string, TrackerRecord, IssueCode[]]>([
    ['no reference', { received: '01/09/2021', outcome: 'Upheld' }, ['missing-reference']],
    ['a reference of spaces', { reference: '   ', received: '01/09/2021' }, ['missing-reference']],
    ['no received date', { reference: 'A1', outcome: 'Upheld' }, ['missing-received']],
    ['received TBC', { reference: 'A1', received: 'TBC' }, ['invalid-received']],
    ['received 31/06/2021', { reference: 'A1', received: '31/06/2021' }, ['invalid-received']],
    ['received 09/13/2021', { reference: 'A1', received: '09/13/2021' }, ['invalid-received']],
    ['neither', { outcome: 'Upheld' }, ['missing-reference', 'missing-received']],
  ])('rule 5: %s → excluded and listed on its sheet row', (_, record, codes) => {
    const sheet = tracker([VALID, record, { reference: 'A3', received: '03/09/2021' }], TITLES);
    const result = validate(sheet);
    expect(result.excluded).toBe(1);
    expect(result.rows.map((r) => r.reference)).toEqual(['A1', 'A3']);
    expect(result.issues.map((i) => [i.row, i.code, i.severity])).toEqual(
      codes.map((code) => [sheetRowOf(1, TITLES), code, 'error']),
    );
    expect(result.issues.every((i) => i.message.includes(`Row ${sheetRowOf(1, TITLES)}`))).toBe(
      true,
    );
  });
});

describe('rule 5: other problems are warnings and the row still counts', () => {
  it.each<[string, TrackerRecord, Field, IssueCode, Partial<TrackerRow>]>([
    ['stage 7', { stage: 'Stage 7' }, 'stage', 'unknown-stage', { stage: 1 }],
    [
      'outcome "Resolved"',
      { outcome: 'Resolved', closed: '10/09/2021' },
      'outcome',
      'unknown-outcome',
      { outcome: 'other' },
    ],
    [
      'looked after "maybe"',
      { childInCare: 'maybe' },
      'childInCare',
      'unknown-child-in-care',
      { childInCare: false },
    ],
    [
      'extension "n/a"',
      { extension: 'n/a' },
      'extension',
      'unknown-extension',
      { extension: false },
    ],
    [
      'response date TBC',
      { closed: 'TBC', outcome: '' },
      'closed',
      'invalid-date',
      { closed: null },
    ],
    ['due date 31/02/2022', { due: '31/02/2022' }, 'due', 'invalid-date', { due: null }],
    [
      'response before received',
      { closed: '31/08/2021', outcome: 'Upheld' },
      'closed',
      'response-before-received',
      { closed: day('2021-08-31') },
    ],
  ])('rule 5: %s → a warning, and the row is counted', (_, cells, field, code, typed) => {
    const sheet = tracker([{ ...VALID, ...cells }], TITLES);
    const result = validate(sheet);
    expect(result.excluded).toBe(0);
    expect(result.rows).toEqual([expect.objectContaining({ reference: 'A1', ...typed })]);
    expect(result.issues).toEqual([
      expect.objectContaining({ row: sheetRowOf(0, TITLES), field, code, severity: 'warning' }),
    ]);
  });
});

describe('rules 8, 9, 14, 15: cells are typed on the row', () => {
  it.each<[TrackerRecord, Partial<TrackerRow>]>([
    [{ stage: '' }, { stage: 1 }],
    [{ stage: 'stage two' }, { stage: 2 }],
    [{ stage: 'S3' }, { stage: 3 }],
    [{ stage: 'LGSCO' }, { stage: 'ombudsman' }],
    [{ outcome: 'Upheld in part' }, { outcome: 'partiallyUpheld' }],
    [{ outcome: 'not upheld' }, { outcome: 'notUpheld' }],
    [{ outcome: '' }, { outcome: null }],
    [{ childInCare: 'CLA' }, { childInCare: true }],
    [{ childInCare: 'No' }, { childInCare: false }],
    [{ complainant: 'YP' }, { complainant: 'child' }],
    [{ complainant: 'Grandparent' }, { complainant: 'other' }],
    [{ complainant: '' }, { complainant: 'notRecorded' }],
    [{ team: '  Child Protection ' }, { team: 'Child Protection' }],
    [{ team: '   ' }, { team: null }],
    [
      { theme: 'Delay; Communication\nStaff attitude' },
      { themes: ['Delay', 'Communication', 'Staff attitude'] },
    ],
    [
      { extension: 'Yes', due: '2021-10-01' },
      { extension: true, due: day('2021-10-01') },
    ],
  ])('rules 8, 9, 14, 15: %o reads as %o', (cells, typed) => {
    const result = validate(tracker([{ ...VALID, ...cells }]));
    expect(result.rows).toEqual([expect.objectContaining(typed)]);
  });

  it('rule 15: a complainant nobody recognises is "other" without a warning', () => {
    const result = validate(tracker([{ ...VALID, complainant: 'MP' }]));
    expect(result.issues).toEqual([]);
  });
});

describe('rule 10: an outcome with no response date is a warning', () => {
  it('rule 10: outcome but no response date → outcome-without-response', () => {
    const result = validate(tracker([{ ...VALID, outcome: 'Not upheld' }]));
    expect(result.rows).toHaveLength(1);
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'outcome-without-response', severity: 'warning', row: 2 }),
    ]);
  });

  it('rule 10: no warning per row when the tracker has no response-date column at all', () => {
    const sheet = tracker([{ ...VALID, outcome: 'Not upheld' }], {
      fields: ['reference', 'received', 'outcome'],
    });
    expect(validate(sheet).issues).toEqual([]);
  });

  it('rule 10: outcome with a response date → no warning', () => {
    const result = validate(tracker([{ ...VALID, outcome: 'Upheld', closed: '10/09/2021' }]));
    expect(result.issues).toEqual([]);
  });
});

describe('rows below the header are each accounted for once', () => {
  it('blank + summary + excluded + typed rows = rows below the header', () => {
    const sheet = tracker(
      [
        VALID,
        null,
        { received: '02/09/2021' },
        { reference: 'Total' },
        VALID,
        { ...VALID, stage: 'x' },
      ],
      TITLES,
    );
    const result = validate(sheet);
    expect([result.blank, result.summary, result.excluded, result.rows.length]).toEqual([
      1, 1, 1, 3,
    ]);
    expect(result.issues.map((i) => i.row)).toEqual(
      [...result.issues.map((i) => i.row)].sort((a, b) => a - b),
    );
  });
});
