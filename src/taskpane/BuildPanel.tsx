/**
 * The Build report button and the progress of a build. The bar moves as rows are read and says
 * how far in words, both on screen (its hint) and to a screen reader (aria-valuetext); the status
 * line announces each stage once, not every few thousand rows read.
 */
import { Button, Field, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useId, type JSX, type Ref } from 'react';
import type { BuildProgress } from '../core/runBuild';
import type { Report } from '../core/types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  button: { alignSelf: 'flex-start' },
  blocked: { color: tokens.colorNeutralForeground2 },
});

export type BuildPanelProps = {
  busy: boolean;
  /** Why Build cannot run yet (a date still to correct); null when it can. */
  blocked?: string | null;
  buttonRef?: Ref<HTMLButtonElement>;
  /** Null before the first build. */
  progress: BuildProgress | null;
  /** Said once a build is done ("Report built: 42 complaints.") or has failed. */
  doneMessage: string | null;
  onBuild: () => void;
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

/** The stage in words: what the progress bar's aria-valuetext and the status line say. */
export function describeProgress(progress: BuildProgress): string {
  switch (progress.stage) {
    case 'reading':
      return progress.totalRows > 0
        ? `Reading the tracker: ${formatCount(progress.rowsRead)} of ${formatCount(progress.totalRows)} rows`
        : 'Reading the tracker';
    case 'building':
      return 'Building the report';
    case 'writing':
      return 'Writing the summary sheet and highlighting overdue complaints';
    case 'done':
      return 'Report built';
  }
}

/** The stage alone, for the status line: it changes (and is announced) once per stage. */
export function describeStage(progress: BuildProgress): string {
  return describeProgress({ ...progress, totalRows: 0 });
}

/** The bar's fill: reading takes most of the time on a large tracker, so it gets most of the bar. */
export function progressValue(progress: BuildProgress): number {
  switch (progress.stage) {
    case 'reading':
      return progress.totalRows > 0 ? 0.7 * (progress.rowsRead / progress.totalRows) : 0;
    case 'building':
      return 0.75;
    case 'writing':
      return 0.85;
    case 'done':
      return 1;
  }
}

/** Start a build and watch it. */
export function BuildPanel(props: BuildPanelProps): JSX.Element {
  const styles = useStyles();
  const { progress, busy } = props;
  const blockedId = useId();
  const blocked = props.blocked ?? null;
  const status = busy && progress ? `${describeStage(progress)}…` : (props.doneMessage ?? '');
  return (
    <div className={styles.root}>
      <Button
        ref={props.buttonRef}
        className={styles.button}
        appearance="primary"
        disabledFocusable={busy || blocked !== null}
        aria-describedby={blocked === null ? undefined : blockedId}
        onClick={props.onBuild}
      >
        Build report
      </Button>
      {blocked !== null ? (
        <Text id={blockedId} className={styles.blocked}>
          {blocked}
        </Text>
      ) : null}
      {progress !== null ? (
        <Field
          label="Progress"
          validationState="none"
          hint={busy ? describeProgress(progress) : undefined}
        >
          <ProgressBar
            value={progressValue(progress)}
            max={1}
            aria-valuetext={describeProgress(progress)}
          />
        </Field>
      ) : null}
      <Text role="status">{status}</Text>
    </div>
  );
}
