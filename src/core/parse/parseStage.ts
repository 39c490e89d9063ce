/**
 * Stage cells (docs/design.md rule 8). Labels are matched whole after normalisation, against a table built
 * from the ways trackers write a stage; anything else is reported rather than read as the nearest
 * stage, because a complaint counted at the wrong stage changes its timescale.
 */
import type { CellValue, Stage } from '../types';
import { createCellCache } from './_lib/cellCache';
import { cellText, normaliseLabel } from './cellText';
import { accept, reject, type Parsed } from './parsed';

type CouncilStage = 1 | 2 | 3;

const NUMBER_WORDS: Record<CouncilStage, string> = { 1: 'one', 2: 'two', 3: 'three' };
const ROMAN: Record<CouncilStage, string> = { 1: 'i', 2: 'ii', 3: 'iii' };

/** The children's statutory procedure's names for each stage, usable without a number. */
const NAMES: Record<CouncilStage, string[]> = {
  1: ['localresolution'],
  2: ['investigation', 'independentinvestigation'],
  3: ['reviewpanel', 'independentreviewpanel', 'complaintsreviewpanel'],
};

/** Extra words accepted only next to an explicit number ("Stage 2 - review" in corporate procedures). */
const NUMBERED_ONLY: Record<CouncilStage, string[]> = {
  1: ['local', 'informal', 'earlyresolution'],
  2: ['review', 'formal', 'formalinvestigation'],
  3: ['review', 'panel'],
};

const OMBUDSMAN = [
  'ombudsman',
  'lgsco',
  'lgo',
  'localgovernmentombudsman',
  'localgovernmentandsocialcareombudsman',
  'lgscoreferral',
  'lgoreferral',
  'ombudsmanreferral',
];

/** Every accepted spelling of a numbered stage: "1", "one", "stage1", "stageone", "stagei", "s1", "st1"… */
function spellNumbers(stage: CouncilStage): string[] {
  const digit = String(stage);
  const words = [digit, NUMBER_WORDS[stage]];
  const spellings = [...words];
  for (const prefix of ['stage', 'level']) {
    for (const token of [...words, ROMAN[stage]]) spellings.push(prefix + token);
  }
  for (const prefix of ['s', 'st', 'stg']) spellings.push(prefix + digit);
  return spellings;
}

function buildStageTable(): Map<string, Stage> {
  const table = new Map<string, Stage>();
  for (const stage of [1, 2, 3] as const) {
    for (const name of NAMES[stage]) table.set(name, stage);
    const descriptions = [...NAMES[stage], ...NUMBERED_ONLY[stage]];
    for (const number of spellNumbers(stage)) {
      table.set(number, stage);
      for (const description of descriptions) {
        table.set(number + description, stage);
        table.set(description + number, stage);
      }
    }
  }
  for (const name of OMBUDSMAN) table.set(name, 'ombudsman');
  return table;
}

const STAGE_TABLE = buildStageTable();

/** An explicit stage number followed by any description: "Stage 2 - complex", "S1 (informal)". */
const NUMBERED_WITH_DESCRIPTION =
  /^(?:stage|level|stg|st|s)?\s*([123])\s*(?:[-–:(,]|\.(?!\d)|\s)(.*)$/i;

/** True when a description names a different stage ("Stage 1 - investigation"): a contradiction. */
function namesOtherStage(description: string, stage: CouncilStage): boolean {
  const label = normaliseLabel(description);
  const others = ([1, 2, 3] as const).filter((s) => s !== stage).flatMap((s) => NAMES[s]);
  return [...others, ...OMBUDSMAN].some((name) => label.includes(name));
}

/** Each distinct spelling is read once: a column repeats a few of them down every row. */
const cache = createCellCache<Parsed<Stage>>();

/**
 * Reads a stage cell. Blank is stage 1 (most trackers leave the first stage unmarked); "1.0" and the
 * number 1 are stage 1; "Ombudsman"/"LGSCO" are the ombudsman stage; anything else is not ok.
 */
export function parseStage(value: CellValue): Parsed<Stage> {
  return cache.read(value, readStage);
}

function readStage(value: CellValue): Parsed<Stage> {
  const text = cellText(value);
  if (text === '') return accept(1);
  if (typeof value === 'boolean' || value instanceof Date) return reject(text);
  const numeric = /^\d+(?:\.0+)?$/.test(text) ? Number(text) : null;
  if (numeric !== null) {
    return numeric === 1 || numeric === 2 || numeric === 3 ? accept(numeric) : reject(text);
  }
  const stage = STAGE_TABLE.get(normaliseLabel(text));
  if (stage !== undefined) return accept(stage);
  const numbered = NUMBERED_WITH_DESCRIPTION.exec(text);
  if (numbered === null) return reject(text);
  const numberedStage = Number(numbered[1]) as CouncilStage;
  return namesOtherStage(numbered[2], numberedStage) ? reject(text) : accept(numberedStage);
}
