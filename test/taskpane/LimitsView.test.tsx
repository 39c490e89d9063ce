/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEFAULT_LIMITS } from '../../src/core/settings';
import type { CellValue, Limits } from '../../src/core/types';
import { App } from '../../src/taskpane/App';
import { LIMITS_HINT, LimitsView } from '../../src/taskpane/LimitsView';
import { createFakeHost, HEADER, makeTrackerSheet, type FakeHost } from './_helpers/fakeHost';
import { installDomStubs, renderWithFluent, TODAY } from './_helpers/renderPane';

beforeAll(installDomStubs);

const STAGE_1 = 'Stage 1 (working days)';

/**
 * Three stage 1 complaints, as of 15 March 2022 (3 January 2022 was a bank holiday):
 * C-301 is overdue either way, due 18 January with 10 working days, 25 January with 15;
 * C-302 is overdue with 10 (due 10 March) but in time with 15 (due 17 March);
 * C-303, answered 18 February, is late with 10 (due 15 February) but on time with 15 (22 February).
 */
const TIMESCALE_ROWS: CellValue[][] = [
  HEADER,
  ['C-301', '04/01/2022', 1, 'Parent', 'N', 'Fostering', 'Delay', '', ''],
  ['C-302', '24/02/2022', 1, 'Child', 'Y', 'Assessment', 'Delay', '', ''],
  ['C-303', '01/02/2022', 1, 'Parent', 'N', 'Fostering', 'Delay', 'Upheld', '18/02/2022'],
];

function spin(name: string): HTMLInputElement {
  return screen.getByRole<HTMLInputElement>('spinbutton', { name });
}

/** The five boxes' text, in the order shown. */
function shownLimits(): string[] {
  const group = screen.getByRole('group', { name: 'Working days allowed for a response' });
  return within(group)
    .getAllByRole<HTMLInputElement>('spinbutton')
    .map((input) => input.value);
}

async function openTimescales(): Promise<void> {
  await userEvent.click(screen.getByRole('button', { name: 'Timescales' }));
}

/** Type into a box and leave it, which is when a typed entry counts. */
async function enter(name: string, text: string): Promise<void> {
  const input = spin(name);
  await userEvent.clear(input);
  if (text !== '') await userEvent.type(input, text);
  await userEvent.tab();
}

function renderView(limits: Limits = DEFAULT_LIMITS, onChange = jest.fn()): jest.Mock {
  renderWithFluent(<LimitsView limits={limits} onChange={onChange} />);
  return onChange;
}

function renderApp(host: FakeHost): void {
  renderWithFluent(<App host={host} fileName="Complaints tracker.xlsx" today={TODAY} />);
}

async function build(host: FakeHost, builds: number): Promise<void> {
  await userEvent.click(screen.getByRole('button', { name: 'Build report' }));
  await waitFor(() => expect(host.callsOf('writeReport')).toHaveLength(builds));
  await screen.findByRole('heading', { name: 'Headline figures' });
}

/** The Overdue headline figure. */
function overdueFigure(): string | null {
  const section = screen.getByRole('region', { name: 'Headline figures' });
  const terms = within(section).getAllByRole('term');
  const index = terms.findIndex((term) => term.textContent === 'Overdue');
  return within(section).getAllByRole('definition')[index]?.textContent ?? null;
}

