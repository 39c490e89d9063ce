import {
  findHeader,
  mapColumns,
  matchHeader,
  unmatchedOverrides,
  type MappingOverrides,
} from '../../src/core/mapping';
import type { CellValue, Field, RawSheet } from '../../src/core/types';
import { grid } from './_lib/grid';

/** The header spellings docs/design.md rule 2 lists, copied from the contract (not from the engine). */
const DESIGN_SYNONYMS: [string, Field][] = [
  ['Ref', 'reference'],
  ['Reference', 'reference'],
  ['Complaint ID', 'reference'],
  ['Case number', 'reference'],
  ['Complaint reference', 'reference'],
  ['Date received', 'received'],
  ['Date Received', 'received'],
  ['Received', 'received'],
  ['Date logged', 'received'],
  ['Date of complaint', 'received'],
  ['Date opened', 'received'],
  ['Stage', 'stage'],
  ['Complaint stage', 'stage'],
  ['Level', 'stage'],
  ['Complainant', 'complainant'],
  ['Complainant type', 'complainant'],
  ['Made by', 'complainant'],
  ['Relationship to child', 'complainant'],
  ['Looked after', 'childInCare'],
  ['Looked after child', 'childInCare'],
  ['CLA', 'childInCare'],
  ['LAC', 'childInCare'],
  ['Child in care', 'childInCare'],
  ['Child looked after', 'childInCare'],
  ['Team', 'team'],
  ['Service', 'team'],
  ['Service area', 'team'],
  ['Department', 'team'],
  ['Theme', 'theme'],
  ['Themes', 'theme'],
  ['Category', 'theme'],
  ['Nature of complaint', 'theme'],
  ['Issue', 'theme'],
  ['Outcome', 'outcome'],
  ['Finding', 'outcome'],
  ['Decision', 'outcome'],
  ['Result', 'outcome'],
  ['Date responded', 'closed'],
  ['Response date', 'closed'],
  ['Response sent', 'closed'],
  ['Date of response', 'closed'],
  ['Date closed', 'closed'],
  ['Closed', 'closed'],
  ['Extension', 'extension'],
  ['Extended', 'extension'],
  ['Extension agreed', 'extension'],
  ['Due date', 'due'],
  ['Target date', 'due'],
  ['Response due', 'due'],
  ['Deadline', 'due'],
];

const HEADER: CellValue[] = ['Ref', 'Date received', 'Stage', 'Outcome'];
const ROW: CellValue[] = ['A1', '01/09/2021', '1', 'Upheld'];

describe('rule 2: fields are recognised by the header spellings real trackers use', () => {
  it.each(DESIGN_SYNONYMS)('rule 2: "%s" names %s', (text, field) => {
    expect(matchHeader(text)).toBe(field);
  });

  it.each(['Notes', 'Social worker', 'Date', 'Name of child', '', 'Ref 2'])(
    'rule 2: "%s" names no field',
    (text) => {
      expect(matchHeader(text)).toBeNull();
    },
  );
});

describe('rule 1: header synonyms ignore case, spacing and punctuation', () => {
  it.each<[string, Field]>([
    ['DATE  RECEIVED:', 'received'],
    ['Complaint Ref.', 'reference'],
    ['  date-logged ', 'received'],
    ['LOOKED AFTER CHILD?', 'childInCare'],
    ['Date_of_Response', 'closed'],
    ['Nature of Complaint:', 'theme'],
    ['ref', 'reference'],
  ])('rule 1: "%s" → %s', (text, field) => {
    expect(matchHeader(text)).toBe(field);
  });

  it('rule 1: odd spellings map their columns in a real header row', () => {
    const sheet = grid(['Complaint Ref.', 'DATE  RECEIVED:', 'stage', 'Result', 'Notes'], [ROW]);
    expect(findHeader(sheet)?.columns).toEqual({ reference: 0, received: 1, stage: 2, outcome: 3 });
  });
});

