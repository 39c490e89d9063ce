/** Issue 8 part 3: the council's own words, everywhere the narrative uses them. */
import { buildReport } from '../../../src/core/buildReport';
import { parseIsoDate } from '../../../src/core/dates';
import {
  applyWording,
  buildNarrative,
  DEFAULT_WORDING,
  renderText,
} from '../../../src/core/narrative';
import { SEED_OPTIONS, seedTrackerSheet } from '../../fixtures/seedTracker';

const day = (iso: string): number => parseIsoDate(iso) as number;

/** The seed tracker over December to February: comparisons made, upheld, overdue, ombudsman. */
function rich(asOf = SEED_OPTIONS.asOf) {
  const built = buildReport(seedTrackerSheet(), {
    file: SEED_OPTIONS.file,
    from: day('2021-12-01'),
    to: day('2022-02-28'),
    asOf: day(asOf),
  });
  if (!built.ok) throw new Error(built.message);
  return built;
}

const CUSTOM = applyWording({
  terms: {
    childrenInCare: 'children looked after',
    upheld: "found in the complainant's favour",
    council: 'our council',
    board: 'the Corporate Parenting Board',
    ombudsman: 'the LGSCO',
  },
});

describe('the wording', () => {
  const { report, complaints } = rich();
  const standard = renderText(buildNarrative(report, complaints));
  const custom = renderText(buildNarrative(report, complaints, { wording: CUSTOM }));

  it.each([
    ['childrenInCare', /children in care/i],
    ['childInCare', /child in care/i],
    ['upheld', /upheld/i],
    ['council', /the council/i],
    ['board', /the board/i],
    ['ombudsman', /Local Government and Social Care Ombudsman/i],
  ])('uses the default %s phrase in the standard narrative', (_, phrase) => {
    expect(standard).toMatch(phrase);
  });

  it.each([
    ['childrenInCare', /children in care/i],
    ['childInCare', /child in care/i],
    ['upheld', /upheld/i],
    ['council', /the council/i],
    ['board', /the board/i],
    ['ombudsman', /Local Government and Social Care Ombudsman/i],
  ])('replaces the %s phrase everywhere, title and headings included', (_, phrase) => {
    expect(custom).not.toMatch(phrase);
  });

  it('puts the terms in their place, capitalised at a sentence start', () => {
    expect(custom).toContain('Complaints report to the Corporate Parenting Board: 1 December');
    expect(custom).toContain("\nComplaints found in the complainant's favour\n");
    expect(custom).toContain('concerned children looked after');
    expect(custom).toMatch(/Our council received \d+ complaints at stage 1/);
    expect(custom).toContain('(child looked after)');
    expect(custom).toContain("were not found in the complainant's favour");
  });

  it('changes nothing else: the custom text is the standard one with the terms swapped', () => {
    const swapped = standard
      .replace(/children in care/g, 'children looked after')
      .replace(/child in care/g, 'child looked after')
      .replace(/upheld/g, "found in the complainant's favour")
      .replace(/Upheld/g, "Found in the complainant's favour")
      .replace(/The council/g, 'Our council')
      .replace(/the board/g, 'the Corporate Parenting Board')
      .replace(/the Local Government and Social Care Ombudsman/g, 'the LGSCO');
    expect(custom).toBe(swapped);
  });

  it('keeps the singular term a council gives', () => {
    const wording = applyWording({
      terms: { childrenInCare: 'looked-after children', childInCare: 'looked-after child' },
    });
    const text = renderText(buildNarrative(report, complaints, { wording }));
    expect(text).toContain('(looked-after child)');
    expect(text).toContain('concerned looked-after children');
  });

  it('takes a template and a heading of its own', () => {
    const wording = applyWording({
      headings: { themes: 'What complaints were about' },
      templates: { themes: { many: 'Complaints were mostly about {list}.' } },
    });
    const text = renderText(buildNarrative(report, complaints, { wording }));
    expect(text).toContain(
      '\nWhat complaints were about\nComplaints were mostly about Communication',
    );
    expect(DEFAULT_WORDING.headings.themes).toBe('Themes');
  });
});
