/**
 * Stage by stage (rules 20–22): complaints received at each stage in the period, responses within
 * the limit, within an agreed extension and late, average working days, and the stage 1 to stage
 * 2 escalation rate.
 */
import { parseIsoDate } from '../dates';
import type { AssessedComplaint, Breakdown, Stage, StageCounts, StageTimes } from '../types';
import { change } from './comparisons';
import type { NarrativeContext } from './context';
import { stageName } from './overview';
import type { NarrativeSection, Sentence } from './types';
import { capitalise, days, inWords, joinList, percent, rate } from './words';

type CouncilStage = '1' | '2' | '3';

/** Each stage as a bit, so a complaint's stages received in the period are one number. */
const STAGE_BIT: Record<keyof StageCounts, number> = { '1': 1, '2': 2, '3': 4, ombudsman: 8 };
const ROW_BIT: Record<Stage, number> = { 1: 1, 2: 2, 3: 4, ombudsman: 8 };

/**
 * Which of the period's complaints have a row received in the period at which stages (rule 20),
 * worked out once for the section: `stages[i]` holds the bits of `complaints[i]`'s stages.
 */
type StageRows = { complaints: readonly AssessedComplaint[]; stages: Uint8Array };

function stageRowsOf(ctx: NarrativeContext): StageRows {
  const from = parseIsoDate(ctx.report.period.from) ?? 0;
  const to = parseIsoDate(ctx.report.period.to) ?? 0;
  const stages = new Uint8Array(ctx.complaints.length);
  ctx.complaints.forEach((complaint, index) => {
    for (const row of complaint.stageRows) {
      if (row.received >= from && row.received <= to) stages[index] |= ROW_BIT[row.stage];
    }
  });
  return { complaints: ctx.complaints, stages };
}

/** The period's complaints with a row at this stage received in the period (rule 20). */
function withStageRow(rows: StageRows, stage: keyof StageCounts): AssessedComplaint[] {
  const bit = STAGE_BIT[stage];
  return rows.complaints.filter((_, index) => (rows.stages[index] & bit) !== 0);
}

/**
 * The complaints with a row at any of these stages: those at the first stage, then those at the
 * second not yet listed, and so on, each in sheet order.
 */
function withAnyStageRow(rows: StageRows, keys: (keyof StageCounts)[]): AssessedComplaint[] {
  const about: AssessedComplaint[] = [];
  let listed = 0;
  for (const key of keys) {
    const bit = STAGE_BIT[key];
    rows.complaints.forEach((complaint, index) => {
      const stages = rows.stages[index];
      if ((stages & bit) !== 0 && (stages & listed) === 0) about.push(complaint);
    });
    listed |= bit;
  }
  return about;
}

function activitySentences(ctx: NarrativeContext, rows: StageRows): Sentence[] {
  const s = ctx.t.stages;
  const activity = ctx.report.all.stageActivity;
  const stages = (['1', '2', '3'] as CouncilStage[]).filter((key) => activity[key] > 0);
  const list = stages.map((key, i) => {
    const vars = { n: activity[key], stage: stageName(ctx, key) };
    return ctx.say(i === 0 ? s.activityFirst : s.activityNext, vars, activity[key]);
  });
  const sentences: Sentence[] = [];
  if (list.length > 0) {
    sentences.push(
      ctx.sentence(ctx.say(s.activity, { list: joinList(list) }), withAnyStageRow(rows, stages)),
    );
  }
  const ombudsman = activity.ombudsman;
  if (ombudsman > 0) {
    const text = ctx.say(s.ombudsman, { n: inWords(ombudsman) }, ombudsman);
    sentences.push(ctx.sentence(text, withStageRow(rows, 'ombudsman')));
  }
  return sentences;
}

const responsesOf = (t: StageTimes): number => t.withinLimit + t.withinExtension + t.late;

