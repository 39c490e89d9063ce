/**
 * The task pane and the command line run one pipeline, so the same tracker and the same choices
 * give the same Report and the same narrative through either: the pane's build through the Excel
 * host (Office.js mocked), the command line's through the .xlsx host.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { renderText } from '../../src/core/narrative';
import { runBuild } from '../../src/core/runBuild';
import type { CellValue } from '../../src/core/types';
import { createExcelHost } from '../../src/excel/createExcelHost';
import { openWorkbook } from '../../src/xlsx/readWorkbook';
import { installFakeExcel } from '../excel/support/fakeExcel';

const SAMPLE = join(__dirname, '../../examples/sample-tracker.xlsx');
const CHOICES = { from: '2022-05-01', to: '2022-10-31', asOf: '2022-10-31' };

/** The sample's tracker sheet as Excel's used range hands it over: A1 down, gaps as ''. */
function excelGrid(): { name: string; cells: CellValue[][] } {
  const workbook = openWorkbook(readFileSync(SAMPLE));
  const sheet = workbook.readSheet(workbook.visibleSheetNames[0]);
  const cells: CellValue[][] = [];
  sheet.values.forEach((row, i) => {
    cells[sheet.rowNumbers[i] - 1] = [
      ...Array<CellValue>(sheet.firstColumn).fill(''),
      ...row.map((v) => v ?? ''),
    ];
  });
  return { name: sheet.name, cells: Array.from(cells, (row) => row ?? []) };
}

async function throughCli(): Promise<{ json: unknown; text: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'same-as-pane-'));
  const [json, text] = [join(dir, 'report.json'), join(dir, 'narrative.txt')];
  const args = ['build', SAMPLE, '--from', CHOICES.from, '--to', CHOICES.to];
  const code = await main(
    [...args, '--as-of', CHOICES.asOf, '--json', json, '--narrative', text],
    { out: () => undefined, now: () => new Date(2022, 9, 31, 9, 0) },
    () => undefined,
  );
  expect(code).toBe(0);
  return { json: JSON.parse(readFileSync(json, 'utf8')), text: readFileSync(text, 'utf8') };
}

async function throughPane() {
  const sheet = excelGrid();
  installFakeExcel({ sheets: [sheet] });
  const outcome = await runBuild(createExcelHost(), {
    source: { kind: 'sheet', name: sheet.name },
    fileName: 'sample-tracker.xlsx',
    period: { kind: 'custom', from: CHOICES.from, to: CHOICES.to },
    asOf: CHOICES.asOf,
    overrides: {},
    builtAt: '31 October 2022, 09:00',
  });
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return outcome;
}

describe('the task pane and the command line', () => {
  it('give the same Report and narrative for the same tracker and choices', async () => {
    const cli = await throughCli();
    const pane = await throughPane();
    expect(pane.report.all.complaints).toBeGreaterThan(50);
    expect(JSON.parse(JSON.stringify(pane.report))).toEqual(cli.json);
    expect(renderText(pane.narrative)).toBe(cli.text);
  });
});
