import { setPrintTitles } from '../../../src/xlsx/_lib/printTitles';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const SHEETS =
  '<sheets><sheet name="Log" sheetId="1" r:id="rId1"/><sheet name="Chart" sheetId="3" r:id="rId3"/><sheet name="Complaints summary" sheetId="2" r:id="rId2"/></sheets>';
const OURS =
  '<definedName name="_xlnm.Print_Titles" localSheetId="2">\'Complaints summary\'!$1:$1</definedName>';

function titles(workbook: string, name = 'Complaints summary'): string {
  const bytes = setPrintTitles(new TextEncoder().encode(workbook), name, 1);
  return new TextDecoder().decode(bytes);
}

describe('setPrintTitles', () => {
  it('adds the list before calcPr, the sheet counted among every <sheet> (a chart sheet too)', () => {
    expect(titles(`<workbook ${NS}>${SHEETS}<calcPr calcId="1"/></workbook>`)).toBe(
      `<workbook ${NS}>${SHEETS}<definedNames>${OURS}</definedNames><calcPr calcId="1"/></workbook>`,
    );
  });

  it('keeps the user’s names, another sheet’s print titles, and replaces its own from before', () => {
    const theirs =
      '<definedName name="Teams">Log!$F:$F</definedName><definedName name="_xlnm.Print_Titles" localSheetId="0">Log!$3:$3</definedName>';
    const before = `<workbook ${NS}>${SHEETS}<definedNames>${theirs}${OURS.replace('$1:$1', '$1:$2')}</definedNames></workbook>`;
    expect(titles(before)).toBe(
      `<workbook ${NS}>${SHEETS}<definedNames>${theirs}${OURS}</definedNames></workbook>`,
    );
  });

  it('fills a self-closed list, and writes a prefixed part with its prefix', () => {
    expect(titles(`<workbook ${NS}>${SHEETS}<definedNames/></workbook>`)).toBe(
      `<workbook ${NS}>${SHEETS}<definedNames>${OURS}</definedNames></workbook>`,
    );
    const prefixed = `<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheets><x:sheet name="Complaints summary" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`;
    expect(titles(prefixed)).toContain(
      '<x:definedNames><x:definedName name="_xlnm.Print_Titles" localSheetId="0">',
    );
  });

  it('quotes a sheet name with an apostrophe as a formula does', () => {
    const workbook = `<workbook ${NS}><sheets><sheet name="Jo's summary" sheetId="1" r:id="rId1"/></sheets></workbook>`;
    expect(titles(workbook, "Jo's summary")).toContain(">'Jo''s summary'!$1:$1<");
  });
});
