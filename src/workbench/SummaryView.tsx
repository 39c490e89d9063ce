/**
 * The "Complaints summary" sheet as the xlsx host holds it: the same titled tables the Excel host
 * writes, shown as HTML tables so the figures can be read beside the task pane.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { SummaryLayout, SummaryTable } from '../core/summaryLayout';

const useStyles = makeStyles({
  sheet: {
    overflow: 'auto',
    height: '100%',
    padding: tokens.spacingHorizontalL,
    boxSizing: 'border-box',
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  note: { margin: `${tokens.spacingVerticalXXS} 0`, color: tokens.colorNeutralForeground2 },
  table: {
    borderCollapse: 'collapse',
    marginTop: tokens.spacingVerticalL,
    minWidth: '24em',
  },
  caption: {
    captionSide: 'top',
    textAlign: 'left',
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalXS,
  },
  headCell: {
    textAlign: 'left',
    backgroundColor: tokens.colorNeutralBackground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
  },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
  },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
});

function SummaryTableView({ table }: { table: SummaryTable }): ReactElement {
  const styles = useStyles();
  return (
    <table className={styles.table} data-table={table.id}>
      <caption className={styles.caption}>{table.title}</caption>
      <thead>
        <tr>
          {table.header.map((text, i) => (
            <th key={i} className={styles.headCell} scope="col">
              {text}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, r) => (
          <tr key={r}>
            {row.map((cell, c) => (
              <td
                key={c}
                className={
                  typeof cell === 'number' ? `${styles.cell} ${styles.number}` : styles.cell
                }
              >
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The summary sheet: its title, notes, then every table in order. */
export function SummaryView({ layout }: { layout: SummaryLayout }): ReactElement {
  const styles = useStyles();
  return (
    <div
      className={styles.sheet}
      role="region"
      aria-label={`Sheet ${layout.sheetName}`}
      tabIndex={0}
    >
      <p className={styles.title}>{layout.title}</p>
      {layout.notes.map((note, i) => (
        <p key={i} className={styles.note}>
          {note}
        </p>
      ))}
      {layout.tables.map((table) => (
        <SummaryTableView key={table.id} table={table} />
      ))}
    </div>
  );
}
