/**
 * The browser workbench: the real task pane beside a picture of the workbook, over the in-memory
 * xlsx host instead of Excel. For demos, for trying a tracker without Office, and for the e2e test.
 */
import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { startTransition, useEffect, useRef, useState } from 'react';
import type { ReactElement } from 'react';
import { HostError, type RowTarget } from '../core/port';
import type { IsoDate } from '../core/types';
import { App } from '../taskpane/App';
import type { XlsxHostState } from '../xlsx/xlsxHost';
import { downloadBytes, reportFileName } from './files';
import { openLocalSession, type WorkbenchSession } from './session';
import type { SheetPicture } from './sheetModel';
import { SheetView } from './SheetView';
import { startBuildWorker } from './startBuildWorker';
import { SummaryView } from './SummaryView';
import { TrackerPicker } from './TrackerPicker';
import type { TrackerFile } from './TrackerPicker';
import { openWorkerSession } from './workerSession';

/** A task pane as Excel opens it (about 320 to 350 px wide), so what the workbench shows is real. */
const PANE_WIDTH = '340px';

const useStyles = makeStyles({
  page: {
    display: 'grid',
    gridTemplateRows: 'auto minmax(0, 1fr)',
    // minmax(0, …): a wide sheet scrolls inside its own area, never the whole page.
    gridTemplateColumns: 'minmax(0, 1fr)',
    height: '100vh',
    overflow: 'hidden',
    fontFamily: tokens.fontFamilyBase,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  spacer: { flexGrow: 1 },
  body: {
    display: 'flex',
    minHeight: 0,
    // A window as narrow as a task pane: the workbook above, the pane below at the full width.
    '@media (max-width: 640px)': { flexDirection: 'column' },
  },
  workbook: {
    display: 'flex',
    flexDirection: 'column',
    flexGrow: 1,
    minWidth: 0,
    '@media (max-width: 640px)': { flexGrow: 0, height: '35vh' },
  },
  sheetArea: { flexGrow: 1, minHeight: 0 },
  tabs: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  empty: { padding: tokens.spacingHorizontalXXL, maxWidth: '40em' },
  pane: {
    width: PANE_WIDTH,
    flexShrink: 0,
    overflowY: 'auto',
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    '@media (max-width: 640px)': { width: 'auto', flexGrow: 1, minHeight: 0, borderLeft: 'none' },
  },
  error: { margin: tokens.spacingHorizontalL },
  reading: { padding: tokens.spacingHorizontalXXL },
});

type Session = { id: number; file: TrackerFile; opened: WorkbenchSession };

/** A picture and the highlight and selection it was drawn for, shown together. */
type Shown = { picture: SheetPicture; highlight: RowTarget | null; selection: RowTarget | null };

/** The file in a worker, or in the page where no worker can start. */
async function openSession(
  file: TrackerFile,
  onState: (state: XlsxHostState) => void,
): Promise<WorkbenchSession> {
  return (
    (await openWorkerSession(file, onState, startBuildWorker)) ?? openLocalSession(file, onState)
  );
}

/** The rows of the highlight and the selection that fall on a sheet. */
function targetedRows(state: XlsxHostState, sheet: string): number[] {
  const rows = new Set<number>();
  for (const target of [state.highlight, state.selection]) {
    if (target !== null && target.sheet === sheet) target.rows.forEach((row) => rows.add(row));
  }
  return [...rows];
}
type SheetTab = 'tracker' | 'summary';

const EMPTY_STATE: XlsxHostState = {
  summary: null,
  highlight: null,
  highlights: [],
  selection: null,
  settings: null,
};

/** Why a file could not be opened or saved, in words a complaints officer can act on. */
function describeError(error: unknown): string {
  if (error instanceof HostError) return error.message;
  return 'This file could not be opened. Check it is an Excel workbook (.xlsx) and retry.';
}

/**
 * The sheet Excel would be showing: where the pane last selected or highlighted rows, else the
 * sheet the pane reads (remembered in settings), else the workbook's first sheet.
 */
function shownSheetName(state: XlsxHostState, defaultSheet: string | null): string | undefined {
  const source = state.settings?.source;
  return (
    state.selection?.sheet ??
    state.highlight?.sheet ??
    (source?.kind === 'sheet' ? source.name : undefined) ??
    defaultSheet ??
    undefined
  );
}

/** The workbench page: pick a tracker, then the sheet on the left and the task pane on the right. */
export function Workbench({ today }: { today: IsoDate }): ReactElement {
  const styles = useStyles();
  const [session, setSession] = useState<Session | null>(null);
  const [hostState, setHostState] = useState<XlsxHostState>(EMPTY_STATE);
  const [error, setError] = useState<string | null>(null);
  const [tab, setTab] = useState<SheetTab>('tracker');

  const [shown, setShown] = useState<Shown | null>(null);
  // The session whose notices count: a late one from a file since replaced is ignored.
  const current = useRef(0);

  const open = (file: TrackerFile): void => {
    const id = current.current + 1;
    current.current = id;
    // Transitions: what the worker wrote (a summary, a highlight of many rows) is drawn in
    // slices React can interrupt, never as one long task.
    const onState = (state: XlsxHostState): void => {
      if (current.current === id) startTransition(() => setHostState(state));
    };
    openSession(file, onState).then(
      (opened) => {
        if (current.current !== id) {
          opened.close();
          return;
        }
        setSession((previous) => {
          previous?.opened.close();
          return { id, file, opened };
        });
        setHostState(EMPTY_STATE);
        setShown(null);
        setTab('tracker');
        setError(null);
      },
      (cause: unknown) => {
        if (current.current === id) setError(describeError(cause));
      },
    );
  };

  const download = (): void => {
    if (session === null) return;
    session.opened.exportWorkbook().then(
      (bytes) => downloadBytes(bytes, reportFileName(session.file.name)),
      (cause: unknown) => setError(describeError(cause)),
    );
  };

  // Excel shows the summary sheet when the add-in writes it, and the tracker when rows are selected.
  useEffect(() => {
    if (hostState.summary !== null) startTransition(() => setTab('summary'));
  }, [hostState.summary]);
  useEffect(() => {
    if (hostState.selection !== null) startTransition(() => setTab('tracker'));
  }, [hostState.selection]);

  const sheetName = shownSheetName(hostState, session?.opened.defaultSheet ?? null);
  // The picture is drawn where the file is held; the page shows it once it comes, with the
  // highlight and selection it was drawn for, so far-down selected rows appear as they are marked.
  useEffect(() => {
    if (session === null || sheetName === undefined) return;
    const { highlight, selection } = hostState;
    let wanted = true;
    session.opened.pictureSheet(sheetName, targetedRows(hostState, sheetName)).then(
      (picture) => {
        if (wanted) startTransition(() => setShown({ picture, highlight, selection }));
      },
      (cause: unknown) => {
        if (!wanted) return;
        setShown(null);
        setError(describeError(cause));
      },
    );
    return () => {
      wanted = false;
    };
  }, [session, sheetName, hostState]);
  const showSummary = tab === 'summary' && hostState.summary !== null;

  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <h1 className={styles.title}>Complaints Report workbench</h1>
        <TrackerPicker onOpen={open} onError={setError} />
        <span className={styles.spacer} />
        <Button disabled={hostState.summary === null} onClick={download}>
          Download report workbook
        </Button>
      </header>
      <div className={styles.body}>
        <main className={styles.workbook}>
          {error !== null && (
            <MessageBar intent="error" className={styles.error}>
              <MessageBarBody>{error}</MessageBarBody>
            </MessageBar>
          )}
          {session === null ? (
            <div className={styles.empty}>
              <Text as="p">
                Open a complaints tracker (.xlsx), or use the sample tracker, to try the add-in
                without Excel. The file stays in this browser: nothing is uploaded.
              </Text>
            </div>
          ) : (
            <>
              <div
                className={styles.sheetArea}
                role="tabpanel"
                id="sheet-panel"
                aria-labelledby={showSummary ? 'tab-summary' : 'tab-tracker'}
              >
                {showSummary && hostState.summary !== null ? (
                  <SummaryView layout={hostState.summary} />
                ) : shown !== null ? (
                  <SheetView
                    picture={shown.picture}
                    highlight={shown.highlight}
                    selection={shown.selection}
                  />
                ) : sheetName !== undefined && error === null ? (
                  <Spinner className={styles.reading} size="small" label="Reading the sheet…" />
                ) : null}
              </div>
              <TabList
                className={styles.tabs}
                size="small"
                aria-label="Sheets"
                selectedValue={showSummary ? 'summary' : 'tracker'}
                onTabSelect={(_, data) => setTab(data.value as SheetTab)}
              >
                <Tab id="tab-tracker" value="tracker" aria-controls="sheet-panel">
                  {sheetName ?? 'Tracker'}
                </Tab>
                {hostState.summary !== null && (
                  <Tab id="tab-summary" value="summary" aria-controls="sheet-panel">
                    {hostState.summary.sheetName}
                  </Tab>
                )}
              </TabList>
            </>
          )}
        </main>
        <aside className={styles.pane} aria-label="Task pane">
          {session !== null && (
            <App
              key={session.id}
              host={session.opened.host}
              run={session.opened.run}
              fileName={session.file.name}
              today={today}
            />
          )}
        </aside>
      </div>
    </div>
  );
}
