/** @jest-environment jsdom */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HostError } from '../../src/core/port';
import { App } from '../../src/taskpane/App';
import { describeBuilt } from '../../src/taskpane/BuildPanel';
import { createRibbonChannel, type RibbonChannel } from '../../src/taskpane/ribbonChannel';
import { createFakeHost, makeTrackerSheet, type FakeHost } from './_helpers/fakeHost';
import { expectedReport, installDomStubs, renderWithFluent, TODAY } from './_helpers/renderPane';

beforeAll(installDomStubs);

const FILE = 'Complaints tracker.xlsx';

function renderApp(host: FakeHost, ribbon?: RibbonChannel): void {
  renderWithFluent(<App host={host} fileName={FILE} today={TODAY} ribbon={ribbon} />);
}

async function buildOnce(host: FakeHost): Promise<void> {
  renderApp(host);
  await userEvent.click(await screen.findByRole('button', { name: 'Build report' }));
  await screen.findByRole('heading', { name: 'Headline figures' });
}

/** The value of an input or select. */
function valueOf(element: HTMLElement): string {
  if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement)
    return element.value;
  throw new Error(`Not a form control: ${element.tagName}`);
}

function checked(element: HTMLElement): boolean {
  if (element instanceof HTMLInputElement) return element.checked;
  throw new Error(`Not an input: ${element.tagName}`);
}

/** The headline figures as label → value, read from the description list. */
function headlineFigures(): Record<string, string> {
  const section = screen.getByRole('region', { name: 'Headline figures' });
  const terms = within(section).getAllByRole('term');
  const values = within(section).getAllByRole('definition');
  return Object.fromEntries(terms.map((term, i) => [term.textContent, values[i].textContent]));
}

describe('describeBuilt', () => {
  it.each([
    [1, 0, 0, 'Report built: 1 complaint, 0 overdue.'],
    [5, 2, 1, 'Report built: 5 complaints, 2 overdue; 1 row was left out.'],
    [0, 0, 3, 'Report built: 0 complaints, 0 overdue; 3 rows were left out.'],
  ])('%i complaints, %i overdue, %i excluded', (complaints, overdue, excluded, words) => {
    const { report } = expectedReport('2021-09-01', '2022-02-28', TODAY);
    const changed = {
      ...report,
      rows: { ...report.rows, excluded },
      all: {
        ...report.all,
        complaints,
        timescales: { ...report.all.timescales, openOverdue: overdue },
      },
    };
    expect(describeBuilt(changed)).toBe(words);
  });
});

