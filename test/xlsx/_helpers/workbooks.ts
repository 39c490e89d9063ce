/**
 * Fixture workbooks built in the tests: with exceljs (as a user's tracker would be written), or by
 * hand from XML parts for what exceljs never writes (inline strings, phonetic runs, `x:` prefixes,
 * cells without `r`), and byte-level fakes for the files a user might pick by mistake.
 */
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/** Builds a workbook with exceljs and returns its bytes. */
export async function buildWorkbook(
  fill: (workbook: ExcelJS.Workbook) => void,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Zips the given parts (name → XML text) into a package. */
export function zipParts(parts: Record<string, string>): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [name, text] of Object.entries(parts)) files[name] = strToU8(text);
  return zipSync(files);
}

/** The package with one part's text changed. */
export function patchPart(
  data: Uint8Array,
  name: string,
  edit: (xml: string) => string,
): Uint8Array {
  const files = unzipSync(data);
  files[name] = strToU8(edit(strFromU8(files[name])));
  return zipSync(files);
}

/** The text of one part of a package, or undefined. */
export function readPart(data: Uint8Array, name: string): string | undefined {
  const files = unzipSync(data, { filter: (file) => file.name === name });
  return files[name] ? strFromU8(files[name]) : undefined;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

export type HandSheet = {
  name: string;
  xml: string;
  state?: 'hidden' | 'veryHidden';
  target?: string;
};

/**
 * A minimal hand-made .xlsx: the sheets (their `<sheetData>` inner XML, or a whole part when it starts
 * with `<?xml`), optional shared strings (`<si>` items), and the workbookPr date1904 text.
 */
export function handWorkbook(options: {
  sheets: HandSheet[];
  sharedStrings?: string;
  date1904?: string;
  extraParts?: Record<string, string>;
  extraRels?: string;
  extraSheets?: string;
}): Uint8Array {
  const { sheets, sharedStrings, date1904 } = options;
  const sheetEntries = sheets
    .map(
      (sheet, i) =>
        `<sheet name="${sheet.name}" sheetId="${i + 1}"${sheet.state ? ` state="${sheet.state}"` : ''} r:id="rIdS${i + 1}"/>`,
    )
    .join('');
  const rels = sheets
    .map(
      (sheet, i) =>
        `<Relationship Id="rIdS${i + 1}" Type="${REL}/worksheet" Target="${sheet.target ?? `worksheets/sheet${i + 1}.xml`}"/>`,
    )
    .join('');
  const parts: Record<string, string> = {
    '[Content_Types].xml':
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    '_rels/.rels': `<?xml version="1.0"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml':
      `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
      (date1904 === undefined ? '' : `<workbookPr date1904="${date1904}"/>`) +
      `<sheets>${sheetEntries}${options.extraSheets ?? ''}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels':
      `<?xml version="1.0"?><Relationships xmlns="${PKG}">${rels}` +
      (sharedStrings === undefined
        ? ''
        : `<Relationship Id="rIdSS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`) +
      `${options.extraRels ?? ''}</Relationships>`,
  };
  sheets.forEach((sheet, i) => {
    const target = sheet.target ?? `worksheets/sheet${i + 1}.xml`;
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    parts[path] = sheet.xml.startsWith('<?xml')
      ? sheet.xml
      : `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData>${sheet.xml}</sheetData></worksheet>`;
  });
  if (sharedStrings !== undefined) {
    parts['xl/sharedStrings.xml'] =
      `<?xml version="1.0"?><sst xmlns="${MAIN}">${sharedStrings}</sst>`;
  }
  return zipParts({ ...parts, ...options.extraParts });
}

/** A fake OLE compound file: the signature, then (optionally) a stream name in UTF-16LE. */
export function oleFile(streamName: string | null): Uint8Array {
  const signature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const bytes = new Uint8Array(2048);
  bytes.set(signature, 0);
  if (streamName) {
    for (let i = 0; i < streamName.length; i++) bytes[1024 + 2 * i] = streamName.charCodeAt(i);
  }
  return bytes;
}

const day = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

/** A tracker as a council keeps it: a title, a gap, the header, a skipped row, a Total row. */
export async function buildTracker(
  options: { date1904?: boolean; extra?: (tracker: ExcelJS.Worksheet) => void } = {},
): Promise<Uint8Array> {
  return buildWorkbook((workbook) => {
    workbook.properties.date1904 = options.date1904 ?? false;
    const lists = workbook.addWorksheet('Lists', { state: 'hidden' });
    lists.getCell('A1').value = 'Upheld';
    const ws = workbook.addWorksheet('Tracker');
    ws.getCell('B1').value = 'Children’s complaints 2021/22';
    const putRow = (row: number, values: ExcelJS.CellValue[]): void =>
      values.forEach((value, i) => {
        ws.getCell(row, i + 2).value = value;
      });
    putRow(3, ['Ref', 'Date received', 'Outcome', 'Looked after', 'Days', 'Check', 'Team']);
    putRow(4, [
      'C-001',
      day(2021, 9, 3),
      { richText: [{ text: 'Partly ' }, { font: { bold: true }, text: 'upheld' }] },
      true,
      { formula: 'C4-C4', result: 0, date1904: false },
      { error: '#N/A' },
      { formula: 'UPPER("cin")', result: 'CIN', date1904: false },
    ]);
    putRow(6, [623963, day(2022, 2, 28), 'Not upheld', false, 12.5, null, 'Fostering']);
    ws.getCell('H7').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    ws.getCell('B8').value = 'Total';
    ws.getCell('F8').value = 2;
    options.extra?.(ws);
    workbook.addWorksheet('Notes').getCell('A1').value = 'Read me';
  });
}
