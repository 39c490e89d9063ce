/**
 * Looks inside a written package the way Excel would: which part holds a sheet, and the
 * conditional formats on it, read from the XML rather than through exceljs.
 */
import { readRelationships, relsPathOf } from '../../../src/xlsx/_lib/packageParts';
import { readWorkbookXml } from '../../../src/xlsx/_lib/workbookXml';
import { readPart } from './workbooks';
import { strToU8 } from 'fflate';

/** The XML of the sheet with this name. */
export function sheetPartXml(data: Uint8Array, sheetName: string): string {
  const workbook = readWorkbookXml(strToU8(readPart(data, 'xl/workbook.xml') ?? ''));
  const rels = readRelationships(
    strToU8(readPart(data, relsPathOf('xl/workbook.xml')) ?? ''),
    'xl/workbook.xml',
  );
  const entry = workbook.sheets.find((sheet) => sheet.name === sheetName);
  const part = entry && rels.get(entry.relationshipId)?.part;
  const xml = part && readPart(data, part);
  if (!xml) throw new Error(`No part for sheet ${sheetName}`);
  return xml;
}

export type FoundFormat = { sqref: string; formulas: string[]; dxfId: string[] };

/** The conditional formats of a sheet part: their ranges, rule formulas and style ids. */
export function conditionalFormats(sheetXml: string): FoundFormat[] {
  const found: FoundFormat[] = [];
  const blocks = sheetXml.matchAll(
    /<conditionalFormatting[^>]*sqref="([^"]*)"[^>]*>(.*?)<\/conditionalFormatting>/gs,
  );
  for (const [, sqref, body] of blocks) {
    found.push({
      sqref,
      formulas: [...body.matchAll(/<formula>(.*?)<\/formula>/g)].map((m) => decodeXml(m[1])),
      dxfId: [...body.matchAll(/dxfId="(\d+)"/g)].map((m) => m[1]),
    });
  }
  return found;
}

function decodeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
