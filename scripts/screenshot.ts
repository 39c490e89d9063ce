/**
 * `npx tsx scripts/screenshot.ts [folder]`: build the workbench, build the sample report in it
 * (May to October 2022, as of 31 October 2022, as `npm run demo`) and save two 1280×800 pictures
 * for the docs, the task pane at the workbench's 340 px (a real pane's width): taskpane.png (figures
 * and highlighted rows) and narrative.png (the drafted text), default in docs/. Same harness as the e2e test; nothing leaves this machine.
 */
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  buildWorkbench,
  isLocalRequest,
  launchChromium,
  ROOT,
  serveDirectory,
  UK_CONTEXT,
} from '../test/e2e/harness';
import {
  buildReportInPane,
  choosePeriod,
  openWorkbench,
  taskPane,
  loadSampleTracker,
} from '../test/e2e/workbenchPage';

const TODAY = '2022-10-31';

/** Build, serve, drive the page, save the picture; everything started here is stopped here. */
async function takeScreenshots(outDirectory: string): Promise<void> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'workbench-shot-'));
  const server = await buildWorkbench(outDir, { productionReact: true }).then(() =>
    serveDirectory(outDir),
  );
  const browser = await launchChromium();
  try {
    const page = await browser.newPage(UK_CONTEXT);
    const offMachine: string[] = [];
    page.on('request', (request) => {
      if (!isLocalRequest(request.url())) offMachine.push(request.url());
    });
    await openWorkbench(page, server.origin, TODAY);
    await loadSampleTracker(page);
    await choosePeriod(page, { from: '2022-05-01', to: '2022-10-31', asOf: TODAY });
    await buildReportInPane(page);
    // Show the tracker with its overdue rows highlighted, and the pane from its figures down.
    await page.getByRole('tab').first().click();
    await page
      .locator('main tr[data-highlighted="true"]')
      .first()
      .evaluate((row) => row.scrollIntoView({ block: 'center', inline: 'nearest' }));
    await taskPane(page)
      .getByRole('heading', { name: 'Headline figures' })
      .evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await mkdir(outDirectory, { recursive: true });
    const paneWidth = await taskPane(page).evaluate((pane) => pane.getBoundingClientRect().width);
    if (paneWidth < 320 || paneWidth > 350) {
      throw new Error(`The task pane is ${paneWidth} px wide; a real one is 320 to 350 px.`);
    }
    await page.screenshot({ path: path.join(outDirectory, 'taskpane.png') });
    await taskPane(page)
      .getByRole('heading', { name: 'Narrative' })
      .evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: path.join(outDirectory, 'narrative.png') });
    if (offMachine.length > 0)
      throw new Error(`Requests left this machine: ${offMachine.join(', ')}`);
  } finally {
    await browser.close();
    await server.close();
    await rm(outDir, { recursive: true, force: true });
  }
}

const target = path.resolve(process.argv[2] ?? path.join(ROOT, 'docs'));
takeScreenshots(target).then(
  () =>
    process.stdout.write(
      `Saved taskpane.png and narrative.png in ${path.relative(process.cwd(), target) || '.'}\n`,
    ),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
