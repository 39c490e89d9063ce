/**
 * Free-text grouping (DESIGN.md rule 16): team and theme labels are trimmed and grouped ignoring
 * case; each group is shown by its most common spelling (the first seen on a tie).
 */

/** Maps any spelling to its group's display label. */
export type LabelGroups = { labelOf(text: string): string };

/** Key a label is grouped by: trimmed, inner spaces collapsed, lower case. */
export function groupKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Build the groups from every spelling seen, so all breakdowns show one label per group. */
export function groupLabels(spellings: Iterable<string>): LabelGroups {
  const counts = new Map<string, Map<string, number>>();
  for (const raw of spellings) {
    const spelling = raw.trim().replace(/\s+/g, ' ');
    const key = groupKey(spelling);
    const group = counts.get(key) ?? new Map<string, number>();
    group.set(spelling, (group.get(spelling) ?? 0) + 1);
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
  return { labelOf: (text) => labels.get(groupKey(text)) ?? text.trim() };
}
