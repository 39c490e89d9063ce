import { HostError } from '../../src/core/port';
import { UNCALCULATED } from '../../src/core/types';
import { openWorkbook } from '../../src/xlsx/readWorkbook';
import { buildTracker, handWorkbook, oleFile, zipParts } from './_helpers/workbooks';

describe('openWorkbook on a workbook written by exceljs', () => {
  it('lists worksheets in tab order and picks the first visible one by default', async () => {
    const workbook = openWorkbook(await buildTracker());
    expect(workbook.sheetNames).toEqual(['Lists', 'Tracker', 'Notes']);
    expect(workbook.defaultSheet).toBe('Tracker');
    expect(workbook.date1904).toBe(false);
  });

  it('reads every kind of cell, placed by its reference, from the first used column', async () => {
    const sheet = openWorkbook(await buildTracker()).readSheet('Tracker');
    expect(sheet).toEqual({
      name: 'Tracker',
      firstColumn: 1,
      date1904: false,
      rowNumbers: [1, 3, 4, 6, 8],
      values: [
        ['Children’s complaints 2021/22'],
        ['Ref', 'Date received', 'Outcome', 'Looked after', 'Days', 'Check', 'Team'],
        ['C-001', 44442, 'Partly upheld', true, 0, '#N/A', 'CIN'],
        [623963, 44620, 'Not upheld', false, 12.5, null, 'Fostering'],
        ['Total', null, null, null, 2],
      ],
    });
  });

  it('keeps serial dates as they are in a 1904 workbook and says which system it uses', async () => {
    const workbook = openWorkbook(await buildTracker({ date1904: true }));
    const sheet = workbook.readSheet('Tracker');
    expect(workbook.date1904).toBe(true);
    expect(sheet.date1904).toBe(true);
    expect(sheet.values[2][1]).toBe(44442 - 1462);
  });

  it('reads a hidden sheet by name and several sheets from one opening', async () => {
    const workbook = openWorkbook(await buildTracker());
    expect(workbook.readSheet('Lists').values).toEqual([['Upheld']]);
    expect(workbook.readSheet('Notes').values).toEqual([['Read me']]);
    expect(workbook.readSheet('Tracker').rowNumbers).toHaveLength(5);
  });
});

