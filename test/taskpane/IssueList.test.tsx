/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Issue } from '../../src/core/types';
import {
  issueTarget,
  issueText,
  IssueList,
  ISSUES_SHOWN,
  sortIssues,
} from '../../src/taskpane/IssueList';
import type { HeaderMapping } from '../../src/core/runBuild';
import { installDomStubs, renderWithFluent } from './_helpers/renderPane';

beforeAll(installDomStubs);

const MAPPING: HeaderMapping = {
  sheet: 'Tracker',
  headerRow: 3,
  headers: ['Ref', 'Date received', 'Outcome'],
  columns: { reference: 0, received: 1, outcome: 2 },
  firstColumn: 3,
  lastColumn: 5,
};

const issue = (
  row: number,
  severity: Issue['severity'],
  field: Issue['field'] = null,
  message = `Row ${row} is odd.`,
): Issue => ({
  sheet: 'Tracker',
  row,
  field,
  code: 'invalid-date',
  severity,
  message,
});

describe('sortIssues', () => {
  it('puts errors first, then warnings, then notes, each in sheet order', () => {
    const sorted = sortIssues([
      issue(4, 'info'),
      issue(9, 'warning'),
      issue(12, 'error'),
      issue(2, 'warning'),
      issue(7, 'error'),
    ]);
    expect(sorted.map((i) => `${i.severity} ${i.row}`)).toEqual([
      'error 7',
      'error 12',
      'warning 2',
      'warning 9',
      'info 4',
    ]);
  });
});

describe('issueText', () => {
  it.each([
    ['Row 48 has no reference.', 'Row 48 has no reference.'],
    ['Row 48: outcome is odd.', 'Row 48: outcome is odd.'],
    ['No team column was found.', 'Row 48: No team column was found.'],
    ['Row 480 is another row.', 'Row 48: Row 480 is another row.'],
  ])('%s → %s', (message, text) => {
    expect(issueText(issue(48, 'warning', null, message))).toBe(text);
  });
});

describe('issueTarget', () => {
  it.each<[string, Issue['field'], number, number]>([
    ['the cell of a mapped field', 'outcome', 5, 5],
    ['the whole row for a field not in the tracker', 'team', 3, 5],
    ['the whole row for an issue about the row', null, 3, 5],
  ])('%s', (_, field, firstColumn, lastColumn) => {
    expect(issueTarget(issue(10, 'warning', field), MAPPING)).toEqual({
      sheet: 'Tracker',
      rows: [10],
      firstColumn,
      lastColumn,
    });
  });
});

describe('IssueList', () => {
  it('says so when there is nothing to fix', () => {
    renderWithFluent(<IssueList issues={[]} mapping={MAPPING} onSelect={jest.fn()} />);
    screen.getByText('No issues found: every row was read cleanly.');
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });

  it('groups by severity under counted headings', () => {
    renderWithFluent(
      <IssueList
        issues={[issue(9, 'warning'), issue(5, 'error'), issue(6, 'error'), issue(3, 'info')]}
        mapping={MAPPING}
        onSelect={jest.fn()}
      />,
    );
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['2 errors', '1 warning', '1 note']);
  });

  it('shows the first issues of a long group and the rest on request', async () => {
    const many = Array.from({ length: ISSUES_SHOWN + 5 }, (_, i) => issue(10 + i, 'warning'));
    const onSelect = jest.fn();
    renderWithFluent(<IssueList issues={many} mapping={MAPPING} onSelect={onSelect} />);
    const list = screen.getByRole('list');
    expect(within(list).getAllByRole('button')).toHaveLength(ISSUES_SHOWN);
    await userEvent.click(
      screen.getByRole('button', { name: `Show all ${ISSUES_SHOWN + 5} warnings` }),
    );
    expect(within(list).getAllByRole('button')).toHaveLength(ISSUES_SHOWN + 5);
    await userEvent.click(
      within(list).getByRole('button', { name: `Row ${10 + ISSUES_SHOWN + 4} is odd.` }),
    );
    expect(onSelect).toHaveBeenCalledWith(
      expect.objectContaining({ rows: [10 + ISSUES_SHOWN + 4] }),
    );
  });
});
