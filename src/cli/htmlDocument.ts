/** The narrative as a whole HTML document for `--narrative report.html`: it opens in a browser as it pastes into Word. */
import { escapeHtml, renderHtml, type Narrative } from '../core/narrative';

/** A complete document: doctype, UTF-8, a title, and the narrative's headings and paragraphs. */
export function renderHtmlDocument(narrative: Narrative): string {
  return [
    '<!doctype html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(narrative.title)}</title>`,
    '</head>',
    '<body>',
    renderHtml(narrative),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
