/**
 * The one build pipeline both front ends run: what a host read (its sheets) and what the user
 * chose (period, as-of, limits, column overrides) in; everything the task pane and the command
 * line show or write out. Pure: "now" arrives as `asOf` and `builtAt`, so the two front ends
 * cannot disagree on a figure.
 */
import { buildReport } from './buildReport';
import { mappingOf, type HeaderMapping } from './headerMapping';
import { overdueRowTargets } from './highlight';
import { findHeader, type MappingOverrides } from './mapping';
import { buildNarrative, type Narrative, type Wording } from './narrative';
import type { RowTarget } from './port';
import { resolvePeriod } from './resolvePeriod';
import type { PeriodChoice } from './settings';
import { layoutSummary, type SummaryLayout } from './summaryLayout';
import type { AssessedComplaint, IsoDate, Limits, RawSheet, Report } from './types';

/** What a build is asked for, host aside. */
export type PipelineOptions = {
  /** The workbook's file name, as the report names its source. */
  fileName: string;
  period: PeriodChoice;
  asOf: IsoDate;
  overrides: MappingOverrides;
  /** The header's sheet row, when the user names it (otherwise it is searched for). */
  headerRow?: number;
  limits?: Limits;
  /** When the report was built, in the host's words, for the summary sheet ("15 March 2022, 10:04"). */
  builtAt: string;
  /** False for published papers: the narrative names no complaint reference (rule 27). */
  references?: boolean;
  /** The council's own words for the narrative (default: the standard wording). */
  wording?: Wording;
};

/** Everything a build makes: the figures, their words, and what to write back to the host. */
export type PipelineResult = {
  report: Report;
  /** The complaints in the period, in sheet order: what every sentence and figure speaks of. */
  complaints: AssessedComplaint[];
  narrative: Narrative;
  layout: SummaryLayout;
  /** The overdue complaints' rows, one target per sheet (none when nothing is overdue). */
  highlights: RowTarget[];
  /** The first tracker sheet's header: the one the column mapping shows. */
  mapping: HeaderMapping;
  /** Every tracker sheet's header, in the order read. */
  mappings: HeaderMapping[];
};

/** Why no report could be built from what was read: told to the user, never thrown. */
export type PipelineProblem = {
  kind: 'invalid-period' | 'no-header' | 'missing-column';
  message: string;
  /** The header found, when there is one, so a missing column can be chosen by hand. */
  mapping: HeaderMapping | null;
};

export type PipelineOutcome =
  ({ ok: true } & PipelineResult) | { ok: false; problem: PipelineProblem };

/**
 * Builds the report from the sheets a host read, read together (rule 18): a sheet without a
 * reference and a received-date column is skipped with a note; with none, the first sheet's
 * problem is reported.
 */
export function runPipeline(
  sheets: readonly RawSheet[],
  options: PipelineOptions,
): PipelineOutcome {
  const period = resolvePeriod(options.period, options.asOf);
  if (!period.ok) {
    return {
      ok: false,
      problem: { kind: 'invalid-period', message: period.message, mapping: null },
    };
  }
  const built = buildReport([...sheets], {
    file: options.fileName,
    from: period.from,
    to: period.to,
    asOf: period.asOf,
    limits: options.limits,
    overrides: options.overrides,
    headerRow: options.headerRow,
  });
  if (!built.ok) {
    const header = findHeader(built.sheet, options.overrides, { headerRow: options.headerRow });
    const mapping = header === null ? null : mappingOf(built.sheet, header);
    return { ok: false, problem: { kind: built.problem, message: built.message, mapping } };
  }
  const { report, complaints, trackers } = built;
  const mappings = trackers.map(({ sheet, header }) => mappingOf(sheet, header));
  return {
    ok: true,
    report,
    complaints,
    narrative: buildNarrative(report, complaints, {
      references: options.references,
      wording: options.wording,
      limits: options.limits,
    }),
    layout: layoutSummary(report, options.builtAt, options.wording?.terms),
    highlights: overdueRowTargets(
      trackers.map((t) => t.sheet),
      complaints,
    ),
    mapping: mappings[0],
    mappings,
  };
}
