/**
 * Free-text grouping (docs/design.md rule 16): team and theme labels are trimmed and grouped ignoring
 * case; each group is shown by its most common spelling (the first seen on a tie).
 */

/** Maps any spelling to its group's display label. */
export type LabelGroups = { labelOf(text: string): string };

/** Key a label is grouped by: trimmed, inner spaces collapsed, lower case. */
export function groupKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Spellings counted one at a time (`add`), then grouped (`groups`). */
export type LabelTally = {
  /** Counts the spelling once, or `times` times (a cell met that often). */
  add(spelling: string, times?: number): void;
  /** The groups of every spelling added so far. */
  groups(): LabelGroups;
};

/**
 * A tally of spellings, added one by one as a caller walks its rows: no list of every spelling is
 * built. A column repeats a few spellings down every row, so the trimming and lower-casing in
 * `groups` run once per distinct text. Map order keeps "first seen" for ties. Each entry is updated
 * in place, so a text already seen costs one look-up.
 */
export function createLabelTally(): LabelTally {
  const tally = new Map<string, { times: number; label: string }>();
  return {
    add(spelling, times = 1) {
      const seen = tally.get(spelling);
      if (seen === undefined) tally.set(spelling, { times, label: '' });
      else seen.times += times;
    },
    groups: () => groupTally(tally),
  };
}

/** Build the groups from every spelling seen, so all breakdowns show one label per group. */
export function groupLabels(spellings: Iterable<string>): LabelGroups {
  const tally = createLabelTally();
  for (const spelling of spellings) tally.add(spelling);
  return tally.groups();
}

function groupTally(tally: Map<string, { times: number; label: string }>): LabelGroups {
  const counts = new Map<string, Map<string, number>>();
  for (const [raw, { times }] of tally) {
    const spelling = raw.trim().replace(/\s+/g, ' ');
    const key = groupKey(spelling);
    const group = counts.get(key) ?? new Map<string, number>();
    group.set(spelling, (group.get(spelling) ?? 0) + times);
    counts.set(key, group);
  }
  const labels = new Map<string, string>();
  for (const [key, group] of counts) {
    let best = '';
    let bestCount = 0;
    for (const [spelling, count] of group) {
      if (count > bestCount) {
        best = spelling;
        bestCount = count;
      }
    }
    labels.set(key, best);
  }
  const labelOf = (text: string): string => labels.get(groupKey(text)) ?? text.trim();
  // Every text seen is labelled now: a breakdown asks for one per complaint.
  for (const [raw, seen] of tally) seen.label = labelOf(raw);
  return { labelOf: (text) => tally.get(text)?.label ?? labelOf(text) };
}
