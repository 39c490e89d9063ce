import { strToU8 } from 'fflate';
import {
  readRelationships,
  relsPathOf,
  resolvePartName,
} from '../../../src/xlsx/_lib/packageParts';

describe('resolvePartName', () => {
  it.each([
    ['xl/workbook.xml', 'worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl/workbook.xml', '/xl/worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl/workbook.xml', './worksheets/../worksheets/sheet2.xml', 'xl/worksheets/sheet2.xml'],
    ['xl/workbook.xml', '../customXml/item1.xml', 'customXml/item1.xml'],
    ['xl/workbook.xml', 'worksheets/My%20Sheet.xml', 'xl/worksheets/My Sheet.xml'],
    ['xl/workbook.xml', 'worksheets\\sheet3.xml', 'xl/worksheets/sheet3.xml'],
    ['', 'xl/workbook.xml', 'xl/workbook.xml'],
  ])('from %s, %s is %s', (source, target, expected) => {
    expect(resolvePartName(source, target)).toBe(expected);
  });
});

describe('relsPathOf', () => {
  it.each([
    ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels'],
    ['xl/worksheets/sheet1.xml', 'xl/worksheets/_rels/sheet1.xml.rels'],
    ['workbook.xml', '_rels/workbook.xml.rels'],
  ])('%s → %s', (part, expected) => {
    expect(relsPathOf(part)).toBe(expected);
  });
});

describe('readRelationships', () => {
  it('keeps internal targets by id, with the last segment of their type, and drops external ones', () => {
    const xml =
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
      '<Relationship Id="rId2" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/sharedStrings" Target="/xl/sharedStrings.xml"/>' +
      '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="file:///C:/x.xlsx" TargetMode="External"/>' +
      '</Relationships>';
    const relationships = readRelationships(strToU8(xml), 'xl/workbook.xml');
    expect([...relationships]).toEqual([
      ['rId1', { kind: 'worksheet', part: 'xl/worksheets/sheet1.xml' }],
      ['rId2', { kind: 'sharedStrings', part: 'xl/sharedStrings.xml' }],
    ]);
  });
});
