/**
 * The whole task pane: choose the tracker and period, check the column mapping, build, then read
 * the figures, the issues and the narrative. Talks to the workbook only through the host port;
 * `today` comes from the entry, so the pane never reads the clock itself.
 */
import { Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useState, type JSX } from 'react';
import { formatReportDate } from '../core/labels';
import type { MappingOverrides } from '../core/mapping';
import type { RowTarget, TrackerHost } from '../core/port';
import { DEFAULT_LIMITS } from '../core/settings';
import type { IsoDate, Report } from '../core/types';
import { BuildPanel } from './BuildPanel';
import { failureFromError, type BuildFailure } from '../core/buildFailure';
import { ErrorBar, type ErrorBarProps } from './ErrorBar';
import { HeadlineFigures } from './HeadlineFigures';
import { IssueList } from './IssueList';
import { LimitsView } from './LimitsView';
import { MappingView } from './MappingView';
import { NarrativeView } from './NarrativeView';
import { PeriodPicker } from './PeriodPicker';
import type { RibbonChannel } from './ribbonChannel';
import { Section } from './Section';
import { SourcePicker } from './SourcePicker';
import { useBuildRunner } from './useBuildRunner';
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
});

export type AppProps = {
  host: TrackerHost;
  /** The workbook's file name, as the report names its source. */
  fileName: string;
  today: IsoDate;
  /** The ribbon's requests (Build report) and notes (a failed command); none in the workbench. */
  ribbon?: RibbonChannel;
};

/** "Report built: 5 complaints, 2 overdue; 2 rows were left out." */
export function describeBuilt(report: Report): string {
  const n = report.all.complaints;
  const overdue = report.all.timescales.openOverdue;
  const excluded = report.rows.excluded;
  const left =
    excluded === 0 ? '' : `; ${excluded} ${excluded === 1 ? 'row was' : 'rows were'} left out`;
  return `Report built: ${n} ${n === 1 ? 'complaint' : 'complaints'}, ${overdue} overdue${left}.`;
}

/** The task pane; the page puts it in its `<main>` landmark. */
export function App(props: AppProps): JSX.Element {
  const styles = useStyles();
  const { host, fileName, today } = props;
  const settings = usePaneSettings(host, today);
  const runner = useBuildRunner(host);
  const [selectFailure, setSelectFailure] = useState<BuildFailure | null>(null);
  const [noticeHidden, setNoticeHidden] = useState(false);
  const [loadFailureHidden, setLoadFailureHidden] = useState(false);
  const [editing, setEditing] = useState(false);
  const [editedText, setEditedText] = useState<string | null>(null);

  const build = useCallback(
    async (overrides: MappingOverrides = settings.overrides): Promise<void> => {
      setSelectFailure(null);
      setNoticeHidden(false);
      await runner.start({
        source: settings.source,
        fileName,
        period: settings.period,
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

  const select = useCallback(
    async (target: RowTarget): Promise<void> => {
      setSelectFailure(null);
      try {
        await host.selectRows(target);
      } catch (error) {
        setSelectFailure(failureFromError(error, 'selecting'));
      }
    },
    [host],
  );

  const changeOverrides = (next: MappingOverrides): void => {
    settings.setOverrides(next);
    void build(next);
  };

  const { built, failure } = runner;
  const notice = built?.notice ?? null;
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
  if (failure) messages.push({ key: 'build', failure, onDismiss: runner.dismissFailure });
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
            attention={failure?.kind === 'missing-column'}
            onChange={changeOverrides}
          />
          <LimitsView
            limits={settings.limits ?? DEFAULT_LIMITS}
            disabled={runner.busy}
            onChange={settings.setLimits}
          />
          <BuildPanel
            busy={runner.busy}
            progress={runner.progress}
            doneMessage={built ? describeBuilt(built.report) : null}
            onBuild={() => void build()}
          />
        </>
      )}
      {built ? (
        <>
          <HeadlineFigures report={built.report} />
          <IssueList
            issues={built.report.issues}
            mapping={built.mapping}
            onSelect={(target) => void select(target)}
          />
          <NarrativeView
            narrative={built.narrative}
            mapping={built.mapping}
            editedText={editedText}
            editing={editing}
            onEditingChange={setEditing}
            onEditedTextChange={setEditedText}
            onSelect={(target) => void select(target)}
          />
        </>
      ) : null}
    </div>
  );
}
