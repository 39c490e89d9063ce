/**
 * Settings a council can change: working-day limits per stage (corporate policies differ) and the
 * reporting period the user chose.
 */
import type { PeriodPreset } from './period';
import type { IsoDate, Limits } from './types';

/** The statutory children's social care timescales (docs/design.md rule 11), in working days. */
export const DEFAULT_LIMITS: Limits = {
  stage1: 10,
  stage1Extended: 20,
  stage2: 25,
  stage2Extended: 65,
  stage3: 50,
};

/** The period a user picked: a preset relative to the as-of date, or fixed dates. */
export type PeriodChoice =
  { kind: 'preset'; preset: PeriodPreset } | { kind: 'custom'; from: IsoDate; to: IsoDate };
