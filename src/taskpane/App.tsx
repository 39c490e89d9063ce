/**
 * The whole task pane: choose the tracker and period, check the column mapping, build, then read
 * the figures, the issues and the narrative. Talks to the workbook only through the host port;
 * `today` comes from the entry, so the pane never reads the clock itself.
 */
import {
  AriaLiveAnnouncer,
  Button,
  Spinner,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
  useAnnounce,
} from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState, type JSX } from 'react';
import { dayFromParts, parseIsoDate, partsOfDay, toIsoDate } from '../core/dates';
import { formatReportDate } from '../core/labels';
import type { MappingOverrides } from '../core/mapping';
import type { RowTarget, TrackerHost } from '../core/port';
import { DEFAULT_LIMITS } from '../core/settings';
import type { PeriodChoice } from '../core/settings';
import type { IsoDate, Report } from '../core/types';
import { resolvePeriod } from '../core/resolvePeriod';
import { BuildPanel } from './BuildPanel';
import { failureFromError, type BuildFailure } from '../core/buildFailure';
import { ErrorBar, titleAndBody, type ErrorBarProps } from './ErrorBar';
import { FAILURE_TITLES } from '../core/buildFailure';
import { HeadlineFigures } from './HeadlineFigures';
import { IssueList } from './IssueList';
import { LimitsView } from './LimitsView';
import { MappingView } from './MappingView';
import { NarrativeView } from './NarrativeView';
import { PeriodPicker } from './PeriodPicker';
import type { RibbonChannel } from './ribbonChannel';
import { Section } from './Section';
import { SourcePicker } from './SourcePicker';
import { useBuildRunner, type BuildRun } from './useBuildRunner';
import { useRibbonRequests } from './useRibbonRequests';
import { usePaneSettings } from './usePaneSettings';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    // An unbroken long word (a team name, a file name) wraps rather than widening a narrow pane.
    overflowWrap: 'anywhere',
    minWidth: 0,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  messages: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
  },
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

export type AppProps = {
  host: TrackerHost;
  /** The workbook's file name, as the report names its source. */
  fileName: string;
  today: IsoDate;
  /** The ribbon's requests (Build report) and notes (a failed command); none in the workbench. */
  ribbon?: RibbonChannel;
  /** How a build runs (a worker, for one); without it, through `host` in this thread. */
  run?: BuildRun;
};

/** "1,234": every count the pane shows, with the thousands separated as a UK reader expects. */
export const formatCount = (n: number): string => n.toLocaleString('en-GB');

/** "Report built: 5 complaints, 2 overdue; 2 rows were left out." */
export function describeBuilt(report: Report): string {
  const n = report.all.complaints;
  const overdue = report.all.timescales.openOverdue;
  const excluded = report.rows.excluded;
  const left =
    excluded === 0
      ? ''
      : `; ${formatCount(excluded)} ${excluded === 1 ? 'row was' : 'rows were'} left out`;
  return `Report built: ${formatCount(n)} ${n === 1 ? 'complaint' : 'complaints'}, ${formatCount(overdue)} overdue${left}.`;
}

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

/** The task pane; the page puts it in its `<main>` landmark. */
export function App(props: AppProps): JSX.Element {
  // Fluent's message bars (and the pane's own announcements) speak through this announcer.
  return (
    <AriaLiveAnnouncer>
      <Pane {...props} />
    </AriaLiveAnnouncer>
  );
}

