import { applyWording, DEFAULT_WORDING, type Terms } from '../../../src/core/narrative';
import { layoutSummary, type SummaryLayout } from '../../../src/core/summaryLayout';
import { FIELDS } from '../../../src/core/fields';
import type { Report } from '../../../src/core/types';
import { buildFor, tracker, type TrackerRecord } from '../_lib/grid';

/**
 * A tracker whose own text holds the standard phrases too (its sheet, a team, a theme, cells the
 * issue messages quote): those are the tracker's words and must survive every change of terms.
 */
const SHEET = 'Children in care log';
const TRACKER_TEXT = [
  SHEET,
  'Children in care team',
  'Upheld appeals',
  "'Unknown'",
  "'Upheld pending review'",
  "'Ombudsman (LGSCO) review'",
];

const ROWS: TrackerRecord[] = [
  {
    reference: 'W1',
    received: '01/09/2021',
    childInCare: 'Y',
    team: 'Children in care team',
    theme: 'Upheld appeals',
    outcome: 'Upheld',
    closed: '10/09/2021',
  },
  {
    reference: 'W2',
    received: '02/09/2021',
    childInCare: 'Unknown',
    outcome: 'Upheld pending review',
  },
  { reference: 'W2', received: '20/09/2021', stage: 2, outcome: 'Partly upheld' },
  { reference: 'W2', received: '01/11/2021', stage: 'Ombudsman (LGSCO) review' },
  { reference: 'W3', received: '03/09/2021', stage: 'Ombudsman', outcome: 'Not upheld' },
];

function report(fields = FIELDS): Report {
  return buildFor(tracker(ROWS, { name: SHEET, fields })).report;
}
/** The same tracker without a child-in-care column: its missing-column note names the cohort. */
const REPORTS = [report(), report(FIELDS.filter((f) => f !== 'childInCare'))];

/** Every text cell of the layout, in order: title, notes, each table, the footer. */
function textCells(layout: SummaryLayout): string[] {
  const tables = layout.tables.flatMap((t) => [t.title, ...t.header, ...t.rows.flat()]);
  return [layout.title, ...layout.notes, ...tables, layout.print.footer].filter(
    (cell): cell is string => typeof cell === 'string',
  );
}

/** A cell with the tracker's own text taken out, leaving only what the sheet itself wrote. */
function ownWords(cell: string): string {
  return TRACKER_TEXT.reduce((text, theirs) => text.split(theirs).join('[tracker]'), cell);
}

const NEW_TERMS: [keyof Terms, string, string[]][] = [
  ['childrenInCare', 'young people we look after', ['children in care', 'children-in-care']],
  ['childInCare', 'looked-after young person', ['child in care']],
  ['upheld', 'found in the complainant’s favour', ['upheld']],
  ['ombudsman', 'the Housing Ombudsman', [DEFAULT_WORDING.terms.ombudsman, 'LGSCO']],
  ['council', 'Westshire County Council', ['the council']],
  ['board', 'the Corporate Parenting Board', ['the board']],
];

describe('layoutSummary in the council’s words', () => {
  it.each(NEW_TERMS)(
    'with %s set to "%s", no text the sheet writes says %j',
    (term, words, phrases) => {
      const terms = applyWording({ terms: { [term]: words } }).terms;
      for (const built of REPORTS) {
        const cells = textCells(layoutSummary(built, '10 March 2022 at 09:15', terms));
        const said = cells
          .map(ownWords)
          .filter((cell) =>
            phrases.some((phrase) => cell.toLowerCase().includes(phrase.toLowerCase())),
          );
        expect(said).toEqual([]);
      }
    },
  );

  it('keeps the tracker’s own words: sheet, team and theme names, and quoted cells', () => {
    const terms = applyWording({
      terms: { childrenInCare: 'young people we look after', upheld: 'found', ombudsman: 'HO' },
    }).terms;
    const cells = textCells(layoutSummary(REPORTS[0], 'now', terms)).join('\n');
    for (const theirs of TRACKER_TEXT) expect(cells).toContain(theirs);
  });

  const terms = applyWording({
    terms: {
      childrenInCare: 'children looked after',
      upheld: 'found in the complainant’s favour',
      ombudsman: 'the Housing Ombudsman',
    },
  }).terms;
  const worded = layoutSummary(REPORTS[0], 'now', terms);
  const table = (id: string) => worded.tables.find((t) => t.id === id)!;

  it('starts a cell with a capital where the standard phrase did, and keeps it lower-case inside', () => {
    expect(table('totals').header).toEqual(['Measure', 'All complaints', 'Children looked after']);
    expect(
      table('outcomes')
        .rows.slice(0, 3)
        .map((r) => r[0]),
    ).toEqual([
      'Found in the complainant’s favour',
      'Partially found in the complainant’s favour',
      'Not found in the complainant’s favour',
    ]);
    expect(table('teams').title).toBe(
      'Complaints by team, with how many were found in the complainant’s favour',
    );
    expect(table('teams').header.slice(3, 5)).toEqual([
      'Found in the complainant’s favour',
      '% found in the complainant’s favour',
    ]);
    expect(table('stages').rows.map((r) => r[0])).toContain('Housing Ombudsman');
    expect(table('escalations').rows.map((r) => r[0])).toContain('Went to the Housing Ombudsman');
    const fields = table('issues').rows.map((r) => r[3]);
    expect(fields).toContain('Child looked after');
  });

  it('capitalises a cell wherever the standard one started with a capital', () => {
    const standard = textCells(layoutSummary(REPORTS[0], 'now'));
    const cells = textCells(worded);
    expect(cells).toHaveLength(standard.length);
    const lowered = cells.filter((cell, i) => /^[A-Z]/.test(standard[i]) && !/^[A-Z]/.test(cell));
    expect(lowered).toEqual([]);
  });

  it('is the standard sheet, word for word, when no term is changed', () => {
    const standard = layoutSummary(REPORTS[0], 'now');
    expect(layoutSummary(REPORTS[0], 'now', DEFAULT_WORDING.terms)).toEqual(standard);
    expect(layoutSummary(REPORTS[0], 'now', applyWording({ terms: {} }).terms)).toEqual(standard);
    expect(textCells(standard)).toEqual(
      expect.arrayContaining(['Children in care', 'Upheld', 'Went to the Ombudsman (LGSCO)']),
    );
  });
});
