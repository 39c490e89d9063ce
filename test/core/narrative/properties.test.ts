/**
 * Properties of the narrative over many generated trackers and periods (issue 7, "Done means"):
 * no sentence over 45 words, no "NaN" or "1 were", and every number in the text a figure of the
 * Report or one derived from its figures (a percentage of two, a sum of parts, a difference).
 */
import fc from 'fast-check';
import { buildNarrative, type Narrative } from '../../../src/core/narrative';
import { DEFAULT_LIMITS } from '../../../src/core/settings';
import type { Breakdown, CellValue, Report } from '../../../src/core/types';
import { buildFor, tracker, type TrackerRecord } from '../_lib/grid';
import { day } from '../_lib/records';

const date = (min: string, max: string) =>
  fc
    .date({
      min: new Date(`${min}T00:00:00Z`),
      max: new Date(`${max}T00:00:00Z`),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));

const record: fc.Arbitrary<TrackerRecord> = fc.record({
  reference: fc.integer({ min: 1, max: 40 }).map((n) => `C${n}`),
  received: date('2020-06-01', '2022-04-30'),
  stage: fc.constantFrom<CellValue>(1, 2, 3, 'LGSCO', ''),
  complainant: fc.constantFrom('Parent', 'YP', 'Advocate', 'Foster carer', 'MP', ''),
  childInCare: fc.constantFrom('Y', 'N', ''),
  team: fc.constantFrom('Fostering', 'CLA Services', 'Leaving Care', ''),
  theme: fc.constantFrom('Contact', 'Communication; Delay', ''),
  outcome: fc.constantFrom('Upheld', 'Partly upheld', 'Not upheld', 'Withdrawn', 'Resolved', ''),
  closed: fc.option(date('2020-06-01', '2022-06-30'), { nil: '' }),
  extension: fc.constantFrom('Y', ''),
});

const PERIODS = [
  { from: '2021-09-01', to: '2022-02-28', asOf: '2022-03-10' },
  { from: '2021-12-01', to: '2022-02-28', asOf: '2022-03-10' },
  { from: '2021-04-01', to: '2022-03-31', asOf: '2022-04-20' },
  { from: '2021-04-01', to: '2022-03-31', asOf: '2022-01-15' },
  { from: '2022-02-03', to: '2022-02-20', asOf: '2022-03-10' },
];

/** Every number of the Report, and the parts a sentence adds up or takes away. */
function figures(report: Report): Set<number> {
  const found = new Set<number>(Object.values(DEFAULT_LIMITS));
  const walk = (value: unknown): void => {
    if (typeof value === 'number') found.add(value);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(report);
  const derived = (b: Breakdown | null): void => {
    if (b === null) return;
    const t = b.timescales;
    found.add(t.closedOnTime + t.closedLate).add(t.openInTime + t.openOverdue);
    found.add(t.openOverdue - 10).add(b.complaints - b.stages['1']);
    if (b.outcomes) {
      const o = b.outcomes;
      found.add(o.upheld + o.partiallyUpheld + o.notUpheld);
    }
    for (const s of Object.values(b.stageTimescales)) {
      found.add(s.withinLimit + s.withinExtension + s.late).add(s.withinLimit + s.withinExtension);
      found.add(s.openInTime + s.openOverdue);
    }
  };
  [report.all, report.childrenInCare, report.comparisons.previous.all].forEach(derived);
  [report.comparisons.previous.childrenInCare, report.comparisons.yearEarlier.all].forEach(derived);
  derived(report.comparisons.yearEarlier.childrenInCare);
  for (const issue of report.issues) found.add(issue.row);
  // "the previous 18 days": a comparison period's length.
  const { previous } = report.comparisons;
  found.add(day(previous.to) - day(previous.from) + 1);
  const values = [...found];
  for (const part of values) {
    for (const whole of values) if (whole > 0) found.add(Math.round((part / whole) * 100));
  }
  return found;
}

const MONTHS =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const NOT_FIGURES = new RegExp(
  [
    `\\d{1,2} ${MONTHS}(?: \\d{4})?`,
    `${MONTHS} \\d{4}`,
    '\\d{4}/\\d{2}',
    'stage \\d',
    '\\bC\\d+\\b',
  ].join('|'),
  'g',
);

function sentencesOf(narrative: Narrative): string[] {
  return [
    narrative.title,
    ...narrative.sections.flatMap((s) => [s.heading, ...s.sentences.map((x) => x.text)]),
  ];
}

describe('the narrative on any tracker and period', () => {
  it('keeps sentences short, agrees in number, and states only figures of the Report', () => {
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 40 }),
        fc.constantFrom(...PERIODS),
        fc.boolean(),
        (records, period, references) => {
          const { report, complaints } = buildFor(tracker(records), {
            from: day(period.from),
            to: day(period.to),
            asOf: day(period.asOf),
          });
          const narrative = buildNarrative(report, complaints, { references });
          const allowed = figures(report);
          for (const text of sentencesOf(narrative)) {
            expect(text.split(/\s+/).length).toBeLessThanOrEqual(45);
            expect(text).not.toMatch(/NaN|undefined|null|\[object/);
            const stripped = text.replace(NOT_FIGURES, '');
            expect(stripped).not.toMatch(/\b1 (were|are|have|complaints|rows|responses)\b/);
            expect(stripped).not.toMatch(
              /\b(?:[02-9]|\d\d+) (was|is|has|complaint|row|response)\b/,
            );
            expect(stripped).not.toMatch(/\d{4,}/); // thousands are separated; no stray years
            const numbers = stripped.match(/\d[\d,]*(?:\.\d+)?/g) ?? [];
            for (const n of numbers) expect(allowed).toContain(Number(n.replace(/,/g, '')));
          }
          if (!references) {
            const text = sentencesOf(narrative).join('\n');
            for (const c of complaints)
              expect(text).not.toMatch(new RegExp(`\\b${c.reference}\\b`));
          }
          for (const section of narrative.sections)
            expect(section.sentences.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 150 },
    );
  });
});