describe('openWorkbook on hand-written XML', () => {
  const strings =
    '<si><t>Plain</t></si>' +
    '<si><r><t xml:space="preserve">Rich </t></r><r><rPr><b/></rPr><t>text</t></r>' +
    '<rPh sb="0" eb="1"><t>ignored</t></rPh></si>' +
    '<si><t>Line 1_x000D_\nLine 2</t></si>' +
    '<si><t>_x005F_x0041_</t></si>';

  it.each([
    ['a shared string', '<c r="A1" t="s"><v>0</v></c>', 'Plain'],
    ['rich-text runs, phonetic run left out', '<c r="A1" t="s"><v>1</v></c>', 'Rich text'],
    ['an escaped carriage return', '<c r="A1" t="s"><v>2</v></c>', 'Line 1\r\nLine 2'],
    ['an escaped underscore', '<c r="A1" t="s"><v>3</v></c>', '_x0041_'],
    ['an inline string', '<c r="A1" t="inlineStr"><is><t>Inline</t></is></c>', 'Inline'],
    [
      'inline rich text with a phonetic run',
      '<c r="A1" t="inlineStr"><is><r><t>Stage </t></r><r><t>2</t></r><rPh><t>x</t></rPh></is></c>',
      'Stage 2',
    ],
    ['a formula string', '<c r="A1" t="str"><f>B1&amp;"x"</f><v>Fostering</v></c>', 'Fostering'],
    ['a formula number', '<c r="A1"><f>1+1</f><v>2</v></c>', 2],
    ['a typed number', '<c r="A1" t="n"><v>-1.5E-3</v></c>', -0.0015],
    ['a boolean false', '<c r="A1" t="b"><v>0</v></c>', false],
    ['a boolean true', '<c r="A1" t="b"><v>1</v></c>', true],
    ['an error', '<c r="A1" t="e"><v>#DIV/0!</v></c>', '#DIV/0!'],
    ['an ISO date cell', '<c r="A1" t="d"><v>2021-09-03T00:00:00</v></c>', '2021-09-03T00:00:00'],
    ['text kept with its spaces', '<c r="A1" t="inlineStr"><is><t> Team </t></is></c>', ' Team '],
  ])('reads %s', (_label, cell, expected) => {
    const data = handWorkbook({
      sheets: [{ name: 'S', xml: `<row r="1">${cell}</row>` }],
      sharedStrings: strings,
    });
    expect(openWorkbook(data).readSheet('S').values).toEqual([[expected]]);
  });

  it.each([
    ['a style-only cell', '<c r="A1" s="3"/>'],
    ['a formula whose result is empty text', '<c r="A1" t="str"><f>""</f><v></v></c>'],
    ['a shared string that does not exist', '<c r="A1" t="s"><v>99</v></c>'],
  ])('treats %s as empty, so its row is omitted', (_label, cell) => {
    const data = handWorkbook({
      sheets: [
        { name: 'S', xml: `<row r="1">${cell}</row><row r="2"><c r="B2"><v>1</v></c></row>` },
      ],
      sharedStrings: strings,
    });
    const sheet = openWorkbook(data).readSheet('S');
    expect(sheet.rowNumbers).toEqual([2]);
    expect(sheet.values).toEqual([[1]]);
    expect(sheet.firstColumn).toBe(1);
  });

  it.each([
    ['a formula', '<c r="A1"><f>B1</f></c>'],
    ['a shared formula', '<c r="A1" t="str"><f t="shared" si="0"/></c>'],
    ['an array formula', '<c r="A1"><f t="array" ref="A1">SUM(B1:B2)</f></c>'],
  ])('reads %s with no cached value as UNCALCULATED, not as empty', (_label, cell) => {
    const data = handWorkbook({ sheets: [{ name: 'S', xml: `<row r="1">${cell}</row>` }] });
    expect(openWorkbook(data).readSheet('S').values).toEqual([[UNCALCULATED]]);
  });

  it('places rows and cells without an r attribute next in order', () => {
    const xml =
      '<row r="4"><c><v>1</v></c><c r="C4"><v>3</v></c><c><v>4</v></c></row>' +
      '<row><c t="inlineStr"><is><t>next</t></is></c></row>';
    const sheet = openWorkbook(handWorkbook({ sheets: [{ name: 'S', xml }] })).readSheet('S');
    expect(sheet.rowNumbers).toEqual([4, 5]);
    expect(sheet.values).toEqual([[1, null, 3, 4], ['next']]);
  });

  it('reads a sheet whose elements carry a namespace prefix', () => {
    const xml =
      '<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<x:sheetData><x:row r="2"><x:c r="B2" t="s"><x:v>0</x:v></x:c><x:c r="C2"><x:v>7</x:v></x:c>' +
      '</x:row></x:sheetData></x:worksheet>';
    const data = handWorkbook({
      sheets: [{ name: 'S', xml }],
      sharedStrings: '<si><t>Ref</t></si>',
    });
    const sheet = openWorkbook(data).readSheet('S');
    expect(sheet).toMatchObject({ firstColumn: 1, rowNumbers: [2], values: [['Ref', 7]] });
  });

  it('follows absolute and relative relationship targets', () => {
    const data = handWorkbook({
      sheets: [
        {
          name: 'Absolute',
          xml: '<row r="1"><c r="A1"><v>1</v></c></row>',
          target: '/xl/data/a.xml',
        },
        { name: 'Relative', xml: '<row r="1"><c r="A1"><v>2</v></c></row>', target: 'data/b.xml' },
      ],
    });
    const workbook = openWorkbook(data);
    expect(workbook.readSheet('Absolute').values).toEqual([[1]]);
    expect(workbook.readSheet('Relative').values).toEqual([[2]]);
  });

  it.each([
    ['1', true],
    ['true', true],
    ['0', false],
    ['false', false],
    [undefined, false],
  ])('reads date1904="%s" as %s', (value, expected) => {
    const data = handWorkbook({ sheets: [{ name: 'S', xml: '' }], date1904: value });
    const workbook = openWorkbook(data);
    expect(workbook.date1904).toBe(expected);
    expect(workbook.readSheet('S').date1904).toBe(expected);
  });

  it('returns an empty grid for an empty sheet', () => {
    const sheet = openWorkbook(handWorkbook({ sheets: [{ name: 'S', xml: '' }] })).readSheet('S');
    expect(sheet).toEqual({
      name: 'S',
      values: [],
      rowNumbers: [],
      firstColumn: 0,
      date1904: false,
    });
  });

  it('leaves chart sheets out and defaults to the first visible worksheet', () => {
    const data = handWorkbook({
      sheets: [
        { name: 'Hidden', xml: '', state: 'veryHidden' },
        { name: 'Data', xml: '' },
      ],
      extraSheets: '<sheet name="Chart1" sheetId="9" r:id="rIdC"/>',
      extraRels:
        '<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/>',
    });
    const workbook = openWorkbook(data);
    expect(workbook.sheetNames).toEqual(['Hidden', 'Data']);
    expect(workbook.defaultSheet).toBe('Data');
  });
});