describe('rule 1: the header row is the first of the first 20 rows naming three known fields', () => {
  it('rule 1: titles above the header are ignored and the sheet row is reported', () => {
    const sheet = grid(HEADER, [ROW], { titleRows: 3 });
    const header = findHeader(sheet);
    expect(header?.index).toBe(3);
    expect(header?.row).toBe(4);
    expect(header?.headers).toEqual(['Ref', 'Date received', 'Stage', 'Outcome']);
  });

  it.each<[string, CellValue[], boolean]>([
    ['two known cells is not a header', ['Ref', 'Date received', 'Notes', 'Social worker'], false],
    ['three known cells is the header', ['Ref', 'Date received', 'Stage', 'Social worker'], true],
    ['four known cells is the header', ['Ref', 'Date received', 'Stage', 'Outcome'], true],
    ['one known cell is not a header', ['Ref', 'Notes', 'Name', 'Worker'], false],
  ])('rule 1: a row with %s', (_, header, found) => {
    expect(findHeader(grid(header, [ROW])) !== null).toBe(found);
  });

  it('rule 1: a title row naming two fields is passed over for the real header below it', () => {
    const sheet = grid(HEADER, [ROW]);
    sheet.values.unshift(['Stage 1 complaints', 'Outcome summary'], ['Team', 'Theme']);
    sheet.rowNumbers = sheet.values.map((_, i) => i + 1);
    expect(findHeader(sheet)?.row).toBe(3);
  });

  it('rule 1: three cells naming known fields make the header even when two name the same field', () => {
    const sheet = grid(['Ref', 'Date received', 'Date logged', 'Notes'], [ROW]);
    const header = findHeader(sheet);
    expect(header?.row).toBe(1);
    expect(header?.columns).toEqual({ reference: 0, received: 1 });
  });

  it.each<[number, number | null]>([
    [0, 1],
    [19, 20],
    [20, null],
    [25, null],
  ])('rule 1: a header below %i title rows is found on sheet row %s', (titleRows, row) => {
    expect(findHeader(grid(HEADER, [ROW], { titleRows }))?.row ?? null).toBe(row);
  });

  it.each<[string, CellValue[][], number[], number | null]>([
    ['sheet row 20, empty rows omitted by the host', [['Tracker'], HEADER], [1, 20], 20],
    ['sheet row 21, empty rows omitted by the host', [['Tracker'], HEADER], [1, 21], null],
    ['the first row of a table starting on sheet row 30', [HEADER, ROW], [30, 31], 30],
  ])('rule 1: the 20 rows are sheet rows: a header on %s', (_, values, rowNumbers, row) => {
    const sheet: RawSheet = {
      name: 'Tracker',
      values,
      rowNumbers,
      firstColumn: 0,
      date1904: false,
    };
    expect(findHeader(sheet)?.row ?? null).toBe(row);
  });

  it('rule 1: the first row that qualifies wins over a later one', () => {
    const sheet = grid(HEADER, [['Ref', 'Received', 'Stage', 'Outcome']]);
    expect(findHeader(sheet)?.row).toBe(1);
  });

  it('rule 2: the best-ranked spelling wins, then the leftmost column', () => {
    expect(mapColumns(['Ref', 'Received', 'Date received', 'Reference', 'Ref'])).toEqual({
      reference: 0,
      received: 2,
    });
  });
});

describe('rule 1: the user can override any mapping', () => {
  const headers = ['Ref', 'Logged on', 'Date received', 'Team', 'Stage', 'Looked after'];

  it.each<[string, MappingOverrides, Partial<Record<Field, number>>]>([
    ['no override', {}, { reference: 0, received: 2, team: 3, stage: 4, childInCare: 5 }],
    [
      'choose an unrecognised column',
      { received: 'Logged on' },
      { reference: 0, received: 1, team: 3, stage: 4, childInCare: 5 },
    ],
    [
      'choose ignoring case and punctuation',
      { received: 'LOGGED ON:' },
      { reference: 0, received: 1, team: 3, stage: 4, childInCare: 5 },
    ],
    ['unmap a column', { team: null }, { reference: 0, received: 2, stage: 4, childInCare: 5 }],
    [
      'move a column to another field',
      { theme: 'Team' },
      { reference: 0, received: 2, theme: 3, stage: 4, childInCare: 5 },
    ],
    [
      'a header the sheet lacks changes nothing',
      { due: 'Target' },
      { reference: 0, received: 2, team: 3, stage: 4, childInCare: 5 },
    ],
  ])('rule 1: %s', (_, overrides, columns) => {
    expect(mapColumns(headers, overrides)).toEqual(columns);
  });

  it('rule 1: overrides apply when the header row is found', () => {
    const sheet = grid(headers, [['A1', '01/09/2021', '02/09/2021', 'East', '1', 'Y']]);
    expect(findHeader(sheet, { received: 'Logged on', team: null })?.columns).toEqual({
      reference: 0,
      received: 1,
      stage: 4,
      childInCare: 5,
    });
  });

  it('rule 1: a chosen column counts towards the three known cells', () => {
    const sheet = grid(['Ref', 'Logged on', 'Stage', 'Notes'], [ROW]);
    expect(findHeader(sheet)).toBeNull();
    expect(findHeader(sheet, { received: 'Logged on' })?.columns).toEqual({
      reference: 0,
      received: 1,
      stage: 2,
    });
  });

  it('rule 1: unmapping a column does not lose the header row', () => {
    const sheet = grid(['Ref', 'Date received', 'Team'], [['A1', '01/09/2021', 'East']]);
    const header = findHeader(sheet, { team: null });
    expect(header?.row).toBe(1);
    expect(header?.columns).toEqual({ reference: 0, received: 1 });
  });
});

