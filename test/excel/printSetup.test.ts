import { createExcelHost } from '../../src/excel/createExcelHost';
import { footerCode } from '../../src/excel/printSetup';
import { layoutGrid } from '../../src/excel/summaryGrid';
import { installFakeExcel } from './support/fakeExcel';
import { sampleLayout } from './support/summaryLayouts';
import { trackerGrid } from './support/trackerCells';
import { writeReport } from './support/writeReport';

const SUMMARY = 'Complaints summary';

function tracker() {
  return { name: 'Tracker', cells: trackerGrid(20) };
}

/** The sample layout printing landscape, with an ampersand in its footer. */
function landscapeLayout() {
  const layout = sampleLayout();
  return {
    ...layout,
    print: {
      ...layout.print,
      orientation: 'landscape' as const,
      footer: 'Complaints received 1 April to 30 June 2022 (Q1 & Q2). Built 1 July 2022.',
    },
  };
}

describe('the summary sheet’s print setup in Excel', () => {
  it('sets A4, the orientation, one page wide, the print area, the title rows and the footer', async () => {
    const fake = installFakeExcel({ sheets: [tracker()] });
    await writeReport(createExcelHost(), { layout: landscapeLayout() });
    const page = fake.pageLayouts.find((p) => p.sheet === SUMMARY)!;
    expect(page.layout.orientation).toBe('Landscape');
    expect(page.layout.paperSize).toBe('A4');
    expect(page.layout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(page.printArea).toEqual(['A1:D33']);
    expect(page.printTitleRows).toEqual(['$1:$1']);
    expect(page.footer.centerFooter).toBe(
      'Complaints received 1 April to 30 June 2022 (Q1 && Q2). Built 1 July 2022.',
    );
  });

  it('prints portrait when the layout asks for it', async () => {
    const fake = installFakeExcel({ sheets: [tracker()] });
    await writeReport(createExcelHost());
    const page = fake.pageLayouts.find((p) => p.sheet === SUMMARY)!;
    expect(page.layout.orientation).toBe('Portrait');
    expect(page.footer.centerFooter).toBe('Built today.');
  });

  it('is queued with the summary: no sync of its own, and before the sync that sends it', async () => {
    const fake = installFakeExcel({ sheets: [tracker()] });
    const sync = jest.spyOn(fake.context, 'sync');
    await writeReport(createExcelHost(), { layout: landscapeLayout() });
    expect(sync).toHaveBeenCalledTimes(3);
    const lastSync = fake.log.lastIndexOf('sync');
    const footerSet = fake.log.findIndex((e) => e.endsWith('.centerFooter'));
    expect(footerSet).toBeGreaterThan(fake.log.indexOf('sync', fake.log.indexOf('sync') + 1));
    expect(footerSet).toBeLessThan(lastSync);
  });

  it('without ExcelApi 1.9, writes the same sheet in the same syncs and sets no print setup', async () => {
    const fake = installFakeExcel({ apiVersion: '1.8', sheets: [tracker()] });
    const sync = jest.spyOn(fake.context, 'sync');
    await expect(writeReport(createExcelHost(), { layout: landscapeLayout() })).resolves.toEqual({
      settingsError: null,
    });
    expect(fake.grid(SUMMARY)).toEqual(layoutGrid(landscapeLayout()).cells);
    expect(sync).toHaveBeenCalledTimes(3);
    expect(fake.log.filter((e) => /^(pageLayout|footer) /.test(e))).toEqual([]);
    expect(fake.pageLayouts.every((p) => p.printArea.length + p.printTitleRows.length === 0)).toBe(
      true,
    );
  });
});

describe('footerCode', () => {
  it.each([
    ['Built 1 July 2022.', 'Built 1 July 2022.'],
    ['Q1 & Q2', 'Q1 && Q2'],
    ['A&&B&P', 'A&&&&B&&P'],
  ])('writes %j as %j, so Excel prints each ampersand and no code', (text, code) => {
    expect(footerCode(text)).toBe(code);
  });

  it('cuts a footer past Excel’s 255 characters at a word, with an ellipsis', () => {
    const long = `Complaints received ${'and more '.repeat(40)}end.`;
    const code = footerCode(long);
    expect(code.length).toBeLessThanOrEqual(255);
    expect(code).toMatch(/more…$/);
    expect(footerCode(`${'& '.repeat(200)}`).length).toBeLessThanOrEqual(255);
  });
});
