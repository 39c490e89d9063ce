/** @jest-environment jsdom */
import type { PaperTable } from '../../src/core/paper';
import {
  tablesToHtml,
  tablesToText,
  tableToHtml,
  tableToText,
} from '../../src/taskpane/paperTables';

const TEAMS: PaperTable = {
  caption: 'Table 2: Complaints by team, with how many were upheld',
  header: ['Team', 'Complaints', 'Upheld'],
  rows: [
    ['Fostering & <adoption>', '3 (60%)', 1],
    ['Leaving\tcare\nteam', 1234, '–'],
  ],
  numeric: [false, true, true],
};

function parse(html: string): Document {
  return new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
}

describe('tableToHtml', () => {
  it('is a captioned table with column headers and row headers, text escaped', () => {
    const doc = parse(tableToHtml(TEAMS));
    const table = doc.querySelector('table');
    expect(table?.caption?.textContent).toBe(TEAMS.caption);
    const heads = [...(table?.tHead?.rows[0].cells ?? [])];
    expect(heads.map((c) => [c.tagName, c.getAttribute('scope'), c.textContent])).toEqual([
      ['TH', 'col', 'Team'],
      ['TH', 'col', 'Complaints'],
      ['TH', 'col', 'Upheld'],
    ]);
    const rows = [...(table?.tBodies[0].rows ?? [])].map((r) =>
      [...r.cells].map((c) => [c.tagName, c.textContent]),
    );
    expect(rows).toEqual([
      [
        ['TH', 'Fostering & <adoption>'],
        ['TD', '3 (60%)'],
        ['TD', '1'],
      ],
      [
        ['TH', 'Leaving\tcare\nteam'],
        ['TD', '1234'],
        ['TD', '–'],
      ],
    ]);
    expect(doc.querySelectorAll('adoption')).toHaveLength(0);
  });

  it('right-aligns the figures and left-aligns the labels', () => {
    const row = parse(tableToHtml(TEAMS)).querySelector('tbody tr');
    const aligns = [...(row?.children ?? [])].map(
      (c) => /text-align:(\w+)/.exec(c.getAttribute('style') ?? '')?.[1],
    );
    expect(aligns).toEqual(['left', 'right', 'right']);
  });
});

describe('tableToText', () => {
  it('is the caption, then tab-separated lines, a tab or break in a cell made a space', () => {
    expect(tableToText(TEAMS)).toBe(
      [
        'Table 2: Complaints by team, with how many were upheld',
        'Team\tComplaints\tUpheld',
        'Fostering & <adoption>\t3 (60%)\t1',
        'Leaving care team\t1234\t–',
      ].join('\n'),
    );
  });
});

describe('tablesToHtml and tablesToText', () => {
  it('put the tables under a Figures heading', () => {
    const doc = parse(tablesToHtml([TEAMS, TEAMS]));
    expect(doc.querySelector('h3')?.textContent).toBe('Figures');
    expect(doc.querySelectorAll('table')).toHaveLength(2);
    expect(tablesToText([TEAMS]).startsWith('Figures\n\nTable 2: ')).toBe(true);
  });

  it('are empty without tables', () => {
    expect(tablesToHtml([])).toBe('');
    expect(tablesToText([])).toBe('');
  });
});
