/**
 * What the pane says above a built report when it needs saying: that the report is out of date
 * (the last build did not finish), or that the period holds no complaints, with an offer of the
 * last six months the tracker covers.
 */
import { Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { JSX } from 'react';
import { dayFromParts, parseIsoDate, partsOfDay, toIsoDate } from '../core/dates';
import { formatReportDate } from '../core/labels';
import type { PeriodChoice } from '../core/settings';
import type { Report } from '../core/types';

const useStyles = makeStyles({
  notice: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  stale: {
    borderLeftWidth: tokens.strokeWidthThickest,
    borderLeftColor: tokens.colorStatusWarningBorder2,
  },
  noticeTitle: { fontWeight: tokens.fontWeightSemibold },
});

/**
 * The last six whole months of what a tracker covers, as custom dates: from the first of the
 * month five months before its last received date (or its first date, if later) to that date.
 */
export function lastSixMonthsOf(coverage: Report['coverage']): PeriodChoice | null {
  const first = coverage.firstReceived === null ? null : parseIsoDate(coverage.firstReceived);
  const last = coverage.lastReceived === null ? null : parseIsoDate(coverage.lastReceived);
  if (first === null || last === null) return null;
  const { year, month } = partsOfDay(last);
  const back = year * 12 + (month - 1) - 5;
  const start = dayFromParts(Math.floor(back / 12), (back % 12) + 1, 1) ?? first;
  return { kind: 'custom', from: toIsoDate(Math.max(start, first)), to: toIsoDate(last) };
}

/** "No complaints in this period — the tracker runs 6 April 2021 to 31 October 2022." */
export function describeEmptyPeriod(report: Report): string | null {
  const { firstReceived, lastReceived } = report.coverage;
  if (report.all.complaints > 0 || firstReceived === null || lastReceived === null) return null;
  return `No complaints in this period — the tracker runs ${formatReportDate(firstReceived)} to ${formatReportDate(lastReceived)}.`;
}

export type BuiltNoticesProps = {
  report: Report;
  /** True when the last build failed after this report was made. */
  stale: boolean;
  /** The failed build's title, when there is one ("The sheet is protected"). */
  failedTitle: string | null;
  busy: boolean;
  onUsePeriod: (period: PeriodChoice) => void;
};

/** The notices, or nothing. */
export function BuiltNotices(props: BuiltNoticesProps): JSX.Element | null {
  const styles = useStyles();
  const { report, stale, failedTitle } = props;
  const empty = stale ? null : describeEmptyPeriod(report);
  const coverPeriod = empty !== null ? lastSixMonthsOf(report.coverage) : null;
  if (!stale && empty === null) return null;
  return (
    <>
      {stale ? (
        <div className={mergeClasses(styles.notice, styles.stale)}>
          <Text className={styles.noticeTitle}>
            {`This report is out of date: the last build did not finish${failedTitle === null ? '' : ` (${failedTitle})`}. It shows the figures from before; build again to bring it up to date.`}
          </Text>
        </div>
      ) : null}
      {empty !== null ? (
        <div className={styles.notice}>
          <Text className={styles.noticeTitle}>
            {coverPeriod === null ? empty : `${empty} Use the last six months of it?`}
          </Text>
          {coverPeriod !== null ? (
            <Button disabled={props.busy} onClick={() => props.onUsePeriod(coverPeriod)}>
              Use the last six months of the tracker
            </Button>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
