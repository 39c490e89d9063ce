/**
 * Summary tables as printed tables: each count with its percentage in one cell ("12 (40%)"), so
 * an A4 page holds the columns; rows without a figure dropped; captions numbered in order.
 */
import { PERCENT_HEADER, type SummaryCell, type SummaryTable } from '../summary/types';
import type { PaperBlock, PaperTable } from './types';

/** True for a cell that says nothing: blank, a dash, or a zero count or share. */
function isNothing(cell: SummaryCell): boolean {
  return cell === 0 || cell === '' || cell === '–' || cell === '0%';
}

/** Folds each "%" column into the count before it: "12 (40%)", or the count alone beside "–". */
function mergePercentages(table: SummaryTable): { header: string[]; rows: SummaryCell[][] } {
  // "%" and "% upheld" are both shares of what stands before them.
  const isShare = (h: string | undefined) =>
    h !== undefined && (h === PERCENT_HEADER || h.startsWith(`${PERCENT_HEADER} `));
  const keep = table.header.map((h) => !isShare(h));
  const header = table.header.filter((_, i) => keep[i]);
  const rows = table.rows.map((row) =>
    row.flatMap((cell, i) => {
      if (!keep[i]) return [];
      const share = isShare(table.header[i + 1]) ? row[i + 1] : undefined;
      return share === undefined || share === '–' ? [cell] : [`${cell} (${share})`];
    }),
  );
  return { header, rows };
}

/** Numbers captions as tables are added, so a paper's tables run Table 1, Table 2, … */
export class TableNumbering {
  private next = 1;

  /**
   * A printed table from a summary table, or null when no row has a figure. Rows of nothing but
   * zeros go too ("Withdrawn 0 0 0"), except in a series, where a quiet month is a figure.
   */
  block(
    table: SummaryTable,
    options: { title?: string; series?: boolean } = {},
  ): PaperBlock | null {
    const figures = table.rows.filter((row) => row.slice(1).some((cell) => !isNothing(cell)));
    if (figures.length === 0) return null;
    const kept = options.series ? table.rows : figures;
    const title = options.title ?? table.title;
    if (kept.length === 0) return null;
    const { header, rows } = mergePercentages({ ...table, rows: kept });
    const printed: PaperTable = {
      caption: `Table ${this.next}: ${title}`,
      header,
      rows,
      numeric: header.map((_, i) => i > 0),
    };
    this.next += 1;
    return { kind: 'table', table: printed };
  }
}