describe('openWorkbook on files that are not a readable .xlsx', () => {
  const notXlsx =
    'This file is not an Excel workbook (.xlsx). Open it in Excel and save it as an Excel Workbook (.xlsx).';

  it.each([
    ['a CSV file', new TextEncoder().encode('Ref,Date received\nC-001,03/09/2021\n')],
    ['an empty file', new Uint8Array(0)],
    ['an old .xls workbook', oleFile('Workbook')],
    ['a Word document', zipParts({ 'word/document.xml': '<w:document/>' })],
  ])('refuses %s, saying how to save it as .xlsx', (_label, data) => {
    expect(() => openWorkbook(data)).toThrow(new HostError('unsupported', notXlsx));
    expect(() => openWorkbook(data)).toThrow(
      expect.objectContaining({ kind: 'unsupported', name: 'HostError' }),
    );
  });

  it('says a password-protected workbook must be saved without its password', () => {
    const attempt = (): unknown => openWorkbook(oleFile('EncryptedPackage'));
    expect(attempt).toThrow(expect.objectContaining({ kind: 'protected' }));
    expect(attempt).toThrow(/password-protected: save a copy without a password/);
  });

  it('says a truncated file is damaged', async () => {
    const whole = await buildTracker();
    const attempt = (): unknown => openWorkbook(whole.slice(0, 200));
    expect(attempt).toThrow(expect.objectContaining({ kind: 'unsupported' }));
    expect(attempt).toThrow(/damaged or incomplete/);
  });

  it('names the damaged part when a sheet is not well-formed XML', () => {
    const data = handWorkbook({
      sheets: [{ name: 'S', xml: '<row r="1"><c r="A1"><v>1</v></row>' }],
    });
    const workbook = openWorkbook(data);
    expect(() => workbook.readSheet('S')).toThrow(
      expect.objectContaining({ kind: 'unknown', cause: expect.any(Error) }),
    );
    expect(() => workbook.readSheet('S')).toThrow(/xl\/worksheets\/sheet1\.xml could not be read/);
  });

  it('lists the sheets when the one asked for is missing', async () => {
    const workbook = openWorkbook(await buildTracker());
    expect(() => workbook.readSheet('Complaints')).toThrow(
      expect.objectContaining({ kind: 'not-found' }),
    );
    expect(() => workbook.readSheet('Complaints')).toThrow(
      new HostError(
        'not-found',
        'This workbook has no sheet called "Complaints". Its sheets are: "Lists", "Tracker", "Notes".',
      ),
    );
  });
});
