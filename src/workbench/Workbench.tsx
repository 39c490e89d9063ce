/**
 * The browser workbench: the real task pane beside a picture of the workbook, over the in-memory
 * xlsx host instead of Excel. For demos, for trying a tracker without Office, and for the e2e test.
 */
import {
  Button,
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { ReactElement } from 'react';
import { HostError } from '../core/port';
import type { IsoDate, RawSheet } from '../core/types';
import { App } from '../taskpane/App';
import { openWorkbook } from '../xlsx/readWorkbook';
import type { XlsxWorkbook } from '../xlsx/readWorkbook';
import { createXlsxHost } from '../xlsx/xlsxHost';
import type { XlsxHost, XlsxHostState } from '../xlsx/xlsxHost';
import { downloadBytes, reportFileName } from './files';
import { SheetView } from './SheetView';
import { SummaryView } from './SummaryView';
import { TrackerPicker } from './TrackerPicker';
import type { TrackerFile } from './TrackerPicker';

/** The task pane's width in Excel on the web, near enough. */
const PANE_WIDTH = '360px';

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
});

type Session = { id: number; file: TrackerFile; host: XlsxHost; workbook: XlsxWorkbook };
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
function shownSheetName(state: XlsxHostState, workbook: XlsxWorkbook | null): string | undefined {
  const source = state.settings?.source;
  return (
    state.selection?.sheet ??
    state.highlight?.sheet ??
    (source?.kind === 'sheet' ? source.name : undefined) ??
    workbook?.defaultSheet ??
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

  const open = (file: TrackerFile): void => {
    try {
      const workbook = openWorkbook(file.data);
      const host = createXlsxHost(file, setHostState);
      setSession((previous) => ({ id: (previous?.id ?? 0) + 1, file, host, workbook }));
      setHostState(host.state());
      setTab('tracker');
      setError(null);
    } catch (cause) {
      setError(describeError(cause));
    }
  };

  const download = (): void => {
    if (session === null) return;
    session.host.exportWorkbook().then(
      (bytes) => downloadBytes(bytes, reportFileName(session.file.name)),
      (cause: unknown) => setError(describeError(cause)),
    );
  };

  // Excel shows the summary sheet when the add-in writes it, and the tracker when rows are selected.
  useEffect(() => {
    if (hostState.summary !== null) setTab('summary');
  }, [hostState.summary]);
  useEffect(() => {
    if (hostState.selection !== null) setTab('tracker');
  }, [hostState.selection]);

  const sheetName = shownSheetName(hostState, session?.workbook ?? null);
  const sheet = useMemo((): RawSheet | null => {
    if (session === null || sheetName === undefined) return null;
    try {
      return session.workbook.readSheet(sheetName);
    } catch {
      return null;
    }
  }, [session, sheetName]);
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
                ) : sheet !== null ? (
                  <SheetView
                    sheet={sheet}
                    highlight={hostState.highlight}
                    selection={hostState.selection}
                  />
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
            <App key={session.id} host={session.host} fileName={session.file.name} today={today} />
          )}
        </aside>
      </div>
    </div>
  );
}
