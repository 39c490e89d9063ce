/**
 * Report → Narrative: the board paper's paragraphs in British English. Every figure comes from the
 * Report, so the text always reconciles; every sentence carries the complaints it speaks of.
 */
import { formatReportDate, reportHasColumn } from '../labels';
import { DEFAULT_LIMITS } from '../settings';
import type { AssessedComplaint, Field, Limits, Report } from '../types';
import { complainantsSection } from './complainants';
import { sayWith, sentenceWith, type NarrativeContext } from './context';
import { dataQualitySection } from './dataQuality';
import { outcomesSection } from './outcomes';
import { overdueSection } from './overdue';
import { overviewSection } from './overview';
import { stagesSection } from './stages';
import { themesSection } from './themes';
import { timescalesSection } from './timescales';
import type { Narrative, NarrativeSection } from './types';
import { upheldSection } from './upheld';
import { DEFAULT_WORDING, type Wording } from './wording';

/** How a narrative is written: whose words, and whether complaint references may appear. */
export type NarrativeOptions = {
  /** The council's wording (default `DEFAULT_WORDING`; see `applyWording`, `parseWording`). */
  wording?: Wording;
  /**
   * False for papers that are published: no complaint reference appears anywhere, and the
   * overdue list is left out (rule 27). Default true.
   */
  references?: boolean;
  /** The working-day limits the report was judged against (default `DEFAULT_LIMITS`). */
  limits?: Limits;
};

/** Draft the narrative for a report and the complaints in its period. */
export function buildNarrative(
  report: Report,
  complaints: AssessedComplaint[],
  options: NarrativeOptions = {},
): Narrative {
  const wording = options.wording ?? DEFAULT_WORDING;
  const ctx: NarrativeContext = {
    report,
    complaints,
    childrenInCare: report.childrenInCare ? complaints.filter((c) => c.record.childInCare) : [],
    hasColumn: (field: Field) => reportHasColumn(report, field),
    wording,
    t: wording.templates,
    references: options.references ?? true,
    limits: options.limits ?? DEFAULT_LIMITS,
    say: sayWith(wording),
    sentence: sentenceWith(),
  };
  const sections = [
    overviewSection(ctx),
    complainantsSection(ctx),
    outcomesSection(ctx),
    upheldSection(ctx),
    stagesSection(ctx),
    timescalesSection(ctx),
    overdueSection(ctx),
    themesSection(ctx),
    dataQualitySection(ctx),
  ].filter((s): s is NarrativeSection => s !== null && s.sentences.length > 0);
  const { from, to } = report.period;
  const dates = { from: formatReportDate(from), to: formatReportDate(to) };
  return { title: ctx.say(wording.title, dates), sections };
}
