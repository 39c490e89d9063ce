import { clearHighlights, COMMANDS } from '../../src/commands/actions';
import { HostError, type TrackerHost } from '../../src/core/port';
import { HIGHLIGHT_FORMULA } from '../../src/excel/highlight';
import { installFakeExcel } from '../excel/support/fakeExcel';

function hostClearing(outcome: () => Promise<void>): TrackerHost {
  return { clearHighlights: jest.fn(outcome) } as unknown as TrackerHost;
}

describe('clearHighlights command', () => {
  it.each([
    ['succeeds', () => Promise.resolve()],
    ['is refused', () => Promise.reject(new HostError('protected', 'Unprotect the sheet.'))],
    ['fails unexpectedly', () => Promise.reject(new Error('boom'))],
  ])('tells Office it has finished when clearing %s', async (_, outcome) => {
    const event = { completed: jest.fn() };
    const host = hostClearing(outcome);
    await expect(clearHighlights(event, host)).resolves.toBeUndefined();
    expect(host.clearHighlights).toHaveBeenCalledTimes(1);
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
