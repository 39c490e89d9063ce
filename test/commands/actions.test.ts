import {
  buildReport,
  clearHighlights,
  COMMANDS,
  type CommandDeps,
} from '../../src/commands/actions';
import { HostError, type TrackerHost } from '../../src/core/port';
import { HIGHLIGHT_FORMULA } from '../../src/excel/highlight';
import { createRibbonChannel } from '../../src/taskpane/ribbonChannel';
import { installFakeExcel } from '../excel/support/fakeExcel';

function deps(clearing: () => Promise<void> = () => Promise.resolve()): CommandDeps & {
  clear: jest.Mock;
  showTaskpane: jest.Mock;
} {
  const clear = jest.fn(clearing);
  return {
    clear,
    host: () => ({ clearHighlights: clear }) as unknown as TrackerHost,
    channel: createRibbonChannel(),
    showTaskpane: jest.fn(() => Promise.resolve()),
  };
}

describe('buildReport command', () => {
  it('shows the pane, then asks it to build, then tells Office it has finished', async () => {
    const order: string[] = [];
    const d = deps();
    d.showTaskpane.mockImplementation(() => (order.push('show'), Promise.resolve()));
    d.channel.subscribe(() => order.push('request'));
    const event = { completed: jest.fn(() => order.push('completed')) };
    await buildReport(event, d);
    expect(order).toEqual(['show', 'request', 'completed']);
    expect(d.channel.takeBuildRequest()).toBe(true);
  });

  it('still asks and finishes when showing the pane fails', async () => {
    const d = deps();
    d.showTaskpane.mockImplementation(() => Promise.reject(new Error('no pane')));
    const event = { completed: jest.fn() };
    await expect(buildReport(event, d)).resolves.toBeUndefined();
    expect(d.channel.takeBuildRequest()).toBe(true);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});

describe('clearHighlights command', () => {
  it('clears and finishes, leaving no note, when Excel agrees', async () => {
    const d = deps();
    const event = { completed: jest.fn() };
    await clearHighlights(event, d);
    expect(d.clear).toHaveBeenCalledTimes(1);
    expect(d.channel.takeNotes()).toEqual([]);
    expect(d.showTaskpane).not.toHaveBeenCalled();
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['is refused', new HostError('protected', 'Unprotect the sheet and try again.')],
    ['fails unexpectedly', new Error('boom')],
  ])('tells the user when clearing %s: a note in the pane, which is shown', async (_, error) => {
    const d = deps(() => Promise.reject(error));
    const event = { completed: jest.fn() };
    await expect(clearHighlights(event, d)).resolves.toBeUndefined();
    expect(d.channel.takeNotes()).toEqual([
      { title: 'Clear highlights did not finish', message: error.message },
    ]);
    expect(d.showTaskpane).toHaveBeenCalledTimes(1);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('clears the add-in rules through the Excel host by default, and only those', async () => {
    const fake = installFakeExcel({
      sheets: [
        {
          name: 'Tracker',
          cells: [['Ref'], ['1']],
          rules: [
            { type: 'Custom', address: 'A2:A2', formula: HIGHLIGHT_FORMULA },
            { type: 'Custom', address: 'A1:A9', formula: '=A1>3' },
          ],
        },
      ],
    });
    const event = { completed: jest.fn() };
    await COMMANDS.clearHighlights(event);
    expect(fake.rules.filter((r) => !r.deleted).map((r) => r.address)).toEqual(['A1:A9']);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});
