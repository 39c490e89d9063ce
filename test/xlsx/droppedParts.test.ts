import { strToU8, zipSync } from 'fflate';
import { listPartsNotKept } from '../../src/xlsx/droppedParts';

function zipOf(names: string[]): Uint8Array {
  return zipSync(Object.fromEntries(names.map((name) => [name, strToU8('<x/>')])));
}

const BASE = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml'];

describe('listPartsNotKept', () => {
  it('finds nothing in a plain workbook', () => {
    expect(listPartsNotKept(zipOf(BASE))).toEqual([]);
  });

  it.each([
    ['xl/charts/chart1.xml', 'charts'],
    ['xl/pivotTables/pivotTable1.xml', 'pivot tables'],
    ['xl/slicers/slicer1.xml', 'slicers'],
    ['xl/timelines/timeline1.xml', 'timelines'],
    ['xl/threadedComments/threadedComment1.xml', 'threaded comments'],
    ['xl/externalLinks/externalLink1.xml', 'links to other workbooks'],
    ['xl/connections.xml', 'data connections'],
    ['xl/ctrlProps/ctrlProp1.xml', 'form controls'],
  ])('names %s as %s', (part, what) => {
    expect(listPartsNotKept(zipOf([...BASE, part]))).toEqual([what]);
  });

  it('lists each kind once, in a fixed order', () => {
    const parts = ['xl/pivotTables/p2.xml', 'xl/charts/chart2.xml', 'xl/charts/chart1.xml'];
    expect(listPartsNotKept(zipOf([...BASE, ...parts]))).toEqual(['charts', 'pivot tables']);
  });
});
