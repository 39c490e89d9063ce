import { installFakeExcel } from '../excel/support/fakeExcel';

describe('commands entry point', () => {
  it('associates each manifest function with Office once Office is ready', async () => {
    installFakeExcel({ sheets: [] });
    const office = (globalThis as unknown as { Office: { actions: { associate: unknown } } })
      .Office;
    const associate = jest.fn();
    office.actions.associate = associate;
    await jest.isolateModulesAsync(async () => {
      // Loading the entry point registers the commands, as the function file does in Office.
      await import('../../src/commands/commands');
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(associate.mock.calls.map((call: unknown[]) => call[0])).toEqual(['clearHighlights']);
    expect(typeof associate.mock.calls[0][1]).toBe('function');
  });
});
