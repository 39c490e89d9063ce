/** @jest-environment jsdom */
/**
 * The pane for a screen reader and a keyboard, and without dead ends: failures announced and
 * focused, buttons that remove themselves handing focus on, Build held back while a date is
 * wrong, and an empty period offering the dates the tracker covers.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HostError } from '../../src/core/port';
import { App } from '../../src/taskpane/App';
import { lastSixMonthsOf } from '../../src/taskpane/BuiltNotices';
import { SENTENCE_HINT } from '../../src/taskpane/NarrativeView';
import { createFakeHost, type FakeHost } from './_helpers/fakeHost';
import { installDomStubs, renderWithFluent, TODAY } from './_helpers/renderPane';

beforeAll(installDomStubs);

function renderApp(host: FakeHost): void {
  renderWithFluent(<App host={host} fileName="Complaints tracker.xlsx" today={TODAY} />);
}

async function buildOnce(host: FakeHost): Promise<void> {
  renderApp(host);
  await userEvent.click(await screen.findByRole('button', { name: 'Build report' }));
  await screen.findByRole('heading', { name: 'Headline figures' });
}

/**
 * What the pane's announcer says. jsdom has no innerText, which Fluent's live-region fallback
 * writes with, so the test gives the document `ariaNotify` (as Chromium and Edge have), which
 * the announcer then uses instead; the e2e test reads the real thing.
 */
function recordAnnouncements(): string[] {
  const said: string[] = [];
  Object.assign(document, { ariaNotify: (message: string) => said.push(message) });
  return said;
}

afterEach(() => {
  Reflect.deleteProperty(document, 'ariaNotify');
});

describe('lastSixMonthsOf', () => {
  it.each([
    ['2021-04-06', '2022-10-31', '2022-05-01', '2022-10-31'],
    ['2022-08-10', '2022-10-31', '2022-08-10', '2022-10-31'],
    ['2020-01-01', '2021-03-15', '2020-10-01', '2021-03-15'],
  ])('%s to %s → %s to %s', (first, last, from, to) => {
    expect(lastSixMonthsOf({ firstReceived: first, lastReceived: last })).toEqual({
      kind: 'custom',
      from,
      to,
    });
  });
});

describe('App, for screen readers and the keyboard', () => {
  it('announces a failed build and moves focus to its message', async () => {
    const said = recordAnnouncements();
    const message = 'Unprotect the sheet (Review > Unprotect Sheet) and build again.';
    const host = createFakeHost({
      failures: { writeReport: new HostError('protected', message) },
    });
    renderApp(host);
    await userEvent.click(await screen.findByRole('button', { name: 'Build report' }));
    const bar = await screen.findByRole('group', { name: 'The workbook or sheet is protected' });
    await waitFor(() => expect(document.activeElement).toBe(bar));
    await waitFor(() => expect(said.join(' ')).toContain(message));
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Build report' }));
  });

  it('hands focus to the mapping heading when "Use the detected columns" goes', async () => {
    const host = createFakeHost({ settings: { overrides: { outcome: null } } });
    await buildOnce(host);
    await userEvent.click(screen.getByRole('button', { name: 'Column mapping' }));
    await userEvent.click(screen.getByRole('button', { name: 'Use the detected columns' }));
    expect(screen.queryByRole('button', { name: 'Use the detected columns' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Column mapping' }));
  });

  it('hands focus to Edit text when "Discard my edits" goes', async () => {
    const host = createFakeHost();
    await buildOnce(host);
    await userEvent.click(screen.getByRole('button', { name: 'Edit text' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Narrative text' }), ' More.');
    await userEvent.click(screen.getByRole('button', { name: 'Edit text' }));
    await userEvent.click(screen.getByRole('button', { name: 'Discard my edits' }));
    expect(screen.queryByRole('button', { name: 'Discard my edits' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit text' }));
  });

  it('says what the underlined sentences do, and makes them one tab stop moved by arrows', async () => {
    const host = createFakeHost();
    await buildOnce(host);
    screen.getByText(SENTENCE_HINT);
    const sentences = screen
      .getAllByRole('button')
      .filter((element) => element.hasAttribute('data-sentence'));
    expect(sentences.length).toBeGreaterThan(2);
    expect(sentences.filter((s) => s.tabIndex === 0)).toHaveLength(1);
    sentences[0].focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(sentences[1]);
    expect(sentences[1].tabIndex).toBe(0);
    expect(sentences[0].tabIndex).toBe(-1);
    await userEvent.keyboard('{End}');
    expect(document.activeElement).toBe(sentences.at(-1));
  });
});

describe('App, without dead ends', () => {
  it('says exactly what is wrong with a date and holds Build back until it is right', async () => {
    const host = createFakeHost();
    renderApp(host);
    await userEvent.click(await screen.findByRole('radio', { name: 'Custom dates' }));
    const to = screen.getByLabelText('To');
    await userEvent.clear(to);
    await userEvent.type(to, '31/02/2022');
    await userEvent.tab();
    screen.getByText('February 2022 has 28 days.');
    const build = screen.getByRole('button', { name: 'Build report' });
    expect(build.getAttribute('aria-disabled')).toBe('true');
    screen.getByText('Correct the period above to build the report.');
    await userEvent.click(build);
    expect(host.callsOf('readTracker')).toHaveLength(0);
    await userEvent.clear(to);
    await userEvent.type(to, '28/02/2022');
    expect(build.getAttribute('aria-disabled')).toBeNull();
  });

  it('offers the dates the tracker covers when the period has no complaints', async () => {
    const host = createFakeHost({
      settings: { period: { kind: 'custom', from: '2023-01-01', to: '2023-06-30' } },
    });
    await buildOnce(host);
    screen.getByText(
      'No complaints in this period — the tracker runs 10 August 2021 to 1 February 2022. Use the last six months of it?',
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Use the last six months of the tracker' }),
    );
    await waitFor(() => expect(host.callsOf('readTracker')).toHaveLength(2));
    expect(screen.getByLabelText<HTMLInputElement>('From').value).toBe('01/09/2021');
    expect(screen.getByLabelText<HTMLInputElement>('To').value).toBe('01/02/2022');
    await waitFor(() => expect(screen.queryByText(/^No complaints in this period/)).toBeNull());
    expect(host.callsOf('writeReport').at(-1)?.output.settings.period).toEqual({
      kind: 'custom',
      from: '2021-09-01',
      to: '2022-02-01',
    });
  });
});
