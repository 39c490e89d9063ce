import { registerCommands } from '../../src/commands/commands';
import { installFakeExcel } from '../excel/support/fakeExcel';

describe('registerCommands', () => {
  it('associates each manifest function with Office', () => {
    installFakeExcel({ sheets: [] });
    const office = (globalThis as unknown as { Office: { actions: { associate: unknown } } })
      .Office;
    const associate = jest.fn();
    office.actions.associate = associate;
    registerCommands();
    expect(associate.mock.calls.map((call: unknown[]) => call[0])).toEqual([
      'buildReport',
      'clearHighlights',
    ]);
    expect(associate.mock.calls.every((call: unknown[]) => typeof call[1] === 'function')).toBe(
      true,
    );
  });
});
