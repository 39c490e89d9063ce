/** The opening paragraph: totals and their change, coverage, children in care, stages reached. */
import { describePeriod } from '../period';
import { formatReportDate } from '../labels';
import { parseIsoDate } from '../dates';
import type { StageCounts } from '../types';
import { change, notComparedSentences } from './comparisons';
import { allSentence, type NarrativeContext } from './context';
import { coverageSentence } from './coverage';
import type { NarrativeSection, Sentence } from './types';
import { allOf, capitalise, countWord, formatNumber, joinList, percent } from './words';

/** The period in words, as a sentence may open with it ("between September 2021 and …"). */
export function periodInWords(ctx: NarrativeContext): string {
  const { from, to, toDate, asOf } = ctx.report.period;
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  const when = a === null || b === null ? `between ${from} and ${to}` : describePeriod(a, b);
  return toDate ? ctx.say(ctx.t.overview.toDate, { when, asOf: formatReportDate(asOf) }) : when;
}

/** A stage by name: "stage 2", "the Local Government and Social Care Ombudsman". */
export function stageName(ctx: NarrativeContext, key: keyof StageCounts): string {
  const n = ctx.t.nouns;
  const names = { '1': n.stage1, '2': n.stage2, '3': n.stage3, ombudsman: n.ombudsman };
  return ctx.say(names[key]);
}

/** "at stage 1", "with the Local Government and Social Care Ombudsman". */
export function stageWhere(ctx: NarrativeContext, key: keyof StageCounts): string {
  const o = ctx.t.overview;
  return key === 'ombudsman'
    ? ctx.say(o.withOmbudsman)
    : ctx.say(o.atStage, { stage: stageName(ctx, key) });
}

const STAGES: (keyof StageCounts)[] = ['1', '2', '3', 'ombudsman'];

/** "Eight of the 72 went beyond stage 1: 6 to stage 2, 1 to stage 3 and 1 to the Ombudsman." */
function beyondStage1(ctx: NarrativeContext, stages: StageCounts, total: number): string {
  const o = ctx.t.overview;
  const [first] = STAGES.filter((key) => stages[key] > 0);
  if (total === 1) return ctx.say(o.onlyOne, { where: stageWhere(ctx, first) });
  const beyond = total - stages['1'];
  if (beyond === 0) return ctx.say(o.noneBeyond, {}, total);
  const lead =
    beyond === total ? allOf(total) : ctx.say(o.someOf, { n: countWord(beyond), total }, beyond);
  const parts = STAGES.slice(1).filter((key) => stages[key] > 0);
  if (parts.length === 1) {
    const vars = { lead: capitalise(lead), all: beyond === 2 ? 'both' : 'all' };
    return ctx.say(o.beyondOnly, { ...vars, stage: stageName(ctx, parts[0]) }, beyond);
  }
  const list = parts.map((key) =>
    ctx.say(o.beyondCount, { n: stages[key], stage: stageName(ctx, key) }),
  );
  return ctx.say(o.beyondMany, { lead: capitalise(lead), list: joinList(list) });
}

/** The overview section; for an empty period, the total and what the tracker covers. */
export function overviewSection(ctx: NarrativeContext): NarrativeSection {
  const { report } = ctx;
  const o = ctx.t.overview;
  const total = report.all.complaints;
  const changed = change(ctx, total, {
    of: 'all',
    value: (b) => b.complaints,
    format: formatNumber,
  });
  const sentences: Sentence[] = [
    allSentence(
      ctx,
      ctx.say(o.total, { when: periodInWords(ctx), n: total, change: changed }, total),
    ),
  ];
  const cic = report.childrenInCare;
  if (cic && total > 0) {
    const cicChange = change(ctx, cic.complaints, {
      of: 'childrenInCare',
      value: (b) => b.complaints,
      format: formatNumber,
    });
    const vars = { n: cic.complaints, percent: percent(cic.complaints, total), change: cicChange };
    sentences.push(
      ctx.sentence(ctx.say(o.childrenInCare, vars, cic.complaints), ctx.childrenInCare),
    );
  }
  if (ctx.hasColumn('stage') && total > 0) {
    sentences.push(allSentence(ctx, beyondStage1(ctx, report.all.stages, total)));
  }
  const coverage = coverageSentence(ctx);
  if (coverage !== null) sentences.push(allSentence(ctx, coverage));
  for (const text of notComparedSentences(ctx)) sentences.push(allSentence(ctx, text));
  const heading = ctx.say(ctx.wording.headings.overview);
  return { id: 'overview', heading, kind: 'paragraph', sentences };
}
