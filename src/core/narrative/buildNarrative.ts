/**
 * Report → Narrative: the board paper's paragraphs in British English. Every figure comes from the
 * Report, so the text always reconciles; every sentence carries the complaints it speaks of.
 */
import { reportHasColumn } from '../labels';
import type { AssessedComplaint, Field, Report } from '../types';
import type { NarrativeContext } from './context';
import { outcomesSection } from './outcomes';
import { formatReportDate } from '../labels';
import { overviewSection } from './overview';
import { dataQualitySection, themesSection } from './themes';
import { overdueSection, timescalesSection } from './timescales';
import type { Narrative, NarrativeSection } from './types';
import { upheldSection } from './upheld';

/** Draft the narrative for a report and the complaints in its period. */
export function buildNarrative(report: Report, complaints: AssessedComplaint[]): Narrative {
  const ctx: NarrativeContext = {
    report,
    complaints,
    childrenInCare: report.childrenInCare ? complaints.filter((c) => c.record.childInCare) : [],
    hasColumn: (field: Field) => reportHasColumn(report, field),
  };
  const sections = [
    overviewSection(ctx),
    outcomesSection(ctx),
    upheldSection(ctx),
    timescalesSection(ctx),
    overdueSection(ctx),
    themesSection(ctx),
    dataQualitySection(ctx),
  ].filter((s): s is NarrativeSection => s !== null && s.sentences.length > 0);
  const { from, to } = report.period;
  const title = `Complaints report: ${formatReportDate(from)} to ${formatReportDate(to)}`;
  return { title, sections };
}
