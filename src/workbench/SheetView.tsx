/**
 * A read-only picture of the tracker sheet, standing in for Excel's grid: row numbers, column
 * letters, the add-in's highlight and the rows the task pane selected (scrolled into view).
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef } from 'react';
import type { ReactElement } from 'react';
import { columnLetters } from '../core/columnLetters';
import type { RowTarget } from '../core/port';
import type { SheetPicture } from './sheetModel';

const useStyles = makeStyles({
  scroller: {
    overflow: 'auto',
    height: '100%',
    backgroundColor: tokens.colorNeutralBackground1,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: {
    borderCollapse: 'separate',
    borderSpacing: 0,
    fontSize: tokens.fontSizeBase200,
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
  },
  head: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
  },
  rowHead: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    minWidth: '3em',
    textAlign: 'right',
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
  },
  corner: { left: 0, zIndex: 3 },
  cell: {
    maxWidth: '16em',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
  },
  // A light yellow like the fill both hosts give overdue rows in the workbook itself.
  highlighted: { backgroundColor: tokens.colorPaletteYellowBackground2 },
  selected: {
    backgroundColor: tokens.colorBrandBackground2,
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
  },
  selectedCell: { fontWeight: tokens.fontWeightSemibold },
  gap: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    fontStyle: 'italic',
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

export type SheetViewProps = {
  /** The rows to draw, made for `highlight` and `selection` (so rows far down are in it). */
  picture: SheetPicture;
  highlight: RowTarget | null;
  selection: RowTarget | null;
};

/** Rows of a target that fall on this sheet (a target names its sheet). */
function rowsOn(sheet: string, target: RowTarget | null): ReadonlySet<number> {
  return target !== null && target.sheet === sheet ? new Set(target.rows) : new Set();
}

/** The sheet grid. Selecting rows in the task pane marks them `aria-selected` and scrolls to them. */
export function SheetView({ picture, highlight, selection }: SheetViewProps): ReactElement {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const sheet = picture;
  const highlighted = useMemo(() => rowsOn(sheet.name, highlight), [sheet.name, highlight]);
  const selected = useMemo(() => rowsOn(sheet.name, selection), [sheet.name, selection]);
  const { lines, width } = picture;
  const columns = Array.from({ length: width }, (_, i) => i);
  const singleColumn =
    selection !== null && selection.firstColumn === selection.lastColumn
      ? selection.firstColumn - sheet.firstColumn
      : null;

  useEffect(() => {
    const first = scroller.current?.querySelector('tr[aria-selected="true"]');
    first?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }, [selection, lines]);

  return (
    <div
      ref={scroller}
      className={styles.scroller}
      role="region"
      aria-label={`Sheet ${sheet.name}`}
      tabIndex={0}
    >
      <table className={styles.table} aria-label={`Sheet ${sheet.name}`}>
        <thead>
          <tr>
            <th className={mergeClasses(styles.head, styles.corner)} scope="col">
              Row
            </th>
            {columns.map((c) => (
              <th key={c} className={styles.head} scope="col">
                {columnLetters(c + sheet.firstColumn)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lines.map((line) =>
            line.kind === 'gap' ? (
              <tr key={`gap-${line.from}`}>
                <td className={styles.gap} colSpan={width + 1}>
                  {line.from === line.to
                    ? `Row ${line.from} not shown`
                    : `Rows ${line.from} to ${line.to} not shown`}
                </td>
              </tr>
            ) : (
              <tr
                key={line.row}
                data-row={line.row}
                aria-selected={selected.has(line.row) ? 'true' : undefined}
                data-highlighted={highlighted.has(line.row) ? 'true' : undefined}
                className={mergeClasses(
                  highlighted.has(line.row) && styles.highlighted,
                  selected.has(line.row) && styles.selected,
                )}
              >
                <th className={styles.rowHead} scope="row">
                  {line.row}
                </th>
                {columns.map((c) => (
                  <td
                    key={c}
                    className={mergeClasses(
                      styles.cell,
                      selected.has(line.row) && c === singleColumn && styles.selectedCell,
                    )}
                  >
                    {line.cells[c]}
                  </td>
                ))}
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
