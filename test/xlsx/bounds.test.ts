import { zipSync } from 'fflate';
import { openWorkbook } from '../../src/xlsx/readWorkbook';
import { readSheetXml } from '../../src/xlsx/_lib/sheetXml';
import { handWorkbook } from './_helpers/workbooks';

/** The package with the uncompressed size its directory declares for `name` changed. */
function declareSize(data: Uint8Array, name: string, size: number): Uint8Array {
  const copy = data.slice();
  const view = new DataView(copy.buffer);
  const nameBytes = new TextEncoder().encode(name);
  for (let at = 0; at + 46 < copy.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const length = view.getUint16(at + 28, true);
    const found = copy.subarray(at + 46, at + 46 + length);
    if (Buffer.from(found).equals(Buffer.from(nameBytes))) view.setUint32(at + 24, size, true);
  }
  return copy;
}

describe('bounded reads', () => {
  const small = handWorkbook({
    sheets: [{ name: 'S', xml: '<row r="1"><c r="A1"><v>1</v></c></row>' }],
  });

  it('refuses a part that declares more than the fixed cap, before inflating it', () => {
    const bomb = declareSize(small, 'xl/worksheets/sheet1.xml', 900 * 2 ** 20);
    expect(() => openWorkbook(bomb)).toThrow(expect.objectContaining({ kind: 'too-large' }));
    expect(() => openWorkbook(bomb)).toThrow(/sheet1\.xml alone unpacks to 900 MB/);
  });

  it('refuses a small file whose parts together unpack to far more than its size allows', () => {
    let bomb = declareSize(small, 'xl/worksheets/sheet1.xml', 150 * 2 ** 20);
    bomb = declareSize(bomb, 'xl/workbook.xml', 150 * 2 ** 20);
    expect(() => openWorkbook(bomb)).toThrow(expect.objectContaining({ kind: 'too-large' }));
    expect(() => openWorkbook(bomb)).toThrow(/it unpacks to 300 MB/);
    expect(() => openWorkbook(bomb)).toThrow(/move older years to another workbook/);
  });

  it('reads a sheet of 1,048,576 rows in one pass', () => {
    const rows: string[] = [];
    for (let r = 1; r <= 1_048_576; r++)
      rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
    const xml = `<worksheet><sheetData>${rows.join('')}</sheetData></worksheet>`;
    const grid = readSheetXml(new TextEncoder().encode(xml), []);
    expect(grid.values).toHaveLength(1_048_576);
    expect(grid.values[1_048_575]).toEqual([1_048_576]);
  });

  it('refuses a sheet past its cell limit with a HostError that says what to do', () => {
    const xml =
      '<worksheet><sheetData><row r="1"><c><v>1</v></c><c><v>2</v></c><c><v>3</v></c></row></sheetData></worksheet>';
    const read = (): unknown => readSheetXml(new TextEncoder().encode(xml), [], 2);
    expect(read).toThrow(expect.objectContaining({ kind: 'too-large' }));
    expect(read).toThrow(/more than 2 values.*Move older years/);
  });

  it('still reads a package that zipSync wrote with stored (uncompressed) parts', () => {
    const stored = zipSync(
      { 'xl/workbook.xml': new TextEncoder().encode('<workbook><sheets/></workbook>') },
      { level: 0 },
    );
    expect(openWorkbook(stored).sheetNames).toEqual([]);
  });
});
