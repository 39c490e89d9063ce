/** Summary layouts for the Excel host's tests, shaped as core/summaryLayout makes them. */
import type { SummaryLayout } from '../../../src/core/summaryLayout';

/** A small layout with a pie, a column and a bar chart, and a team called "=SUM(A1)". */
export function sampleLayout(): SummaryLayout {
  return {
    sheetName: 'Complaints summary',
    title: 'Complaints summary',
    notes: [
      "Source: tracker.xlsx, sheet 'Log', header on row 1.",
      'Period: complaints received 1 April 2022 to 31 March 2023, as of 30 April 2023.',
      'Built 30 April 2023 at 10:15.',
    ],
    print: {
      paper: 'A4',
      orientation: 'portrait',
      fitToWidth: true,
      repeatRows: 1,
      footer: 'Built today.',
    },
    tables: [
      {
        id: 'totals',
        title: 'Complaints received',
        header: ['Measure', 'All complaints', 'Children in care'],
        rows: [['Complaints', 12, 4]],
        chart: null,
      },
      {
        id: 'outcomes',
        title: 'Outcomes',
        header: ['Outcome', 'All complaints', 'Children in care'],
        rows: [
          ['Upheld', 3, 1],
          ['Not upheld', 7, 2],
          ['Being investigated', 2, 1],
        ],
        chart: 'pie',
      },
      {
        id: 'stages',
        title: 'Stages',
        header: ['Stage', 'All complaints', 'Children in care'],
        rows: [
          ['Stage 1', 10, 3],
          ['Stage 2', 2, 1],
        ],
        chart: 'column',
      },
      {
        id: 'upheldByTeam',
        title: 'Upheld or partially upheld, by team',
        header: ['Team', 'All complaints', 'Children in care'],
        rows: [
          ['=SUM(A1)', 2, 1],
          ['+44 20 7946 0000', 1, 0],
        ],
        chart: null,
      },
      {
        id: 'timescales',
        title: 'Timescales',
        header: ['Timescale', 'All complaints', 'Children in care'],
        rows: [
          ['Closed on time', 8, 2],
          ['Open, overdue', 2, 1],
        ],
        chart: 'bar',
      },
      {
        id: 'issues',
        title: 'Issues found in the tracker',
        header: ['Row', 'Severity', 'Field', 'Message'],
        rows: [[14, 'error', 'received', 'Row 14: the received date "TBC" is not a date.']],
        chart: null,
      },
    ],
  };
}
