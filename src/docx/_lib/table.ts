/**
 * A paper's table as a real Word table: its caption (Word's Caption style) kept with it, the
 * header row marked to repeat on every page (w:tblHeader), figures right-aligned, rows that do not
 * break across pages.
 */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { PaperTable } from '../../core/paper';

/** The text width of an A4 page with 2 cm margins, in twentieths of a point. */
export const TEXT_WIDTH = 11906 - 2 * 1134;

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const BORDERS = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
};

/** The longest word of a text: the narrowest a column can be without breaking a word. */
function longestWord(text: string): number {
  return Math.max(0, ...text.split(/\s+/).map((word) => word.length));
}

/**
 * Columns as wide as their content needs: the longest header word or figure (whole, so no word
 * or number breaks mid-way), labels up to a limit past which they wrap; prose tables give the
 * sentence the room.
 */
function columnWidths(table: PaperTable): number[] {
  const n = table.header.length;
  if (table.numeric.every((numeric) => !numeric)) {
    const prose = n === 3 ? [0.2, 0.55, 0.25] : Array.from({ length: n }, () => 1 / n);
    return prose.map((f) => Math.floor(TEXT_WIDTH * f));
  }
  const weights = table.header.map((header, i) => {
    const cells = table.rows.map((row) => String(row[i] ?? ''));
    const widest = table.numeric[i]
      ? Math.max(...cells.map((c) => c.length))
      : Math.min(28, Math.max(...cells.map((c) => c.length)));
    // Header words are bold, so a little wider than figures.
    return Math.max(widest, Math.ceil(longestWord(header) * 1.3), 4) + 2;
  });
  const total = weights.reduce((sum, w) => sum + w, 0);
  return weights.map((w) => Math.floor((TEXT_WIDTH * w) / total));
}

/** A table of many columns is set smaller, so no header word breaks (8 pt, from 9). */
const WIDE_TABLE_COLUMNS = 9;

function cell(
  text: string,
  width: number,
  numeric: boolean,
  header: boolean,
  size: number | undefined,
): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } : undefined,
    margins: { left: 60, right: 60 },
    children: [
      new Paragraph({
        style: 'TableText',
        alignment: numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: header, size })],
      }),
    ],
  });
}

/** The caption paragraph and the table, in document order. */
export function tableBlocks(table: PaperTable): (Paragraph | Table)[] {
  const widths = columnWidths(table);
  const size = table.header.length >= WIDE_TABLE_COLUMNS ? 16 : undefined;
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.header.map((text, i) => cell(text, widths[i], table.numeric[i], true, size)),
  });
  const body = table.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.map((value, i) =>
          cell(String(value), widths[i], table.numeric[i], false, size),
        ),
      }),
  );
  return [
    new Paragraph({ style: 'Caption', children: [new TextRun(table.caption)] }),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      borders: BORDERS,
      rows: [header, ...body],
    }),
  ];
}
