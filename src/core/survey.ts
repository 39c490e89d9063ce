/**
 * What the counted rows (every stage row of every complaint, duplicates aside) tell the whole
 * report: the span of their received dates (rule 19) and the spellings its team and theme labels
 * are chosen from (rule 16). Taken row by row as the rows are grouped, in sheet then row order,
 * the order rule 16 breaks a tie by.
 */
import { widenCoverage, type Coverage } from './figures/coverage';
import { createLabelTally, type LabelGroups } from './grouping';
import type { TrackerRow } from './types';

/** The survey's findings. */
export type CountedRows = { coverage: Coverage; teams: LabelGroups; themes: LabelGroups };

/** A survey to hand each counted row to (`add`), then read (`result`). */
export type RowSurvey = { add: (row: TrackerRow) => void; result: () => CountedRows };

/**
 * Starts a survey. Theme cells are tallied by cell, not by theme: cells with the same text share one
 * list of themes (`parseThemes`), so a row costs one look-up by that list, and each distinct cell's
 * themes are tallied once, as often as the cell was met, in the order the cells were first met
 * (which keeps every spelling's first sighting in order).
 */
export function createSurvey(): RowSurvey {
  let coverage: Coverage = null;
  const teams = createLabelTally();
  const themeCells = new Map<readonly string[], number>();
  return {
    add(row) {
      coverage = widenCoverage(coverage, row.received);
      if (row.team !== null) teams.add(row.team);
      if (row.themes.length > 0) themeCells.set(row.themes, (themeCells.get(row.themes) ?? 0) + 1);
    },
    result() {
      const themes = createLabelTally();
      for (const [cell, times] of themeCells) for (const theme of cell) themes.add(theme, times);
      return { coverage, teams: teams.groups(), themes: themes.groups() };
    },
  };
}
