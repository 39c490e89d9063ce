/**
 * The board paper's tables for the clipboard: taken from the paper model the Word document is
 * made from (`composePaper`), so a paste into Word gives the same tables, as real HTML tables
 * (caption, header cells with their scope, figures right-aligned) and as tab-separated lines for
 * plain text.
 */
import { escapeHtml } from '../core/narrative';
import { composePaper, type PaperInput, type PaperTable } from '../core/paper';

/** The heading the board paper puts above its tables. */
export const FIGURES_HEADING = 'Figures';

/** The board paper's tables, in order, with their numbered captions. */
export function boardTablesOf(input: Omit<PaperInput, 'template' | 'appendix'>): PaperTable[] {
  return composePaper({ ...input, template: 'board' }).blocks.flatMap((block) =>
    block.kind === 'table' ? [block.table] : [],
  );
}

// Inline styles, because pasted HTML keeps no style sheet: Word reads these on paste.
const TABLE_STYLE = 'border-collapse:collapse';
const CELL_STYLE = 'border:1px solid windowtext;padding:2pt 4pt;vertical-align:top';

function cellStyle(numeric: boolean): string {
  return numeric ? `${CELL_STYLE};text-align:right` : `${CELL_STYLE};text-align:left`;
}

/** One table as HTML: the first cell of a row heads it, the other cells are its figures. */
export function tableToHtml(table: PaperTable): string {
  const head = table.header
    .map(
      (text, i) =>
        `<th scope="col" style="${cellStyle(table.numeric[i])}">${escapeHtml(text)}</th>`,
    )
    .join('');
  const body = table.rows
    .map((row) => {
      const cells = row.map((value, i) => {
        const tag = i === 0 ? 'th scope="row"' : 'td';
        const close = i === 0 ? 'th' : 'td';
        return `<${tag} style="${cellStyle(table.numeric[i])}">${escapeHtml(String(value))}</${close}>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('');
  return (
    `<table style="${TABLE_STYLE}"><caption>${escapeHtml(table.caption)}</caption>` +
    `<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`
  );
}

/** One table as plain text: its caption, then the header and each row as tab-separated lines. */
export function tableToText(table: PaperTable): string {
  const line = (cells: readonly (string | number)[]): string =>
    // A tab or line break inside a label would split its cell: spaces keep the columns.
    cells.map((cell) => String(cell).replace(/[\t\r\n]+/g, ' ')).join('\t');
  return [table.caption, line(table.header), ...table.rows.map(line)].join('\n');
}

/** The tables under their heading, as HTML; empty when there are none. */
export function tablesToHtml(tables: readonly PaperTable[]): string {
  if (tables.length === 0) return '';
  return `<h3>${escapeHtml(FIGURES_HEADING)}</h3>${tables.map(tableToHtml).join('')}`;
}

/** The tables under their heading, as plain text; empty when there are none. */
export function tablesToText(tables: readonly PaperTable[]): string {
  if (tables.length === 0) return '';
  return `${FIGURES_HEADING}\n\n${tables.map(tableToText).join('\n\n')}\n`;
}