/** "Of 63 stage 1 responses, 52 (83%) were sent within 10 working days and a further 2 …". */
function responseSentence(ctx: NarrativeContext, t: StageTimes, stage: string, limit: number) {
  const s = ctx.t.stages;
  const responses = responsesOf(t);
  if (responses === 1) {
    const verdict =
      t.withinLimit === 1
        ? ctx.say(s.withinLimit, { limit })
        : ctx.say(t.late === 1 ? s.lateOne : s.withinExtension);
    return ctx.say(s.theOne, { stage, verdict });
  }
  if (t.withinLimit === responses)
    return ctx.say(s.allWithin, { n: inWords(responses), stage, limit });
  const extension = t.withinExtension > 0 ? ctx.say(s.extension, { n: t.withinExtension }) : '';
  const late = ctx.say(s.late, { n: t.late }, t.late);
  const vars = { responses, stage, n: t.withinLimit, percent: percent(t.withinLimit, responses) };
  return ctx.say(s.responses, { ...vars, limit, extension, late }, t.withinLimit);
}

function stageSentences(ctx: NarrativeContext, key: CouncilStage): string[] {
  const s = ctx.t.stages;
  const t = ctx.report.all.stageTimescales[key];
  const stage = stageName(ctx, key);
  const limit = { '1': ctx.limits.stage1, '2': ctx.limits.stage2, '3': ctx.limits.stage3 }[key];
  const responses = responsesOf(t);
  const texts: string[] = [];
  if (responses > 0) {
    texts.push(responseSentence(ctx, t, stage, limit));
    const timesOf = (b: Breakdown): StageTimes => b.stageTimescales[key];
    if (t.meanWorkingDays !== null) {
      const changed = change(ctx, t.meanWorkingDays, {
        of: 'all',
        value: (b) => timesOf(b).meanWorkingDays,
        format: days,
      });
      texts.push(ctx.say(s.average, { days: days(t.meanWorkingDays), change: changed }, responses));
    }
    const inTime = (x: StageTimes): number | null =>
      rate(x.withinLimit + x.withinExtension, responsesOf(x));
    const changed = change(ctx, inTime(t), {
      of: 'all',
      value: (b) => inTime(timesOf(b)),
      format: (n) => `${n}%`,
    });
    if (changed !== '' && responses > 1) {
      const within = t.withinLimit + t.withinExtension;
      texts.push(ctx.say(s.inTime, { percent: percent(within, responses), change: changed }));
    }
  }
  const open = t.openInTime + t.openOverdue;
  const rest = [
    open > 0 ? ctx.say(s.open, { n: open }, open) : '',
    t.unknown > 0 ? ctx.say(s.unknown, { n: t.unknown }, t.unknown) : '',
  ].filter((x) => x !== '');
  if (rest.length > 0)
    texts.push(ctx.say(s.rest, { received: t.received, stage, list: joinList(rest) }));
  return texts;
}

function escalationSentence(ctx: NarrativeContext): string | null {
  const s = ctx.t.stages;
  const e = ctx.report.all.escalations;
  if (e.stage1 === 0) return null;
  if (e.stage1 === 1) return ctx.say(s.escalationOne, {}, e.toStage2);
  const changed = change(ctx, rate(e.toStage2, e.stage1), {
    of: 'all',
    value: (b) => rate(b.escalations.toStage2, b.escalations.stage1),
    format: (n) => `${n}%`,
  });
  const vars = { stage1: e.stage1, n: e.toStage2, percent: percent(e.toStage2, e.stage1) };
  return ctx.say(s.escalation, { ...vars, change: changed }, e.toStage2);
}

/** The stage-by-stage section; null when no stage row was received in the period. */
export function stagesSection(ctx: NarrativeContext): NarrativeSection | null {
  if (!ctx.hasColumn('stage')) return null;
  const rows = stageRowsOf(ctx);
  const sentences = activitySentences(ctx, rows);
  for (const key of ['1', '2', '3'] as CouncilStage[]) {
    const about = withStageRow(rows, key);
    for (const text of stageSentences(ctx, key))
      sentences.push(ctx.sentence(capitalise(text), about));
  }
  const escalation = escalationSentence(ctx);
  if (escalation !== null) sentences.push(ctx.sentence(escalation, withStageRow(rows, '2')));
  if (sentences.length === 0) return null;
  const heading = ctx.say(ctx.wording.headings.stages);
  return { id: 'stages', heading, kind: 'paragraph', sentences };
}
