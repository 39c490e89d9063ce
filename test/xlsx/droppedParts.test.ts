import { strToU8, zipSync } from 'fflate';
import { listPartsNotKept } from '../../src/xlsx/droppedParts';

function zipOf(names: string[]): Uint8Array {
  return zipSync(Object.fromEntries(names.map((name) => [name, strToU8('<x/>')])));
}

const BASE = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml'];

describe('listPartsNotKept', () => {
  it.each([
    'xl/charts/chart1.xml',
    'xl/pivotTables/pivotTable1.xml',
    'xl/slicers/slicer1.xml',
    'xl/threadedComments/threadedComment1.xml',
    'xl/vbaProject.bin',
  ])('reports nothing lost for %s: the copy keeps every part', (part) => {
    expect(listPartsNotKept(zipOf([...BASE, part]))).toEqual([]);
  });
});
