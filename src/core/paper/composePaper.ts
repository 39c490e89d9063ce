/**
 * A committee paper from a build: the board paper (narrative, then tables) or the statutory
 * annual report, with the provenance appendix when asked for. Pure; any renderer can print it.
 */
import { describeSource, formatReportDate } from '../labels';
import type { Narrative } from '../narrative/types';
import { describePeriod, isWholeMonths } from '../period';
import { parseIsoDate } from '../dates';
import type { SummaryLayout } from '../summary/types';
import type { Report } from '../types';
import { annualBlocks } from './annual';
import { appendixBlocks } from './appendix';
import { boardBlocks } from './board';
import type { Paper, PaperTemplate } from './types';

export type PaperInput = {
  report: Report;
  narrative: Narrative;
  layout: SummaryLayout;
  /** `board` unless said. */
  template?: PaperTemplate;
  /** The provenance appendix; off unless asked for. */
  appendix?: boolean;
};

/** "Annual report on children's social care complaints 2021/22" for a financial year. */
function annualTitle(report: Report): string {
  const from = parseIsoDate(report.period.from);
  const to = parseIsoDate(report.period.to);
  const base = 'Annual report on children’s social care complaints';
  if (from !== null && to !== null && isWholeMonths({ from, to })) {
    const words = describePeriod(from, to);
    const year = /^in (\d{4}\/\d{2}) /.exec(words);
    if (year) return `${base} ${year[1]}`;
  }
  return `${base}, ${formatReportDate(report.period.from)} to ${formatReportDate(report.period.to)}`;
}

/** Compose the paper a template describes. */
export function composePaper(input: PaperInput): Paper {
  const { report, narrative, layout } = input;
  const template = input.template ?? 'board';
  const blocks =
    template === 'annual'
      ? annualBlocks(report, narrative, layout)
      : boardBlocks(narrative, layout);
  return {
    title: template === 'annual' ? annualTitle(report) : narrative.title,
    subtitle: describeSource(report),
    blocks: input.appendix ? [...blocks, ...appendixBlocks(blocks)] : blocks,
  };
}
