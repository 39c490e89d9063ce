/**
 * Complaints by team and by theme (rules 16 and 23), counted by numbered group. Every breakdown of
 * a report groups the same cells the same way, so the cells are numbered once for the report
 * (`createLabelIndex`) and a breakdown counts a complaint's team and themes with one look-up each.
 */
import type { LabelGroups } from '../grouping';
import type { TeamCount, ThemeCount } from '../types';

/** Team and theme cells to numbered groups (teams and themes numbered apart), shared by breakdowns. */
export type LabelIndex = {
  /** The group of a team cell, a blank cell being the blank label's group. */
  teamOf(spelling: string | null): number;
  /** The distinct groups of a theme cell's themes, each once however many spellings it has. */
  themesOf(themes: readonly string[]): readonly number[];
  /** Team groups' labels by number. */
  readonly teamLabels: readonly string[];
  /** Theme groups' labels by number. */
  readonly themeLabels: readonly string[];
};

/**
 * Numbers each cell's groups the first time the cell is met. Cells with the same text share one
 * frozen list of themes (`parseThemes`), so the list itself is the key of a theme cell.
 */
export function createLabelIndex(
  teams: LabelGroups,
  themes: LabelGroups,
  blankTeam: string,
): LabelIndex {
  const teamGroups = numberLabels();
  const themeGroups = numberLabels();
  const teamBySpelling = new Map<string | null, number>();
  const themesByCell = new Map<readonly string[], readonly number[]>();
  return {
    teamOf(spelling) {
      let group = teamBySpelling.get(spelling);
      if (group === undefined) {
        group = teamGroups.numberOf(spelling === null ? blankTeam : teams.labelOf(spelling));
        teamBySpelling.set(spelling, group);
      }
      return group;
    },
    themesOf(cell) {
      let groups = themesByCell.get(cell);
      if (groups === undefined) {
        groups = [...new Set(cell.map((theme) => themeGroups.numberOf(themes.labelOf(theme))))];
        themesByCell.set(cell, groups);
      }
      return groups;
    },
    teamLabels: teamGroups.labels,
    themeLabels: themeGroups.labels,
  };
}

/** Labels numbered 0, 1, 2… in the order first met. */
function numberLabels(): { numberOf(label: string): number; labels: string[] } {
  const numbers = new Map<string, number>();
  const labels: string[] = [];
  return {
    numberOf(label) {
      let number = numbers.get(label);
      if (number === undefined) {
        number = labels.push(label) - 1;
        numbers.set(label, number);
      }
      return number;
    },
    labels,
  };
}

/** One breakdown's complaints by team group and theme group (`add`), listed unsorted after. */
export type LabelCounts = {
  /** Counts a complaint's team (and whether it was upheld there) and each of its themes once. */
  add(team: string | null, themes: readonly string[], upheld: boolean): void;
  /** The teams met, each with its complaints and upheld complaints. */
  teams(): TeamCount[];
  /** The themes met, each with its complaints. */
  themes(): ThemeCount[];
};

/** Counts starting at zero for one breakdown, over the report's shared numbering. */
export function countLabels(index: LabelIndex): LabelCounts {
  const teamComplaints: number[] = [];
  const teamUpheld: number[] = [];
  const themeComplaints: number[] = [];
  return {
    add(team, themes, upheld) {
      const group = index.teamOf(team);
      addAt(teamComplaints, group);
      if (upheld) addAt(teamUpheld, group);
      for (const theme of index.themesOf(themes)) addAt(themeComplaints, theme);
    },
    teams: () =>
      metGroups(teamComplaints).map((group) => ({
        team: index.teamLabels[group],
        complaints: teamComplaints[group],
        upheld: teamUpheld[group] ?? 0,
      })),
    themes: () =>
      metGroups(themeComplaints).map((group) => ({
        theme: index.themeLabels[group],
        complaints: themeComplaints[group],
      })),
  };
}

/** One more at `group`, the list grown with zeros to reach it. */
function addAt(counts: number[], group: number): void {
  while (counts.length <= group) counts.push(0);
  counts[group] += 1;
}

/** The groups this breakdown counted: another breakdown may have numbered more. */
function metGroups(counts: readonly number[]): number[] {
  const met: number[] = [];
  counts.forEach((count, group) => {
    if (count > 0) met.push(group);
  });
  return met;
}
