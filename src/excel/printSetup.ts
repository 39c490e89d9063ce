/**
 * The summary sheet's print setup in Excel (issue 8 part 6), as the core lays it out
 * (`SummaryPrint`): A4 in its orientation, every column on one page wide and as many pages tall as
 * it takes, the title repeated on each page, the tables alone as the print area (the charts beside
 * them would shrink the page), and a footer naming the period and the build. `Worksheet.pageLayout`
 * is ExcelApi 1.9: an older Excel (Office 2019 and 2021 without updates) writes the sheet without
 * it rather than fail the build.
 */
import type { SummaryPrint } from '../core/summaryLayout';
import { isExcelApiSupported } from './_lib/requirements';

/** The requirement set of `Worksheet.pageLayout`, `PageLayout.zoom` and `headersFooters`. */
export const PRINT_SETUP_API = '1.9';

/** Excel refuses a header or footer section longer than this, codes included. */
const FOOTER_MOST_CHARACTERS = 255;

/**
 * The footer as Excel's header and footer codes read it: `&` starts a code (`&P` is the page
 * number, `&12` a font size), so a literal ampersand is written `&&`. Text past Excel's limit is
 * cut at a word and ends with an ellipsis.
 */
export function footerCode(text: string): string {
  const escape = (plain: string) => plain.replace(/&/g, '&&');
  if (escape(text).length <= FOOTER_MOST_CHARACTERS) return escape(text);
  const words = text.split(' ');
  while (words.length > 1 && escape(`${words.join(' ')}…`).length > FOOTER_MOST_CHARACTERS) {
    words.pop();
  }
  return escape(`${words.join(' ')}…`).slice(0, FOOTER_MOST_CHARACTERS);
}

/**
 * Queues the print setup of `sheet`, whose tables fill `printArea`; returns false, queuing
 * nothing, where this Excel has no page layout API.
 */
export function queuePrintSetup(
  sheet: Excel.Worksheet,
  print: SummaryPrint,
  printArea: string,
): boolean {
  if (!isExcelApiSupported(PRINT_SETUP_API)) return false;
  const page = sheet.pageLayout;
  page.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  page.paperSize = 'A4';
  // Scale to fit: one page wide, and 0 pages tall, which Excel reads as "as many as needed".
  page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  page.setPrintArea(printArea);
  page.setPrintTitleRows(`$1:$${print.repeatRows}`);
  page.headersFooters.defaultForAllPages.centerFooter = footerCode(print.footer);
  return true;
}