describe('App', () => {
  it('defaults to the last six whole months before today, as of today', async () => {
    renderApp(createFakeHost());
    expect(checked(await screen.findByRole('radio', { name: 'Last six whole months' }))).toBe(true);
    expect(valueOf(screen.getByLabelText('As of'))).toBe('15/03/2022');
    screen.getByText('Complaints received 1 September 2021 to 28 February 2022.');
    expect(valueOf(screen.getByRole('combobox', { name: 'Tracker' }))).toBe('sheet:Tracker');
  });

  it('starts from what the workbook remembers', async () => {
    const host = createFakeHost({
      settings: {
        source: { kind: 'sheet', name: 'Notes' },
        period: { kind: 'custom', from: '2021-10-01', to: '2021-12-31' },
      },
    });
    renderApp(host);
    expect(checked(await screen.findByRole('radio', { name: 'Custom dates' }))).toBe(true);
    expect(valueOf(screen.getByLabelText('From'))).toBe('01/10/2021');
    screen.getByText('Complaints received 1 October 2021 to 31 December 2021.');
    expect(valueOf(screen.getByRole('combobox', { name: 'Tracker' }))).toBe('sheet:Notes');
  });

  it('shows progress while building, then the headline figures the core computes', async () => {
    const host = createFakeHost({ chunkRows: 5 });
    host.holdReads();
    renderApp(host);
    await userEvent.click(await screen.findByRole('button', { name: 'Build report' }));
    const bar = await screen.findByRole('progressbar');
    expect(bar.getAttribute('aria-valuetext')).toBe('Reading the tracker: 5 of 13 rows');
    const button = screen.getByRole('button', { name: 'Build report' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    act(() => host.releaseRead());
    await screen.findByRole('heading', { name: 'Headline figures' });
    expect(screen.getByRole('progressbar').getAttribute('aria-valuetext')).toBe('Report built');
    const { report } = expectedReport('2021-09-01', '2022-02-28', TODAY, { file: FILE });
    expect(headlineFigures()).toEqual({
      Complaints: String(report.all.complaints),
      'Upheld in full or in part': String(report.all.upheld?.complaints),
      'Open (being investigated)': String(
        report.all.timescales.openInTime + report.all.timescales.openOverdue,
      ),
      Overdue: String(report.all.timescales.openOverdue),
      'Children in care': String(report.childrenInCare?.complaints),
    });
    const statuses = screen.getAllByRole('status').map((s) => s.textContent);
    expect(statuses).toContain('Report built: 5 complaints, 2 overdue; 2 rows were left out.');
  });

  it('lists issues errors first, and selects the cell of the one clicked', async () => {
    const host = createFakeHost();
    await buildOnce(host);
    const section = screen.getByRole('region', { name: 'Issues found in the tracker' });
    const buttons = within(section)
      .getAllByRole('button')
      .map((b) => b.textContent ?? '');
    expect(buttons.map((text) => text.slice(0, 6))).toEqual([
      'Row 8 ',
      'Row 9:',
      'Row 11',
      'Row 13',
    ]);
    await userEvent.click(within(section).getByRole('button', { name: /^Row 9: date received/ }));
    expect(host.callsOf('selectRows').at(-1)?.target).toEqual({
      sheet: 'Tracker',
      rows: [9],
      firstColumn: 2,
      lastColumn: 2,
    });
    await userEvent.click(within(section).getByRole('button', { name: /^Row 13 looks like/ }));
    expect(host.callsOf('selectRows').at(-1)?.target).toEqual({
      sheet: 'Tracker',
      rows: [13],
      firstColumn: 1,
      lastColumn: 9,
    });
  });

  it('selects the rows a sentence speaks of, by mouse or keyboard', async () => {
    const host = createFakeHost();
    await buildOnce(host);
    const sentence = screen.getByRole('button', {
      name: /^Both complaints still open on 15 March 2022 are overdue/,
      description: 'Select the 2 complaints this sentence speaks of',
    });
    await userEvent.click(sentence);
    expect(host.callsOf('selectRows').at(-1)?.target).toEqual({
      sheet: 'Tracker',
      rows: [6, 7, 10],
      firstColumn: 1,
      lastColumn: 9,
    });
    const overdue = screen.getByRole('button', { name: /^C-104: stage 2/ });
    overdue.focus();
    await userEvent.keyboard('{Enter}');
    expect(host.callsOf('selectRows').at(-1)?.target.rows).toEqual([7, 10]);
  });

  it('shows a protected sheet in an error message bar and writes nothing after it', async () => {
    const message = 'Unprotect the sheet (Review > Unprotect Sheet) and build again.';
    const host = createFakeHost({
      failures: { writeReport: new HostError('protected', message) },
    });
    renderApp(host);
    await userEvent.click(await screen.findByRole('button', { name: 'Build report' }));
    const bar = await screen.findByRole('group', { name: 'The workbook or sheet is protected' });
    expect(bar.textContent).toContain(message);
    expect(host.calls.at(-1)?.method).toBe('writeReport');
    expect(screen.queryByRole('heading', { name: 'Headline figures' })).toBeNull();
    await userEvent.click(within(bar).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('group', { name: 'The workbook or sheet is protected' })).toBeNull();
  });

  it('rebuilds with a changed column mapping and remembers it', async () => {
    const host = createFakeHost();
    await buildOnce(host);
    await userEvent.click(screen.getByRole('button', { name: 'Column mapping' }));
    const outcome = screen.getByRole('combobox', { name: 'Outcome' });
    expect(valueOf(outcome)).toBe('7');
    await userEvent.selectOptions(outcome, 'Not in tracker');
    await waitFor(() => expect(host.callsOf('readTracker')).toHaveLength(2));
    await waitFor(() =>
      expect(headlineFigures()['Upheld in full or in part']).toBe('Not in tracker'),
    );
    expect(host.callsOf('writeReport').at(-1)?.output.settings.overrides).toEqual({
      outcome: null,
    });
    expect(valueOf(screen.getByRole('combobox', { name: 'Outcome' }))).toBe('');
    screen.getByText("Your choice (found: 'Outcome')");
  });

  it('opens the mapping when a required column is missing, and builds once it is chosen', async () => {
    const rows = makeTrackerSheet().values.map((row, i) =>
      i === 2 ? row.map((cell) => (cell === 'Date received' ? 'When it came in' : cell)) : row,
    );
    const host = createFakeHost({ sheet: makeTrackerSheet(rows) });
    renderApp(host);
    await userEvent.click(await screen.findByRole('button', { name: 'Build report' }));
    await screen.findByRole('group', { name: 'A required column is missing' });
    const received = await screen.findByRole('combobox', { name: /Date received/ });
    await userEvent.selectOptions(received, 'When it came in (column C)');
    await screen.findByRole('heading', { name: 'Headline figures' });
    expect(host.callsOf('writeReport').at(-1)?.output.settings.overrides).toEqual({
      received: 'When it came in',
    });
  });

  it('keeps the column mapping and the last report, marked out of date, when a build fails', async () => {
    const host = createFakeHost();
    await buildOnce(host);
    host.failNext('readTracker', new HostError('not-found', "There is no sheet called 'Tracker'."));
    await userEvent.click(screen.getByRole('button', { name: 'Build report' }));
    const bar = await screen.findByRole('group', { name: 'The tracker could not be found' });
    await waitFor(() => expect(document.activeElement).toBe(bar));
    screen.getByRole('heading', { name: 'Headline figures' });
    screen.getByText(/^This report is out of date: the last build did not finish/);
    screen.getByText('The report was not built: The tracker could not be found.');
    await userEvent.click(screen.getByRole('button', { name: 'Column mapping' }));
    screen.getByText("Header on row 3 of 'Tracker'.");
    await userEvent.click(screen.getByRole('button', { name: 'Build report' }));
    await waitFor(() => expect(screen.queryByText(/^This report is out of date/)).toBeNull());
  });

  it('never builds merely because it was opened', async () => {
    const host = createFakeHost();
    renderApp(host, createRibbonChannel());
    await screen.findByRole('button', { name: 'Build report' });
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(host.callsOf('readTracker')).toEqual([]);
  });

  it('builds when the ribbon asks, even if it asked while the pane was loading', async () => {
    const host = createFakeHost();
    const ribbon = createRibbonChannel();
    ribbon.requestBuild();
    renderApp(host, ribbon);
    await screen.findByRole('heading', { name: 'Headline figures' }, { timeout: 5000 });
    expect(host.callsOf('readTracker')).toEqual([
      { method: 'readTracker', source: { kind: 'sheet', name: 'Tracker' } },
    ]);
    act(() => ribbon.requestBuild());
    await waitFor(() => expect(host.callsOf('readTracker')).toHaveLength(2));
  });

  it('shows a note a ribbon command left, until dismissed', async () => {
    const host = createFakeHost();
    const ribbon = createRibbonChannel();
    renderApp(host, ribbon);
    await screen.findByRole('button', { name: 'Build report' });
    act(() => ribbon.postNote({ title: 'Clear highlights did not finish', message: 'Unprotect.' }));
    const bar = await screen.findByRole('group', { name: 'Clear highlights did not finish' });
    expect(bar.textContent).toContain('Unprotect.');
    await userEvent.click(within(bar).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('group', { name: 'Clear highlights did not finish' })).toBeNull();
  });

  it('still builds from the active sheet when the settings cannot be loaded', async () => {
    const host = createFakeHost({ failures: { loadSettings: new TypeError('settings broke') } });
    renderApp(host);
    const bar = await screen.findByRole('group', { name: 'Something went wrong' });
    expect(bar.textContent).toMatch(/loading the workbook's settings \(settings broke\)/);
    await userEvent.click(screen.getByRole('button', { name: 'Build report' }));
    await screen.findByRole('heading', { name: 'Headline figures' });
    expect(host.callsOf('readTracker')[0].source).toBeNull();
  });

  it('shows why a selection failed', async () => {
    const message = "The sheet 'Tracker' is no longer in this workbook.";
    const host = createFakeHost({ failures: { selectRows: new HostError('not-found', message) } });
    await buildOnce(host);
    const section = screen.getByRole('region', { name: 'Issues found in the tracker' });
    await userEvent.click(within(section).getAllByRole('button')[0]);
    const bar = await screen.findByRole('group', { name: 'The tracker could not be found' });
    expect(bar.textContent).toContain(message);
  });

  it('does not build on load otherwise', async () => {
    const host = createFakeHost();
    renderApp(host);
    await screen.findByRole('button', { name: 'Build report' });
    expect(host.callsOf('readTracker')).toHaveLength(0);
  });
});
