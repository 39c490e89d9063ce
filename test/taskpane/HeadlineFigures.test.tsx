/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { HeadlineFigures, headlineFiguresOf } from '../../src/taskpane/HeadlineFigures';
import { makeTrackerSheet } from './_helpers/fakeHost';
import { expectedReport, installDomStubs, renderWithFluent, TODAY } from './_helpers/renderPane';

beforeAll(installDomStubs);

describe('headlineFiguresOf', () => {
  it('reads the figures from the report', () => {
    const { report } = expectedReport('2021-09-01', '2022-02-28', TODAY);
    expect(headlineFiguresOf(report)).toEqual([
      { label: 'Complaints', value: String(report.all.complaints) },
      { label: 'Upheld in full or in part', value: String(report.all.upheld?.complaints) },
      {
        label: 'Open (being investigated)',
        value: String(report.all.timescales.openInTime + report.all.timescales.openOverdue),
      },
      { label: 'Overdue', value: String(report.all.timescales.openOverdue) },
      { label: 'Children in care', value: String(report.childrenInCare?.complaints) },
    ]);
  });

  it('separates thousands, as a UK reader expects', () => {
    const { report } = expectedReport('2021-09-01', '2022-02-28', TODAY);
    const big = {
      ...report,
      all: {
        ...report.all,
        complaints: 12345,
        timescales: { ...report.all.timescales, openOverdue: 1760 },
      },
    };
    const byLabel = Object.fromEntries(headlineFiguresOf(big).map((f) => [f.label, f.value]));
    expect(byLabel.Complaints).toBe('12,345');
    expect(byLabel.Overdue).toBe('1,760');
  });

  it('says a column is not in the tracker rather than showing nought', () => {
    const { report } = expectedReport('2021-09-01', '2022-02-28', TODAY, {
      sheet: makeTrackerSheet(),
      overrides: { outcome: null, childInCare: null },
    });
    const byLabel = Object.fromEntries(headlineFiguresOf(report).map((f) => [f.label, f.value]));
    expect(byLabel['Upheld in full or in part']).toBe('Not in tracker');
    expect(byLabel['Children in care']).toBe('Not in tracker');
  });
});

describe('HeadlineFigures', () => {
  it('names the period and labels each figure', () => {
    const { report } = expectedReport('2021-09-01', '2022-02-28', TODAY);
    renderWithFluent(<HeadlineFigures report={report} />);
    screen.getByRole('region', { name: 'Headline figures' });
    screen.getByText(
      'Complaints received 1 September 2021 to 28 February 2022, as of 15 March 2022.',
    );
    expect(screen.getAllByRole('term').map((t) => t.textContent)).toEqual(
      headlineFiguresOf(report).map((f) => f.label),
    );
  });
});
