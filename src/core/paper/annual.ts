/**
 * The statutory annual report (the 2006 Regulations; *Getting the Best from Complaints*): one
 * heading per section with its sentences and tables, each present only when the Report holds
 * its figures, each table with the year-earlier column where the tracker covers that year.
 */
import { reportHasColumn, STAGE_LABELS } from '../labels';
import type { Narrative, Sentence } from '../narrative/types';
import { comparisonColumns, figureHeader, figureRow } from '../summary/columns';
import type { SummaryLayout, SummaryTable } from '../summary/types';
import type { Report } from '../types';
import { learning, ombudsman, outcomes, timescales } from './annualResults';
import {
  advocacy,
  annualFigures,
  complainants,
  received,
  themes,
  type AnnualFigures,
} from './annualSections';
import { TableNumbering } from './tables';
import type { PaperBlock } from './types';

type SectionPlan = {
  heading: string;
  sentences: (figures: AnnualFigures) => Sentence[];
  /** The summary tables that go with it, by id, when the layout has them. */
  tables: string[];
};

const SECTIONS: SectionPlan[] = [
  {
    heading: 'Complaints received at each stage',
    sentences: received,
    tables: ['totals', 'stageActivity', 'escalations', 'monthly'],
  },
  { heading: 'Who complained', sentences: complainants, tables: ['complainants'] },
  { heading: 'Advocacy', sentences: advocacy, tables: [] },
  { heading: 'Types of complaint', sentences: themes, tables: ['themes'] },
  { heading: 'Outcomes', sentences: outcomes, tables: ['outcomes'] },
  {
    heading: 'Compliance with timescales',
    sentences: timescales,
    tables: ['stageTimescales'],
  },
  { heading: 'Ombudsman cases', sentences: ombudsman, tables: [] },
  { heading: 'Learning from complaints', sentences: learning, tables: ['teams'] },
];

/** Stage rows received in the period (rule 20), the ombudsman included, beside the year earlier. */
function stageActivityTable(report: Report): SummaryTable | null {
  if (!reportHasColumn(report, 'stage')) return null;
  const columns = [
    { header: 'Received', breakdown: report.all, withPercent: false },
    ...comparisonColumns(report),
  ];
  return {
    id: 'stageActivity',
    title: 'Complaints received at each stage',
    header: figureHeader('Stage', columns),
    rows: (Object.keys(STAGE_LABELS) as (keyof typeof STAGE_LABELS)[]).map((k) =>
      figureRow(STAGE_LABELS[k], columns, (b) => b.stageActivity[k]),
    ),
    chart: null,
  };
}

/** The annual report's body; `narrative` lends its data-quality notes ("About these figures"). */
export function annualBlocks(
  report: Report,
  narrative: Narrative,
  layout: SummaryLayout,
): PaperBlock[] {
  const figures = annualFigures(report);
  const numbering = new TableNumbering();
  const extra = stageActivityTable(report);
  const tables = new Map(layout.tables.map((t) => [t.id, t]));
  if (extra) tables.set(extra.id, extra);
  const blocks: PaperBlock[] = [];
  for (const plan of SECTIONS) {
    const sentences = plan.sentences(figures);
    if (sentences.length === 0) continue;
    blocks.push({ kind: 'heading', level: 1, text: plan.heading });
    blocks.push({ kind: 'paragraph', sentences });
    for (const id of plan.tables) {
      const table = tables.get(id);
      const block = table && numbering.block(table, { series: id === 'monthly' });
      if (block) blocks.push(block);
    }
  }
  const notes = narrative.sections.find((s) => s.id === 'dataQuality');
  if (notes && notes.sentences.length > 0) {
    blocks.push({ kind: 'heading', level: 1, text: 'About these figures' });
    blocks.push({
      kind: notes.kind === 'bullets' ? 'bullets' : 'paragraph',
      sentences: notes.sentences,
    });
  }
  return blocks;
}
