import { findHeader, type HeaderMatch } from '../../src/core/mapping';
import { validateRows, type ValidatedRows } from '../../src/core/validate';
import {
  UNCALCULATED,
  type CellValue,
  type Field,
  type RowIssue,
  type IssueCode,
  type RawSheet,
  type TrackerRow,
} from '../../src/core/types';
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
      'outcome "Unfounded"',
      { outcome: 'Unfounded', closed: '10/09/2021' },
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

describe('rule 3: totals labels are matched whole, whatever else the row holds', () => {
  it.each<[string, CellValue[], boolean]>([
    ['Total', ['Total', null, null, 12], true],
    ['Totals', ['Totals', '', '', 12], true],
    ['Grand total', ['Grand total', null, null, 12], true],
    ['GRAND TOTAL', ['GRAND TOTAL', null, null, 12], true],
    ['Total:', ['Total:', null, null, 12], true],
    ['TOTAL:', ['TOTAL:', null, null, 12], true],
    ['Total complaints', ['Total complaints', 44, null, 12], true],
    ['total complaints:', ['  total complaints: ', null, null, 12], true],
    ['an Excel table totals row (SUBTOTAL under Date received)', ['Total', 3, null, 12], true],
    ['Total with a valid received date', ['Total', '01/09/2021', null, '1'], true],
    ['Total after an uncalculated formula', [UNCALCULATED, 'Total', null, 2], true],
    ['Total in a later column, the first cells empty (a sparse row)', sparse(2, 'Total', 12), true],
    ['*** TOTAL *** (punctuation first)', ['*** TOTAL ***', null, null, 12], true],
    ['– Grand total – (a dash beyond ASCII first)', ['– Grand total –', null, null, 12], true],
    ['Total with a letter beyond ASCII after it', ['Total: été', null, null, 12], false],
    ['Totally', ['Totally', '01/09/2021', null, '1'], false],
    ['Total care team', ['Total care team', '01/09/2021', null, '1'], false],
    ['Totals to follow', ['Totals to follow', '01/09/2021', null, '1'], false],
    ['Subtotal', ['Subtotal', '01/09/2021', null, '1'], false],
    ['Total after a reference', ['A1', 'Total', null, '1'], false],
    ['a number before Total', [3, 'Total', null, '1'], false],
  ])('rule 3: %s → summary row: %s', (_, cells, isSummary) => {
    const sheet = grid(['Ref', 'Date received', 'Notes', 'Stage'], [cells]);
    const result = validate(sheet);
    expect(result.summary).toBe(isSummary ? 1 : 0);
    if (isSummary) {
      expect(result.issues).toEqual([
        {
          row: 2,
          field: null,
          code: 'summary-row',
          severity: 'info',
          message: 'Row 2 looks like a total row; it is not counted.',
        },
      ]);
    } else {
      expect(result.issues.map((i) => i.code)).not.toContain('summary-row');
    }
  });
});

/** A row with holes before `at`, as a host that skips empty cells hands it over. */
function sparse(at: number, ...values: CellValue[]): CellValue[] {
  const cells: CellValue[] = [];
  values.forEach((value, i) => {
    cells[at + i] = value;
  });
  return cells;
}

