/**
 * The task pane's entry: wait for Office, follow its theme, read the clock once for "today" and
 * render the pane. Everything Office-specific the pane needs is decided here.
 */
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { createExcelHost } from '../excel/createExcelHost';
import { App } from './App';
import { chooseTheme, fileNameFromUrl, isBuildAction, localIsoDate } from './officeContext';

function renderPane(): void {
  const container = document.getElementById('container');
  if (container === null) throw new Error('The task pane page has no #container element.');
  const theme = chooseTheme(Office.context?.officeTheme) === 'dark' ? webDarkTheme : webLightTheme;
  createRoot(container).render(
    <FluentProvider theme={theme} style={{ minHeight: '100vh' }}>
      <main>
        <App
          host={createExcelHost()}
          fileName={fileNameFromUrl(Office.context?.document?.url)}
          today={localIsoDate(new Date())}
          autoBuild={isBuildAction(window.location.search)}
        />
      </main>
    </FluentProvider>,
  );
}

void Office.onReady(() => renderPane());
