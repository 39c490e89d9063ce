/**
 * The task pane's entry, and with the shared runtime the ribbon's too: wait for Office, tie the
 * ribbon commands to their manifest names, follow Office's theme, read the clock once for "today"
 * and render the pane. Opening the page never starts a build: only the ribbon's Build report (a
 * request on the ribbon channel) or the pane's own button does. On an engine too old for the
 * bundle, legacyGuard.js has already shown its page, and nothing here starts.
 */
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { registerCommands } from '../commands/commands';
import { createExcelHost } from '../excel/createExcelHost';
import { App } from './App';
import { chooseTheme, fileNameFromUrl, localIsoDate } from './officeContext';
import { ribbon } from './ribbonChannel';
import { startPipelineWorker } from './startPipelineWorker';
import { buildThrough } from './useBuildRunner';
import { createWorkerPipeline } from './workerPipeline';

function renderPane(): void {
  const container = document.getElementById('container');
  if (container === null) throw new Error('The task pane page has no #container element.');
  const theme = chooseTheme(Office.context?.officeTheme) === 'dark' ? webDarkTheme : webLightTheme;
  const host = createExcelHost();
  // Office.js reads and writes here, on the main thread; the pipeline between them runs in a
  // worker, so the pane keeps answering while a large tracker builds.
  const run = buildThrough(host, createWorkerPipeline(startPipelineWorker));
  createRoot(container).render(
    <FluentProvider theme={theme} style={{ minHeight: '100vh' }}>
      <main>
        <App
          host={host}
          run={run}
          fileName={fileNameFromUrl(Office.context?.document?.url)}
          today={localIsoDate(new Date())}
          ribbon={ribbon}
        />
      </main>
    </FluentProvider>,
  );
}

/** Set by legacyGuard.js on Trident and EdgeHTML, which cannot run this bundle. */
const legacyEngine = (window as { complaintsReportLegacyEngine?: boolean })
  .complaintsReportLegacyEngine;

if (legacyEngine !== true) {
  void Office.onReady(() => {
    registerCommands();
    renderPane();
  });
}