describe('rule 5: an Excel error value counts as empty, with an issue naming it', () => {
  const HEADER = ['Ref', 'Date received', 'Stage', 'Team', 'Outcome', 'Date responded'];
  const row = (cells: Partial<Record<number, CellValue>>): CellValue[] =>
    HEADER.map((_, i) => cells[i] ?? (i === 0 ? 'A1' : i === 1 ? '01/09/2021' : null));

  it.each<[string, CellValue[], RowIssue, Partial<TrackerRow> | null]>([
    [
      'a reference of #N/A is no reference: the row is an error',
      row({ 0: '#N/A' }),
      {
        row: 2,
        field: 'reference',
        code: 'error-value',
        severity: 'error',
        message:
          'Row 2: reference is #N/A, an Excel error value; the row is left out of every figure until its formula is put right.',
      },
      null,
    ],
    [
      'a received date of #VALUE! is an error',
      row({ 1: '#VALUE!' }),
      {
        row: 2,
        field: 'received',
        code: 'error-value',
        severity: 'error',
        message:
          'Row 2: date received is #VALUE!, an Excel error value; the row is left out of every figure until its formula is put right.',
      },
      null,
    ],
    [
      'a team of #REF! is no team',
      row({ 3: '#REF!' }),
      {
        row: 2,
        field: 'team',
        code: 'error-value',
        severity: 'warning',
        message:
          'Row 2: team is #REF!, an Excel error value; it is treated as empty until its formula is put right.',
      },
      { team: null },
    ],
    [
      'an outcome of #NAME? is no outcome',
      row({ 4: '#NAME?' }),
      {
        row: 2,
        field: 'outcome',
        code: 'error-value',
        severity: 'warning',
        message:
          'Row 2: outcome is #NAME?, an Excel error value; it is treated as empty until its formula is put right.',
      },
      { outcome: null },
    ],
    [
      'a stage of #SPILL! is a blank stage',
      row({ 2: '#SPILL!' }),
      {
        row: 2,
        field: 'stage',
        code: 'error-value',
        severity: 'warning',
        message:
          'Row 2: stage is #SPILL!, an Excel error value; it is treated as empty until its formula is put right.',
      },
      { stage: 1 },
    ],
    [
      'an uncalculated received date says so',
      row({ 1: UNCALCULATED }),
      {
        row: 2,
        field: 'received',
        code: 'not-calculated',
        severity: 'error',
        message:
          'Row 2: date received is not calculated: open and save the workbook in Excel; until then the row is left out of every figure.',
      },
      null,
    ],
    [
      'an uncalculated response date says so',
      row({ 5: UNCALCULATED }),
      {
        row: 2,
        field: 'closed',
        code: 'not-calculated',
        severity: 'warning',
        message:
          'Row 2: response date is not calculated: open and save the workbook in Excel; until then it is treated as empty.',
      },
      { closed: null },
    ],
  ])('rule 5: %s', (_, cells, expected, read) => {
    const result = validate(grid(HEADER, [cells]));
    expect(result.issues).toEqual([expected]);
    if (read === null) {
      expect([result.excluded, result.rows.length]).toEqual([1, 0]);
    } else {
      expect(result.rows).toEqual([expect.objectContaining(read)]);
    }
  });

  it('rule 5: an error value in a column the engine does not map is never read', () => {
    const result = validate(grid([...HEADER, 'Notes'], [[...row({}), '#N/A']]));
    expect(result.issues).toEqual([]);
  });
});

describe('rule 5: a received or response date after the as-of date is a warning', () => {
  const asOf = day('2022-03-10');
  const check = (record: TrackerRecord): ValidatedRows => {
    const sheet = tracker([{ reference: 'A1', ...record }]);
    return validateRows(sheet, findHeader(sheet) as HeaderMatch, asOf);
  };

  it.each<[string, TrackerRecord, string[]]>([
    ['received on the as-of date', { received: '10/03/2022' }, []],
    [
      'received the day after',
      { received: '11/03/2022' },
      [
        'Row 2: date received 11 March 2022 is after the report date (10 March 2022): a typing slip, or a date not yet reached. It is read as written.',
      ],
    ],
    [
      'received "3/3/69"',
      { received: '3/3/69' },
      [
        'Row 2: date received 3 March 2069 is after the report date (10 March 2022): a typing slip, or a date not yet reached. It is read as written.',
      ],
    ],
    [
      'responded on the as-of date',
      { received: '01/03/2022', closed: '10/03/2022', outcome: 'Upheld' },
      [],
    ],
    [
      'responded the day after',
      { received: '01/03/2022', closed: '11/03/2022', outcome: 'Upheld' },
      [
        'Row 2: response date 11 March 2022 is after the report date (10 March 2022): a typing slip, or a date not yet reached. It is read as written.',
      ],
    ],
    [
      'due after the as-of date (that is normal)',
      { received: '01/03/2022', due: '01/04/2022' },
      [],
    ],
  ])('rule 5: %s', (_, record, messages) => {
    const result = check(record);
    expect(result.issues.map((i) => i.message)).toEqual(messages);
    expect(result.issues.every((i) => i.code === 'future-date' && i.severity === 'warning')).toBe(
      true,
    );
    expect(result.rows).toHaveLength(1);
  });
});

