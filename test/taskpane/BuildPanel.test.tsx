/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  BuildPanel,
  describeProgress,
  describeStage,
  progressValue,
} from '../../src/taskpane/BuildPanel';
import type { BuildProgress } from '../../src/core/runBuild';
import { installDomStubs, renderWithFluent } from './_helpers/renderPane';

beforeAll(installDomStubs);

describe('describeProgress / progressValue', () => {
  it.each<[BuildProgress, string, number]>([
    [{ stage: 'reading', rowsRead: 0, totalRows: 0 }, 'Reading the tracker', 0],
    [
      { stage: 'reading', rowsRead: 1200, totalRows: 4800 },
      'Reading the tracker: 1,200 of 4,800 rows',
      0.175,
    ],
    [
      { stage: 'reading', rowsRead: 4800, totalRows: 4800 },
      'Reading the tracker: 4,800 of 4,800 rows',
      0.7,
    ],
    [{ stage: 'building', rowsRead: 4800, totalRows: 4800 }, 'Building the report', 0.75],
    [
      { stage: 'writing', rowsRead: 4800, totalRows: 4800 },
      'Writing the summary sheet and highlighting overdue complaints',
      0.85,
    ],
    [{ stage: 'done', rowsRead: 4800, totalRows: 4800 }, 'Report built', 1],
  ])('%j', (progress, words, value) => {
    expect(describeProgress(progress)).toBe(words);
    expect(describeStage(progress)).toBe(words.replace(/: [\d,]+ of [\d,]+ rows$/, ''));
    expect(progressValue(progress)).toBeCloseTo(value, 6);
  });
});

describe('BuildPanel', () => {
  it('has no progress bar before the first build, and builds on click', async () => {
    const onBuild = jest.fn();
    renderWithFluent(
      <BuildPanel busy={false} progress={null} doneMessage={null} onBuild={onBuild} />,
    );
    expect(screen.queryByRole('progressbar')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Build report' }));
    expect(onBuild).toHaveBeenCalledTimes(1);
  });

  it('keeps the button focusable but inert while busy, and labels the bar in words', async () => {
    const onBuild = jest.fn();
    renderWithFluent(
      <BuildPanel
        busy
        progress={{ stage: 'reading', rowsRead: 50, totalRows: 200 }}
        doneMessage={null}
        onBuild={onBuild}
      />,
    );
    const button = screen.getByRole('button', { name: 'Build report' });
    await userEvent.click(button);
    expect(onBuild).not.toHaveBeenCalled();
    button.focus();
    expect(document.activeElement).toBe(button);
    const bar = screen.getByRole('progressbar', { name: 'Progress' });
    expect(bar.getAttribute('aria-valuetext')).toBe('Reading the tracker: 50 of 200 rows');
    expect(Number(bar.getAttribute('aria-valuenow'))).toBeCloseTo(0.175, 6);
    // On screen too, as the bar's hint; the status line says the stage only, so it is announced
    // once a stage rather than at every step of a large read.
    expect(screen.getByText('Reading the tracker: 50 of 200 rows')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Reading the tracker…');
  });
});
