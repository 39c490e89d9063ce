/**
 * The whole task pane: choose the tracker and period, check the column mapping, build, then read
 * the figures, the issues and the narrative (in the council's own words), and take the committee
 * paper to Word. Talks to the workbook only through the host port; `today` comes from the entry,
 * so the pane never reads the clock itself.
 */
import {
  AriaLiveAnnouncer,
  Spinner,
  makeStyles,
  tokens,
  useAnnounce,
} from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState, type JSX } from 'react';
import { formatReportDate } from '../core/labels';
import type { MappingOverrides } from '../core/mapping';
import type { RowTarget, TrackerHost } from '../core/port';
import { DEFAULT_LIMITS } from '../core/settings';
import type { PeriodChoice } from '../core/settings';
import type { IsoDate } from '../core/types';
import { resolvePeriod } from '../core/resolvePeriod';
import { BuildPanel, describeBuilt } from './BuildPanel';
import { BuiltNotices } from './BuiltNotices';
import { failureFromError, type BuildFailure } from '../core/buildFailure';
import { ErrorBar, titleAndBody } from './ErrorBar';
import { FAILURE_TITLES } from '../core/buildFailure';
import { HeadlineFigures } from './HeadlineFigures';
import { IssueList } from './IssueList';
import { LimitsView } from './LimitsView';
import { MappingView } from './MappingView';
import { NarrativeView } from './NarrativeView';
import { paneMessages } from './paneMessages';
import { paperRequestOf, type FinancialYear } from './paperChoices';
import { PeriodPicker } from './PeriodPicker';
import type { RibbonChannel } from './ribbonChannel';
import { Section } from './Section';
import { SourcePicker } from './SourcePicker';
import { useBuildRunner, type BuildRun } from './useBuildRunner';
import { useRibbonRequests } from './useRibbonRequests';
import { usePaneSettings } from './usePaneSettings';
import { WordDocumentPanel } from './WordDocumentPanel';
import { WordingPanel } from './WordingPanel';
import { wordingOf } from './wordingTerms';

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
        ...paperRequestOf(settings.terms, settings.paper),
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

  const chooseFinancialYear = (year: FinancialYear): void => {
    settings.setPeriod(year.choice, settings.asOf);
    announce(`Period set to ${year.name}; build the report again to make the annual report.`, {
      polite: true,
    });
    buildRef.current?.focus();
  };

  const { built, stale } = runner;
  const periodCheck = resolvePeriod(settings.period, settings.asOf);
  const wordingFaults = Object.keys(wordingOf(settings.terms).problems).length > 0;
  const messages = paneMessages({
    ...ribbon,
    loadFailure: loadFailureHidden ? null : settings.loadFailure,
    dismissLoadFailure: () => setLoadFailureHidden(true),
    buildFailure: failure,
    buildFailureRef: failureRef,
    dismissBuildFailure: () => {
      runner.dismissFailure();
      buildRef.current?.focus();
    },
    selectFailure,
    dismissSelectFailure: () => setSelectFailure(null),
    notice: noticeHidden ? null : (built?.notice ?? null),
    dismissNotice: () => setNoticeHidden(true),
  });
  const failedTitle =
    failure === null ? null : titleAndBody(FAILURE_TITLES[failure.kind], failure.message).title;
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
          <WordingPanel
            terms={settings.terms}
            references={settings.paper.references}
            disabled={runner.busy}
            onTermsChange={settings.setTerms}
            onReferencesChange={(references) => settings.setPaper({ references })}
          />
          <BuildPanel
            buttonRef={buildRef}
            busy={runner.busy}
            blocked={
              !periodCheck.ok
                ? 'Correct the period above to build the report.'
                : wordingFaults
                  ? 'Correct the wording above to build the report.'
                  : null
            }
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
          <BuiltNotices
            report={built.report}
            stale={stale}
            failedTitle={failedTitle}
            busy={runner.busy}
            onUsePeriod={applyCoverage}
          />
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
          <WordDocumentPanel
            built={built}
            edited={editedText !== null}
            paper={settings.paper}
            period={settings.period}
            asOf={settings.asOf}
            disabled={runner.busy}
            onChange={settings.setPaper}
            onUseFinancialYear={chooseFinancialYear}
          />
        </>
      ) : null}
    </div>
  );
}