describe('rule 4: dates outside 1990–2100 and numbers in date columns are not dates', () => {
  it.each<[string, TrackerRecord, string]>([
    [
      'received 2022 (a number)',
      { received: 2022 },
      "Row 2: date received '2022' is not a real date.",
    ],
    ['received serial 45', { received: 45 }, "Row 2: date received '45' is not a real date."],
    [
      'received 31/12/1989',
      { received: '31/12/1989' },
      "Row 2: date received '31/12/1989' is not a real date.",
    ],
    [
      'received 01/01/2101',
      { received: '01/01/2101' },
      "Row 2: date received '01/01/2101' is not a real date.",
    ],
  ])('rule 4: %s is an error', (_, record, start) => {
    const result = validate(tracker([{ reference: 'A1', ...record }]));
    expect(result.excluded).toBe(1);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'invalid-received',
        message: expect.stringContaining(start),
      }),
    ]);
  });

  it('rule 4: a response date in 1905 is a warning and ignored', () => {
    const result = validate(tracker([{ reference: 'A1', received: '01/09/2021', closed: 2022 }]));
    expect(result.rows[0].closed).toBeNull();
    expect(result.issues[0]).toEqual(
      expect.objectContaining({
        code: 'invalid-date',
        severity: 'warning',
        message: "Row 2: response date '2022' is not a real date; it is ignored.",
      }),
    );
  });
});

describe('issue messages quote at most a short excerpt of a cell', () => {
  it.each<[string, TrackerRecord, string]>([
    ['a 32,767-character stage', { stage: 'x'.repeat(32_767) }, `stage '${'x'.repeat(39)}…'`],
    [
      'a 32,767-character received date',
      { received: '1'.repeat(10) + ' '.repeat(32_757) },
      "date received '1111111111'",
    ],
    [
      'an outcome over several lines',
      { outcome: 'Upheld\nbut\r\nonly in part and only after a review' },
      "outcome 'Upheld but only in part and only after…'",
    ],
  ])('%s', (_, record, quote) => {
    const result = validate(tracker([{ reference: 'A1', received: '01/09/2021', ...record }]));
    expect(result.issues[0].message).toContain(quote);
    expect(result.issues[0].message.length).toBeLessThan(200);
  });
});

describe('rule 3: blank rows are counted, not derived', () => {
  it('rule 3: rows a host omitted and rows it handed over empty are both blank', () => {
    const sheet: RawSheet = {
      name: 'Tracker',
      values: [
        ['Ref', 'Date received', 'Stage'],
        ['A1', '01/09/2021', 1],
        [],
        ['A2', '02/09/2021', 1],
        [null, '', ' '],
      ],
      rowNumbers: [3, 4, 7, 10, 11],
      firstColumn: 0,
      date1904: false,
    };
    const result = validate(sheet);
    // Rows 5, 6, 8, 9 omitted; rows 7 and 11 handed over empty.
    expect(result.blank).toBe(6);
    expect(result.rows).toHaveLength(2);
  });
});

describe('hidden and filtered rows are counted, and the report says so', () => {
  it.each<[number[], string]>([
    [
      [3],
      'Row 3: 1 row is hidden or filtered out in the sheet (row 3); they are read and counted like any other. Unhide them or clear the filter to check them.',
    ],
    [
      [2, 3, 4],
      '3 rows are hidden or filtered out in the sheet (rows 2, 3, 4); they are read and counted like any other. Unhide them or clear the filter to check them.',
    ],
  ])('hidden rows %p', (hiddenRows, message) => {
    const sheet = { ...tracker([VALID, VALID, VALID]), hiddenRows: [...hiddenRows, 99] };
    const result = validate(sheet);
    expect(result.rows).toHaveLength(3);
    expect(result.issues.filter((i) => i.code === 'hidden-rows')).toEqual([
      {
        row: hiddenRows[0],
        field: null,
        code: 'hidden-rows',
        severity: 'info',
        message: message.replace(/^Row 3: /, ''),
      },
    ]);
  });
});
