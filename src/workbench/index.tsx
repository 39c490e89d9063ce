/**
 * The workbench page's entry: no Office.js, just the task pane and a picture of the workbook in a
 * plain browser tab. Today comes from the clock here (never in the core), or from `?today=`.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { resolveToday } from './files';
import { Workbench } from './Workbench';

const container = document.getElementById('container');
if (container === null) throw new Error('workbench.html has no #container element');

createRoot(container).render(
  <StrictMode>
    <FluentProvider theme={webLightTheme}>
      <Workbench today={resolveToday(window.location.search, new Date())} />
    </FluentProvider>
  </StrictMode>,
);