describe('rule 1: a header may span two rows', () => {
  const data: CellValue[] = ['A1', '01/09/2021', '1', 'Upheld', 'East'];

  it.each<[string, CellValue[], CellValue[], Partial<Record<Field, number>>]>([
    [
      'merged cells: the upper names the first fields, the lower the rest',
      ['Ref', 'Date received', 'Complaint details', null, null],
      [null, null, 'Stage', 'Outcome', 'Team'],
      { reference: 0, received: 1, stage: 2, outcome: 3, team: 4 },
    ],
    [
      'group titles above three known fields: the lower row adds the rest',
      ['Ref', 'Date received', 'Stage', 'Response', null],
      [null, null, null, 'Outcome', 'Team'],
      { reference: 0, received: 1, stage: 2, outcome: 3, team: 4 },
    ],
    [
      'the lower cell wins over the upper one',
      ['Ref', 'Dates', null, 'Team', null],
      [null, 'Date received', 'Stage', 'Outcome', null],
      { reference: 0, received: 1, stage: 2, outcome: 3 },
    ],
  ])('rule 1: %s', (_, upper, lower, columns) => {
    const sheet = grid(lower, [data], { titleRows: 2 });
    sheet.values[1] = upper;
    const header = findHeader(sheet);
    expect(header?.row).toBe(3);
    expect(header?.index).toBe(2);
    expect(header?.columns).toEqual(columns);
  });

  it('rule 1: the first data row is never read as the lower half of a header', () => {
    const sheet = grid(
      ['Ref', 'Date received', 'Stage', 'Notes'],
      [['A1', '01/09/2021', '1', 'Team']],
    );
    const header = findHeader(sheet);
    expect(header?.row).toBe(1);
    expect(header?.headers).toEqual(['Ref', 'Date received', 'Stage', 'Notes']);
  });

  it('rule 1: a title above the header is not merged into it', () => {
    const sheet = grid(['Ref', 'Date received', null, 'Stage'], [data], { titleRows: 1 });
    sheet.values[0] = [null, null, 'Complaints 2021/22'];
    const header = findHeader(sheet);
    expect(header?.row).toBe(2);
    expect(header?.headers).toEqual(['Ref', 'Date received', '', 'Stage']);
  });
});

describe('rule 1: the user can name the header row', () => {
  const sheet = grid(['Case', 'Logged on', 'Notes'], [['A1', '01/09/2021', '']], { titleRows: 25 });

  it('rule 1: a header below row 20 or with fewer than three known names is used when named', () => {
    expect(findHeader(sheet)).toBeNull();
    const header = findHeader(
      sheet,
      { reference: 'Case', received: 'Logged on' },
      { headerRow: 26 },
    );
    expect(header?.row).toBe(26);
    expect(header?.columns).toEqual({ reference: 0, received: 1 });
  });

  it('rule 1: a header row the sheet does not have finds no header', () => {
    expect(findHeader(sheet, {}, { headerRow: 400 })).toBeNull();
  });
});

describe('rule 2: "Complaint" before a listed header also matches', () => {
  it.each<[string, Field]>([
    ['Complaint Ref.', 'reference'],
    ['Complaint date received', 'received'],
    ['Complaint outcome', 'outcome'],
    ['Complaint theme', 'theme'],
    ['Complaint team', 'team'],
    ['Complaint due date', 'due'],
    ['COMPLAINT - DATE CLOSED', 'closed'],
  ])('rule 2: "%s" names %s', (text, field) => {
    expect(matchHeader(text)).toBe(field);
  });

  it.each(['Complaint', 'Complaint notes', 'Complaints team lead'])(
    'rule 2: "%s" names no field',
    (text) => {
      expect(matchHeader(text)).toBeNull();
    },
  );
});

