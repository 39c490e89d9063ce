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

/** The label column wide, the figures sharing the rest; prose tables give text the room. */
function columnWidths(table: PaperTable): number[] {
  const n = table.header.length;
  if (table.numeric.every((numeric) => !numeric)) {
    const prose = n === 3 ? [0.2, 0.55, 0.25] : Array.from({ length: n }, () => 1 / n);
    return prose.map((f) => Math.floor(TEXT_WIDTH * f));
  }
  const label = n <= 3 ? 0.5 : n <= 6 ? 0.34 : 0.2;
  const rest = (1 - label) / (n - 1);
  return [label, ...Array.from({ length: n - 1 }, () => rest)].map((f) =>
    Math.floor(TEXT_WIDTH * f),
  );
}

function cell(text: string, width: number, numeric: boolean, header: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } : undefined,
    margins: { left: 80, right: 80 },
    children: [
      new Paragraph({
        style: 'TableText',
        alignment: numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: header })],
      }),
    ],
  });
}

/** The caption paragraph and the table, in document order. */
export function tableBlocks(table: PaperTable): (Paragraph | Table)[] {
  const widths = columnWidths(table);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.header.map((text, i) => cell(text, widths[i], table.numeric[i], true)),
  });
  const body = table.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.map((value, i) => cell(String(value), widths[i], table.numeric[i], false)),
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
