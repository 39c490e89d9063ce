import { issuesTable, SUMMARY_ISSUE_ROWS } from '../../../src/core/summary/recordTables';
import type { Issue, Report } from '../../../src/core/types';

const issue = (row: number): Issue => ({
  sheet: 'Log',
  row,
  field: 'closed',
  code: 'invalid-date',
  severity: 'warning',
  message: `Row ${row}: response date 'TBC' is not a date.`,
});

/** Only the issues matter to the table; the rest of the Report is left out on purpose. */
const reportWith = (issues: Issue[]): Report => ({ issues }) as unknown as Report;

describe('issuesTable', () => {
  it('lists every issue of a short list, with the field in words', () => {
    const table = issuesTable(reportWith([issue(4), issue(9)]));
    expect(table.rows).toEqual([
      ['Log', 4, 'Warning', 'Response date', "Row 4: response date 'TBC' is not a date."],
      ['Log', 9, 'Warning', 'Response date', "Row 9: response date 'TBC' is not a date."],
    ]);
  });

  it('lists the first 500 of a long list and says how many more there are', () => {
    const issues = Array.from({ length: 1_734 }, (_, i) => issue(i + 2));
    const table = issuesTable(reportWith(issues));
    expect(SUMMARY_ISSUE_ROWS).toBe(500);
    expect(table.rows).toHaveLength(501);
    expect(table.rows[499][1]).toBe(501);
    expect(table.rows[500]).toEqual([
      '',
      '',
      '',
      '',
      '… and 1,234 more, listed in the task pane and the Report JSON.',
    ]);
  });
});
