/**
 * What `xl/workbook.xml` says: the sheets in tab order (with each one's relationship id and
 * visibility) and whether dates count from 1904.
 */
import { isXmlTrue } from './xmlText';
import { walkXml } from './walkXml';

/** Whether a sheet's tab shows; a very hidden sheet can only be shown from the VBA editor. */
export type SheetVisibility = 'visible' | 'hidden' | 'veryHidden';

/** A sheet entry as the workbook lists it. */
export type SheetEntry = {
  name: string;
  relationshipId: string;
  hidden: boolean;
  visibility: SheetVisibility;
};

export type WorkbookXml = { sheets: SheetEntry[]; date1904: boolean };

/** Parses the workbook part; the relationship id is whichever `*:id` attribute the writer used. */
export function readWorkbookXml(bytes: Uint8Array): WorkbookXml {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  walkXml(bytes, {
    open(name, attributes) {
      if (name === 'workbookPr') date1904 = isXmlTrue(attributes.date1904);
      if (name !== 'sheet' || attributes.name === undefined) return;
      const idKey = Object.keys(attributes).find((key) => key.endsWith(':id'));
      const state = attributes.state;
      const visibility = state === 'hidden' || state === 'veryHidden' ? state : 'visible';
      sheets.push({
        name: attributes.name,
        relationshipId: idKey === undefined ? '' : attributes[idKey],
        hidden: visibility !== 'visible',
        visibility,
      });
    },
  });
  return { sheets, date1904 };
}
