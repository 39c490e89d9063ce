/**
 * What a person does in the workbench, as steps the e2e test and the screenshot script share. The
 * task pane is found by its landmark ("Task pane") and driven by roles and visible labels only.
 */
import type { Locator, Page } from 'playwright-core';
import type { IsoDate } from '../../src/core/types';

/** How long a build of the sample tracker may take in a slow container. */
const BUILD_TIMEOUT_MS = 60_000;

/** The task pane's landmark. */
export function taskPane(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Task pane' });
}

/** Open the workbench page with today fixed, so every date in the pane is deterministic. */
export async function openWorkbench(page: Page, origin: string, today: IsoDate): Promise<void> {
  await page.goto(`${origin}/workbench.html?today=${today}`);
  await page.getByRole('button', { name: 'Use the sample tracker' }).waitFor();
}

/** Load the sample tracker and wait for the task pane to be ready to build. */
export async function loadSampleTracker(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Use the sample tracker' }).click();
  await page.getByRole('region', { name: /^Sheet / }).waitFor();
  await taskPane(page).getByRole('button', { name: 'Build report' }).waitFor();
}

/** Choose custom dates and the as-of date in the period picker. */
export async function choosePeriod(
  page: Page,
  period: { from: IsoDate; to: IsoDate; asOf: IsoDate },
): Promise<void> {
  const pane = taskPane(page);
  await pane.getByRole('radio', { name: 'Custom dates' }).check();
  // Typed day first, as a UK officer types them.
  const dayFirst = (iso: IsoDate): string => iso.split('-').reverse().join('/');
  await pane.getByLabel('From', { exact: true }).fill(dayFirst(period.from));
  await pane.getByLabel('To', { exact: true }).fill(dayFirst(period.to));
  await pane.getByLabel('As of', { exact: true }).fill(dayFirst(period.asOf));
}

/** Click Build report and wait until the headline figures are shown. */
export async function buildReportInPane(page: Page): Promise<void> {
  const pane = taskPane(page);
  await pane.getByRole('button', { name: 'Build report' }).click();
  await pane
    .getByRole('heading', { name: 'Headline figures' })
    .waitFor({ timeout: BUILD_TIMEOUT_MS });
}

/** The headline figures as the pane shows them: label → figure text. */
export async function readHeadlineFigures(page: Page): Promise<Record<string, string>> {
  const section = taskPane(page).getByRole('region', { name: 'Headline figures' });
  const pairs = await section
    .locator('dl > div')
    .evaluateAll((groups): [string, string][] =>
      groups.map((group) => [
        group.querySelector('dt')?.textContent?.trim() ?? '',
        group.querySelector('dd')?.textContent?.trim() ?? '',
      ]),
    );
  return Object.fromEntries(pairs);
}

/** Sheet rows the sheet view marks as selected. */
export async function selectedSheetRows(page: Page): Promise<number[]> {
  const rows = page.locator('main tr[aria-selected="true"]');
  const numbers = await rows.evaluateAll((elements) =>
    elements.map((element) => Number(element.getAttribute('data-row'))),
  );
  return numbers.sort((a, b) => a - b);
}

/** True when the row's line of the sheet view is inside the scrolled sheet area. */
export async function isRowInView(page: Page, row: number): Promise<boolean> {
  return page.locator(`main tr[data-row="${row}"]`).evaluate((element) => {
    const scroller = element.closest('[role="region"]');
    if (scroller === null) return false;
    const box = element.getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    return box.top >= view.top && box.bottom <= view.bottom;
  });
}
