/**
 * The figures of the report's period and of its two comparisons (docs/design.md rules 20–25), made
 * from one pass over the whole tracker: each complaint and each stage row is placed in every period
 * it falls in at once, rather than the tracker being filtered again for each period.
 */
import { isCovered, type Coverage } from './figures/coverage';
import { createLabelIndex, type LabelIndex } from './figures/labelCounts';
import { addActivity, emptyActivity, type Activity, type StageJudge } from './figures/stageTimes';
import type { LabelGroups } from './grouping';
import type { ColumnMapping } from './mapping';
import { previousPeriod, yearEarlierPeriod, type Period } from './period';
import { summariseComplaints, TEAM_NOT_RECORDED, type SummariseContext } from './summarise';
import type { AssessedComplaint, Breakdown, Comparison } from './types';
import { toIsoDate } from './dates';

/** What every period's figures are made from: the whole tracker, assessed once. */
export type FigureContext = {
  everyComplaint: readonly AssessedComplaint[];
  columns: ColumnMapping;
  hasChildInCare: boolean;
  teams: LabelGroups;
  themes: LabelGroups;
  judge: StageJudge;
};

/** One period's figures: all complaints, and those about children in care (null without the column). */
export type PeriodFigures = {
  /** The complaints first received in the period, in sheet order. */
  complaints: AssessedComplaint[];
  all: Breakdown;
  childrenInCare: Breakdown | null;
};

/** The report period's figures and its two comparisons (each null in figures when not covered). */
export type ReportFigures = {
  current: PeriodFigures;
  comparisons: { previous: Comparison; yearEarlier: Comparison };
};

/** What one period collects in the pass over the tracker. */
type Slice = {
  period: Period;
  complaints: AssessedComplaint[];
  inCare: AssessedComplaint[];
  activity: Activity;
  inCareActivity: Activity;
};

/**
 * The period's figures and, where the tracker covers them (rule 19), the previous period's and the
 * year-earlier period's. A comparison period that is the same as the other (a financial year's
 * previous year is also its year earlier) is summarised once.
 */
export function figuresForReport(
  period: Period,
  coverage: Coverage,
  figures: FigureContext,
): ReportFigures {
  const asOf = figures.judge.asOf;
  const previous = previousPeriod(period);
  const yearEarlier = yearEarlierPeriod(period);
  const previousCovered = isCovered(coverage, previous, asOf);
  const yearEarlierCovered = isCovered(coverage, yearEarlier, asOf);
  const sameComparison = isSamePeriod(previous, yearEarlier);
  const wanted = [period];
  if (previousCovered) wanted.push(previous);
  if (yearEarlierCovered && !sameComparison) wanted.push(yearEarlier);
  // Every breakdown groups the same cells the same way: they are numbered once for all of them.
  const labels = createLabelIndex(figures.teams, figures.themes, TEAM_NOT_RECORDED);
  const [current, ...compared] = sliceTracker(wanted, figures.everyComplaint).map((slice) =>
    summariseSlice(slice, figures, labels),
  );
  const previousFigures = previousCovered ? compared[0] : null;
  let yearEarlierFigures: PeriodFigures | null = null;
  if (yearEarlierCovered) {
    yearEarlierFigures = sameComparison ? copyFigures(compared[0]) : compared[compared.length - 1];
  }
  return {
    current,
    comparisons: {
      previous: comparison(previous, previousCovered, previousFigures),
      yearEarlier: comparison(yearEarlier, yearEarlierCovered, yearEarlierFigures),
    },
  };
}

/**
 * A second use of a period's figures gets its own copy, so no two parts of the report share an
 * object. A breakdown is plain JSON data (docs/design.md, the Report JSON), so a JSON round trip
 * copies it exactly, key order included, on every host the task pane runs on.
 */
function copyFigures(figures: PeriodFigures): PeriodFigures {
  const copy = (breakdown: Breakdown): Breakdown =>
    JSON.parse(JSON.stringify(breakdown)) as Breakdown;
  return {
    complaints: figures.complaints,
    all: copy(figures.all),
    childrenInCare: figures.childrenInCare === null ? null : copy(figures.childrenInCare),
  };
}

function isSamePeriod(a: Period, b: Period): boolean {
  return a.from === b.from && a.to === b.to;
}

/**
 * Every complaint first received in each period, and every stage row received in it whichever
 * period its complaint came in (rule 20), in sheet order.
 */
function sliceTracker(periods: Period[], complaints: readonly AssessedComplaint[]): Slice[] {
  const slices: Slice[] = periods.map((period) => ({
    period,
    complaints: [],
    inCare: [],
    activity: emptyActivity(),
    inCareActivity: emptyActivity(),
  }));
  for (const complaint of complaints) {
    const inCare = complaint.record.childInCare;
    for (const slice of slices) {
      if (complaint.received < slice.period.from || complaint.received > slice.period.to) continue;
      slice.complaints.push(complaint);
      if (inCare) slice.inCare.push(complaint);
    }
    for (const row of complaint.stageRows) {
      for (const slice of slices) {
        if (row.received < slice.period.from || row.received > slice.period.to) continue;
        addActivity(slice.activity, row, complaint);
        if (inCare) addActivity(slice.inCareActivity, row, complaint);
      }
    }
  }
  return slices;
}

function summariseSlice(slice: Slice, figures: FigureContext, labels: LabelIndex): PeriodFigures {
  const context: SummariseContext = { ...figures, period: slice.period, labels };
  return {
    complaints: slice.complaints,
    all: summariseComplaints(slice.complaints, slice.activity, context),
    childrenInCare: figures.hasChildInCare
      ? summariseComplaints(slice.inCare, slice.inCareActivity, context)
      : null,
  };
}

/** A comparison period, built exactly as the report's own, or not compared when not covered. */
function comparison(period: Period, covered: boolean, built: PeriodFigures | null): Comparison {
  return {
    from: toIsoDate(period.from),
    to: toIsoDate(period.to),
    covered,
    all: built?.all ?? null,
    childrenInCare: built?.childrenInCare ?? null,
  };
}