function Pane(props: AppProps): JSX.Element {
  const styles = useStyles();
  const { announce } = useAnnounce();
  const { host, fileName, today } = props;
  const settings = usePaneSettings(host, today);
  const runner = useBuildRunner(host, props.run);
  const [selectFailure, setSelectFailure] = useState<BuildFailure | null>(null);
  const [noticeHidden, setNoticeHidden] = useState(false);
  const [loadFailureHidden, setLoadFailureHidden] = useState(false);
  const [editing, setEditing] = useState(false);
  const [editedText, setEditedText] = useState<string | null>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  const buildRef = useRef<HTMLButtonElement>(null);

  const build = useCallback(
    async (
      overrides: MappingOverrides = settings.overrides,
      period: PeriodChoice = settings.period,
    ): Promise<void> => {
      setSelectFailure(null);
      setNoticeHidden(false);
      await runner.start({
        source: settings.source,
        fileName,
        period,
        asOf: settings.asOf,
        overrides,
        limits: settings.limits,
        builtAt: formatReportDate(today),
      });
      setEditedText(null);
    },
    [runner, settings, fileName, today],
  );

  const buildNow = useCallback(() => void build(), [build]);
  const ribbon = useRibbonRequests(props.ribbon, settings.loaded, buildNow);

  // A failed build is announced by its message bar; focus moves there too, so a keyboard or
  // screen reader user lands on what went wrong rather than on a Build button that did nothing.
  const { failure } = runner;
  useEffect(() => {
    if (failure !== null) failureRef.current?.focus();
  }, [failure]);

  // Stable, so the memoised issue list and narrative do not re-render while the user types.
  const select = useCallback(
    (target: RowTarget): void => {
      setSelectFailure(null);
      host.selectRows(target).catch((error: unknown) => {
        setSelectFailure(failureFromError(error, 'selecting'));
      });
    },
    [host],
  );

  const changeOverrides = (next: MappingOverrides): void => {
    settings.setOverrides(next);
    void build(next);
  };

  const applyCoverage = (period: PeriodChoice): void => {
    settings.setPeriod(period, settings.asOf);
    announce('Period set to the last six months of the tracker; building the report.', {
      polite: true,
    });
    buildRef.current?.focus();
    void build(settings.overrides, period);
  };

  const { built, stale } = runner;
  const notice = built?.notice ?? null;
  const periodCheck = resolvePeriod(settings.period, settings.asOf);
  const messages: (ErrorBarProps & { key: string })[] = ribbon.notes.map((note, i) => ({
    key: `ribbon-${i}`,
    intent: 'warning',
    title: note.title,
    failure: { kind: 'unknown', message: note.message, mapping: null },
    onDismiss: () => ribbon.dismissNote(note),
  }));
  if (settings.loadFailure && !loadFailureHidden) {
    messages.push({
      key: 'load',
      failure: settings.loadFailure,
      onDismiss: () => setLoadFailureHidden(true),
    });
  }
  if (failure) {
    messages.push({
      key: 'build',
      failure,
      barRef: failureRef,
      onDismiss: () => {
        runner.dismissFailure();
        buildRef.current?.focus();
      },
    });
  }
  if (selectFailure) {
    messages.push({
      key: 'select',
      failure: selectFailure,
      onDismiss: () => setSelectFailure(null),
    });
  }
  if (notice !== null && !noticeHidden) {
    messages.push({
      key: 'notice',
      intent: 'warning',
      title: 'Your choices were not remembered',
      failure: { kind: 'unknown', message: notice, mapping: null },
      onDismiss: () => setNoticeHidden(true),
    });
  }
  const failedTitle =
    failure === null ? null : titleAndBody(FAILURE_TITLES[failure.kind], failure.message).title;
  const empty = built && !stale ? describeEmptyPeriod(built.report) : null;
  const coverPeriod = built && empty !== null ? lastSixMonthsOf(built.report.coverage) : null;
  return (
    <div className={styles.root}>
      <h1 className={styles.title}>Complaints report</h1>
      {messages.length > 0 ? (
        <div className={styles.messages}>
          {messages.map(({ key, ...message }) => (
            <ErrorBar key={key} {...message} />
          ))}
        </div>
      ) : null}
      {!settings.loaded ? (
        <Spinner size="small" label="Loading the workbook's settings…" />
      ) : (
        <>
          <Section title="Tracker and period">
            <SourcePicker
              sources={settings.sources}
              value={settings.source}
              disabled={runner.busy}
              onChange={settings.setSource}
            />
            <PeriodPicker
              choice={settings.period}
              asOf={settings.asOf}
              disabled={runner.busy}
              onChange={settings.setPeriod}
            />
          </Section>
          <MappingView
            mapping={runner.mapping}
            overrides={settings.overrides}
            disabled={runner.busy}
            attention={failure?.kind === 'missing-column' || failure?.kind === 'no-header'}
            noHeader={failure?.kind === 'no-header'}
            onChange={changeOverrides}
          />
          <LimitsView
            limits={settings.limits ?? DEFAULT_LIMITS}
            disabled={runner.busy}
            onChange={settings.setLimits}
          />
          <BuildPanel
            buttonRef={buildRef}
            busy={runner.busy}
            blocked={periodCheck.ok ? null : 'Correct the period above to build the report.'}
            progress={runner.progress}
            doneMessage={
              failedTitle !== null
                ? `The report was not built: ${failedTitle}.`
                : built
                  ? describeBuilt(built.report)
                  : null
            }
            onBuild={() => void build()}
          />
        </>
      )}
      {built ? (
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
                <Button disabled={runner.busy} onClick={() => applyCoverage(coverPeriod)}>
                  Use the last six months of the tracker
                </Button>
              ) : null}
            </div>
          ) : null}
          <HeadlineFigures report={built.report} />
          <IssueList issues={built.report.issues} mappings={built.mappings} onSelect={select} />
          <NarrativeView
            narrative={built.narrative}
            mapping={built.mapping}
            editedText={editedText}
            editing={editing}
            onEditingChange={setEditing}
            onEditedTextChange={setEditedText}
            onSelect={select}
            paper={built}
          />
        </>
      ) : null}
    </div>
  );
}
