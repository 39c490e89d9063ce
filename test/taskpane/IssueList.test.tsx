/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Issue } from '../../src/core/types';
import {
  groupPattern,
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
    renderWithFluent(<IssueList issues={[]} mappings={[MAPPING]} onSelect={jest.fn()} />);
    screen.getByText('No issues found: every row was read cleanly.');
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });

  it('groups by severity under counted headings', () => {
    renderWithFluent(
      <IssueList
        issues={[issue(9, 'warning'), issue(5, 'error'), issue(6, 'error'), issue(3, 'info')]}
        mappings={[MAPPING]}
        onSelect={jest.fn()}
      />,
    );
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['2 errors', '1 warning', '1 note']);
  });

  it('groups the rows of one kind into one item that selects them all', async () => {
    const tbc = Array.from({ length: 4077 }, (_, i) =>
      issue(10 + i, 'warning', 'outcome', `Row ${10 + i}: response date 'TBC' is not a date.`),
    );
    const onSelect = jest.fn();
    renderWithFluent(<IssueList issues={tbc} mappings={[MAPPING]} onSelect={onSelect} />);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    await userEvent.click(
      screen.getByRole('button', {
        name: "4,077 rows: response date 'TBC' is not a date — select them",
      }),
    );
    expect(onSelect).toHaveBeenCalledWith({
      sheet: 'Tracker',
      rows: tbc.map((i) => i.row),
      firstColumn: 5,
      lastColumn: 5,
    });
    screen.getByRole('heading', { name: '4,077 warnings' });
  });

  it('lists a group’s rows a page at a time, each selecting its own row', async () => {
    const many = Array.from({ length: ISSUES_SHOWN + 5 }, (_, i) => issue(10 + i, 'warning'));
    const onSelect = jest.fn();
    renderWithFluent(<IssueList issues={many} mappings={[MAPPING]} onSelect={onSelect} />);
    screen.getByRole('button', { name: `${ISSUES_SHOWN + 5} rows: is odd — select them` });
    const toggle = screen.getByRole('button', { name: `List the ${ISSUES_SHOWN + 5} rows` });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(toggle);
    expect(screen.getAllByRole('button', { name: /^Row \d+ is odd\.$/ })).toHaveLength(
      ISSUES_SHOWN,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Show more rows (5 more)' }));
    expect(screen.getAllByRole('button', { name: /^Row \d+ is odd\.$/ })).toHaveLength(
      ISSUES_SHOWN + 5,
    );
    await userEvent.click(
      screen.getByRole('button', { name: `Row ${10 + ISSUES_SHOWN + 4} is odd.` }),
    );
    expect(onSelect).toHaveBeenCalledWith(
      expect.objectContaining({ rows: [10 + ISSUES_SHOWN + 4] }),
    );
  });

  it('shows the first kinds of issue and adds a page on request', async () => {
    const codes = ['invalid-date', 'unknown-stage', 'unknown-outcome'] as const;
    const fields = ['received', 'stage', 'outcome', 'team', 'theme', 'complainant', 'due'] as const;
    const kinds = codes.flatMap((code) =>
      fields.map((field, i) => ({ ...issue(5 + i, 'warning', field), code })),
    );
    renderWithFluent(<IssueList issues={kinds} mappings={[MAPPING]} onSelect={jest.fn()} />);
    const list = screen.getByRole('list');
    expect(within(list).getAllByRole('listitem')).toHaveLength(ISSUES_SHOWN);
    await userEvent.click(screen.getByRole('button', { name: 'Show more warnings (1 more kind)' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(kinds.length);
  });

  it('selects an issue on its own sheet, and says which sheet when there are several', async () => {
    const other: HeaderMapping = { ...MAPPING, sheet: '2022', firstColumn: 0, lastColumn: 2 };
    const onSelect = jest.fn();
    renderWithFluent(
      <IssueList
        issues={[issue(4, 'error'), { ...issue(7, 'error', 'received'), sheet: '2022' }]}
        mappings={[MAPPING, other]}
        onSelect={onSelect}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: "Row 7 is odd. on '2022'" }));
    expect(onSelect).toHaveBeenCalledWith({
      sheet: '2022',
      rows: [7],
      firstColumn: 1,
      lastColumn: 1,
    });
  });

  it('marks severity with an icon as well as words and colour', () => {
    renderWithFluent(
      <IssueList issues={[issue(5, 'error')]} mappings={[MAPPING]} onSelect={jest.fn()} />,
    );
    const heading = screen.getByRole('heading', { name: '1 error' });
    expect(heading.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
  });
});

describe('groupPattern', () => {
  it.each([
    [
      ["Row 3: response date 'TBC' is not a date.", "Row 4: response date 'TBC' is not a date."],
      "response date 'TBC' is not a date.",
    ],
    [
      ["Row 3: response date 'TBC' is not a date.", "Row 4: response date 'soon' is not a date."],
      "response date is not a date (such as 'TBC')",
    ],
    [
      ['Row 3 repeats reference A at stage 1.', 'Row 4 repeats reference B at stage 2.'],
      'repeats reference …',
    ],
  ])('%j → %s', (messages, pattern) => {
    const issues = messages.map((message, i) => issue(3 + i, 'warning', null, message));
    expect(groupPattern(issues)).toBe(pattern);
  });
});
