/**
 * The figures a complaints manager quotes first, as a small grid of labelled numbers: a
 * description list, so a screen reader reads each label with its figure.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { memo, type JSX } from 'react';
import { formatReportDate, OUTCOME_LABELS } from '../core/labels';
import type { Report } from '../core/types';
import { Section } from './Section';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(8.5em, 1fr))',
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  figure: {
    display: 'flex',
    flexDirection: 'column',
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  number: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700 },
  period: { color: tokens.colorNeutralForeground2, marginTop: 0 },
});

const NOT_IN_TRACKER = 'Not in tracker';

const count = (n: number): string => n.toLocaleString('en-GB');

/** One labelled figure; `value` is text so "Not in tracker" can stand in for a missing column. */
export type HeadlineFigure = { label: string; value: string };

/** The five headline figures, in the order a board paper gives them. */
export function headlineFiguresOf(report: Report): HeadlineFigure[] {
  const { all, childrenInCare } = report;
  const open = all.timescales.openInTime + all.timescales.openOverdue;
  return [
    { label: 'Complaints', value: count(all.complaints) },
    {
      label: 'Upheld in full or in part',
      value: all.upheld === null ? NOT_IN_TRACKER : count(all.upheld.complaints),
    },
    { label: `Open (${OUTCOME_LABELS.open.toLowerCase()})`, value: count(open) },
    { label: 'Overdue', value: count(all.timescales.openOverdue) },
    {
      label: 'Children in care',
      value: childrenInCare === null ? NOT_IN_TRACKER : count(childrenInCare.complaints),
    },
  ];
}

/** Show the headline figures of a built report. */
export const HeadlineFigures = memo(function HeadlineFigures(props: {
  report: Report;
}): JSX.Element {
  const styles = useStyles();
  const { period } = props.report;
  return (
    <Section title="Headline figures">
      <p className={styles.period}>
        {`Complaints received ${formatReportDate(period.from)} to ${formatReportDate(period.to)}, as of ${formatReportDate(period.asOf)}.`}
      </p>
      <dl className={styles.grid}>
        {headlineFiguresOf(props.report).map((figure) => (
          <div key={figure.label} className={styles.figure}>
            <dt className={styles.label}>{figure.label}</dt>
            <dd
              className={mergeClasses(styles.value, /^[\d,]+$/.test(figure.value) && styles.number)}
            >
              {figure.value}
            </dd>
          </div>
        ))}
      </dl>
    </Section>
  );
});