describe('LimitsView', () => {
  it('starts closed on the statutory timescales, and shows them with the hint', async () => {
    renderView();
    const header = screen.getByRole('button', { name: 'Timescales' });
    expect(header.getAttribute('aria-expanded')).toBe('false');
    await openTimescales();
    expect(shownLimits()).toEqual(['10', '20', '25', '65', '50']);
    expect(spin('Stage 2').value).toBe('25');
    expect(spin('Stage 2 with an extension').value).toBe('65');
    screen.getByText(LIMITS_HINT);
    screen.getByText(/^These are the statutory timescales\./);
    for (const input of screen.getAllByRole('spinbutton')) {
      expect(input.getAttribute('aria-valuemin')).toBe('1');
      expect(input.getAttribute('aria-valuemax')).toBe('250');
    }
  });

  it('opens on show when the limits are not the statutory ones', () => {
    renderView({ ...DEFAULT_LIMITS, stage3: 40 });
    expect(screen.getByRole('button', { name: 'Timescales' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
    expect(spin('Stage 3').value).toBe('40');
    screen.getByText(/^Your council's own timescales are in use\./);
  });

  it('passes on a typed limit, and a stepped one from the keyboard', async () => {
    const onChange = renderView();
    await openTimescales();
    await enter(STAGE_1, '15');
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_LIMITS, stage1: 15 });
    spin('Stage 3').focus();
    await userEvent.keyboard('{ArrowUp}');
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_LIMITS, stage3: 51 });
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  // Tab order itself cannot be checked here: once an Accordion starts Tabster, Tabster moves focus
  // on Tab, and in jsdom (no layout) it finds nothing visible. So: the header works from the
  // keyboard, and every box is in the tab order.
  it('opens from the keyboard, with every box in the tab order', async () => {
    renderView();
    const header = screen.getByRole('button', { name: 'Timescales' });
    header.focus();
    await userEvent.keyboard('{Enter}');
    expect(header.getAttribute('aria-expanded')).toBe('true');
    const boxes = screen.getAllByRole('spinbutton');
    expect(boxes).toHaveLength(5);
    for (const box of boxes) expect(box.tabIndex).toBe(0);
    expect(screen.getByRole('button', { name: 'Restore statutory timescales' }).tabIndex).toBe(0);
  });

  it.each([
    ['blank', '', 'Enter a number of working days from 1 to 250.'],
    ['0', '0', 'Enter a number from 1 to 250.'],
    ['1.5', '1.5', 'Enter a whole number of working days, such as 10.'],
    ['300', '300', 'Enter a number from 1 to 250.'],
  ])('refuses %s with a message and keeps the limit', async (_, text, message) => {
    const onChange = renderView();
    await openTimescales();
    await enter(STAGE_1, text);
    expect(screen.getByRole('alert').textContent).toBe(message);
    const input = spin(STAGE_1);
    expect(input.value).toBe(text);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(onChange).not.toHaveBeenCalled();
    // Putting the old limit back clears the message without changing anything.
    await enter(STAGE_1, '10');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(spin(STAGE_1).getAttribute('aria-invalid')).toBeNull();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('restores the statutory timescales and clears any message', async () => {
    const onChange = renderView({ ...DEFAULT_LIMITS, stage1: 15, stage3: 40 });
    await enter('Stage 2', '0');
    screen.getByRole('alert');
    await userEvent.click(screen.getByRole('button', { name: 'Restore statutory timescales' }));
    expect(onChange).toHaveBeenLastCalledWith(DEFAULT_LIMITS);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('cannot be changed while a build runs', () => {
    renderWithFluent(
      <LimitsView limits={{ ...DEFAULT_LIMITS, stage1: 15 }} disabled onChange={jest.fn()} />,
    );
    for (const input of screen.getAllByRole('spinbutton'))
      expect(input).toHaveProperty('disabled', true);
  });
});

describe('LimitsView in the pane', () => {
  it('builds with a changed stage 1 limit, moving the due dates, and remembers it', async () => {
    const host = createFakeHost({ sheet: makeTrackerSheet(TIMESCALE_ROWS) });
    renderApp(host);
    await screen.findByRole('button', { name: 'Build report' });
    await build(host, 1);
    expect(host.callsOf('writeReport')[0].output.settings.limits).toBeUndefined();
    expect(overdueFigure()).toBe('2');
    screen.getByRole('button', {
      name: /^C-301: stage 1, received 4 January 2022, due 18 January/,
    });
    screen.getByRole('button', {
      name: /^C-302 \(child in care\): stage 1, received 24 February 2022, due 10 March 2022/,
    });
    screen.getByRole('button', { name: /was answered late\.$/ });
    expect(host.callsOf('writeReport')[0].output.highlights[0].rows).toEqual([2, 3]);

    await openTimescales();
    await enter(STAGE_1, '15');
    await build(host, 2);
    expect(host.callsOf('writeReport')[1].output.settings.limits).toEqual({
      ...DEFAULT_LIMITS,
      stage1: 15,
    });
    await waitFor(() => expect(overdueFigure()).toBe('1'));
    screen.getByRole('button', {
      name: /^C-301: stage 1, received 4 January 2022, due 25 January/,
    });
    expect(screen.queryByRole('button', { name: /^C-302 / })).toBeNull();
    screen.getByRole('button', { name: /was answered within timescale\.$/ });
    expect(host.callsOf('writeReport')[1].output.highlights[0].rows).toEqual([2]);
  });

  it('shows the limits the workbook remembers, and builds with them', async () => {
    const remembered: Limits = { ...DEFAULT_LIMITS, stage1: 15, stage3: 40 };
    const host = createFakeHost({
      sheet: makeTrackerSheet(TIMESCALE_ROWS),
      settings: { limits: remembered },
    });
    renderApp(host);
    await screen.findByRole('button', { name: 'Build report' });
    expect(shownLimits()).toEqual(['15', '20', '25', '65', '40']);
    await build(host, 1);
    expect(host.callsOf('writeReport')[0].output.settings.limits).toEqual(remembered);
    expect(overdueFigure()).toBe('1');
  });

  it('builds with the limit as it was when an entry is refused', async () => {
    const host = createFakeHost({ sheet: makeTrackerSheet(TIMESCALE_ROWS) });
    renderApp(host);
    await screen.findByRole('button', { name: 'Build report' });
    await openTimescales();
    await enter(STAGE_1, '300');
    screen.getByText('Enter a number from 1 to 250.');
    await build(host, 1);
    expect(host.callsOf('writeReport')[0].output.settings.limits).toBeUndefined();
    expect(overdueFigure()).toBe('2');
  });

  it('restores and remembers the statutory timescales', async () => {
    const host = createFakeHost({
      sheet: makeTrackerSheet(TIMESCALE_ROWS),
      settings: { limits: { ...DEFAULT_LIMITS, stage1: 15 } },
    });
    renderApp(host);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Restore statutory timescales' }),
    );
    expect(shownLimits()).toEqual(['10', '20', '25', '65', '50']);
    await build(host, 1);
    expect(host.callsOf('writeReport')[0].output.settings.limits).toEqual(DEFAULT_LIMITS);
    expect(overdueFigure()).toBe('2');
  });
});