describe('rule 2: of two columns naming one field, the earlier spelling in its list wins', () => {
  it.each<[string, CellValue[], number, string]>([
    [
      'Complaint ref over Case number, to its right',
      ['Case number', 'Date received', 'Complaint ref', 'Stage'],
      2,
      "More than one column could be the reference: 'Complaint ref' (column C) is used, not 'Case number' (column A). To use another, choose it in the column mapping.",
    ],
    [
      'Complaint ref over Case number, to its left',
      ['Complaint ref', 'Date received', 'Case number', 'Stage'],
      0,
      "More than one column could be the reference: 'Complaint ref' (column A) is used, not 'Case number' (column C). To use another, choose it in the column mapping.",
    ],
    [
      'Ref over Reference, then the leftmost of equals',
      ['Reference', 'Date received', 'Ref', 'Ref', 'Stage'],
      2,
      "More than one column could be the reference: 'Ref' (column C) is used, not 'Ref' (column D) or 'Reference' (column A). To use another, choose it in the column mapping.",
    ],
  ])('rule 2: %s, and a note says which was used', (_, headers, column, message) => {
    const header = findHeader(grid(headers, [ROW]));
    expect(header?.columns.reference).toBe(column);
    expect(header?.notes).toEqual([
      { row: 1, field: 'reference', code: 'column-choice', severity: 'info', message },
    ]);
  });

  it('rule 2: the user choosing the column settles it without a note', () => {
    const headers = ['Case number', 'Date received', 'Complaint ref', 'Stage'];
    const header = findHeader(grid(headers, [ROW]), { reference: 'Case number' });
    expect(header?.columns.reference).toBe(0);
    expect(header?.notes).toEqual([]);
  });
});

describe('rule 2: a theme or complainant column of free text is not used unless chosen', () => {
  const headers = [
    'Ref',
    'Date received',
    'Complainant',
    'Relationship to child',
    'Nature of complaint',
    'Category',
  ];
  const rows: CellValue[][] = [
    ['A1', '01/09/2021', 'Jane Smith', 'Parent', 'Amelia said her social worker…', 'Communication'],
    ['A2', '02/09/2021', 'Tom Brown', 'Child', 'Her dad says nobody called him back', 'Delay'],
    [
      'A3',
      '03/09/2021',
      'Mrs A. Khan',
      'Parent',
      'The review was cancelled twice without notice',
      'Delay',
    ],
  ];
  const sheet = grid(headers, rows, { titleRows: 2, firstColumn: 1 });

  it('rule 2: the next matching column is used, with a warning naming the column set aside', () => {
    const header = findHeader(sheet);
    expect(header?.columns).toEqual({ reference: 0, received: 1, complainant: 3, theme: 5 });
    expect(header?.notes).toEqual([
      {
        row: 3,
        field: 'complainant',
        code: 'free-text-column',
        severity: 'warning',
        message:
          "Column 'Complainant' (column D) holds free text (sentences or names) in most rows, not complainant types, so it is not used for complainants: 'Relationship to child' (column E) is used instead. To use it anyway, choose it in the column mapping.",
      },
      {
        row: 3,
        field: 'theme',
        code: 'free-text-column',
        severity: 'warning',
        message:
          "Column 'Nature of complaint' (column F) holds free text (sentences or names) in most rows, not theme labels, so it is not used for themes: 'Category' (column G) is used instead. To use it anyway, choose it in the column mapping.",
      },
    ]);
  });

  it('rule 2: with no other column, the field has none', () => {
    const only = grid(
      headers.slice(0, 5),
      rows.map((r) => r.slice(0, 5)),
    );
    const header = findHeader(only);
    expect(header?.columns).toEqual({ reference: 0, received: 1, complainant: 3 });
    expect(header?.notes.map((n) => n.message)).toContainEqual(
      expect.stringContaining(
        'so it is not used for themes: the tracker has no other theme column.',
      ),
    );
  });

  it('rule 2: the user choosing the free-text column uses it, without a warning', () => {
    const header = findHeader(sheet, { theme: 'Nature of complaint', complainant: 'Complainant' });
    expect(header?.columns).toEqual({ reference: 0, received: 1, complainant: 2, theme: 4 });
    expect(header?.notes).toEqual([]);
  });
});

describe('rule 1: a chosen header the sheet does not have is reported', () => {
  it.each<[MappingOverrides, Field[]]>([
    [{ team: 'Teem' }, ['team']],
    [{ team: 'TEAM:' }, []],
    [{ team: null }, []],
    [{ received: 'Logged on', outcome: 'Findings' }, ['outcome']],
  ])('rule 1: %p → %p', (overrides, fields) => {
    expect(unmatchedOverrides(['Ref', 'Logged on', 'Team'], overrides)).toEqual(fields);
  });
});
