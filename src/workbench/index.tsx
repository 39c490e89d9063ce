/**
 * The workbench page's entry: no Office.js, just the task pane and a picture of the workbook in a
 * plain browser tab. Today comes from the clock here (never in the core), or from `?today=`. The
 * page follows the browser's light or dark preference, as the pane follows Office's theme.
 */
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { StrictMode, useSyncExternalStore, type JSX } from 'react';
import { createRoot } from 'react-dom/client';
import { resolveToday } from './files';
import { Workbench } from './Workbench';

const DARK = '(prefers-color-scheme: dark)';

/** True while the browser prefers a dark colour scheme; follows changes as they happen. */
function usePrefersDark(): boolean {
  return useSyncExternalStore(
    (changed) => {
      const query = window.matchMedia(DARK);
      query.addEventListener('change', changed);
      return () => query.removeEventListener('change', changed);
    },
    () => window.matchMedia(DARK).matches,
  );
}

function Page(): JSX.Element {
  const dark = usePrefersDark();
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <Workbench today={resolveToday(window.location.search, new Date())} />
    </FluentProvider>
  );
}

const container = document.getElementById('container');
if (container === null) throw new Error('workbench.html has no #container element');

createRoot(container).render(
  <StrictMode>
    <Page />
  </StrictMode>,
);
