/**
 * Short, trimmed quotes of tracker cells for issue messages: a cell can hold 32,767 characters, and
 * a message must fit a task pane line and an Excel cell, and carry as little of the tracker as it can.
 */

/** Characters a message quotes from a cell at most, the ellipsis included. */
export const EXCERPT_LENGTH = 40;

/**
 * The text trimmed, its white space (line breaks, tabs) run into single spaces, cut to `max`
 * characters ending in "…" when longer. Cut by code point, so an emoji is never split in half.
 */
export function excerpt(text: string, max: number = EXCERPT_LENGTH): string {
  const points: string[] = [];
  let space = false;
  // Stops one past `max`: a 32,767-character cell costs no more than a short one.
  for (const point of text) {
    if (/\s/u.test(point)) {
      space = points.length > 0;
      continue;
    }
    if (space) points.push(' ');
    space = false;
    points.push(point);
    if (points.length > max) break;
  }
  if (points.length <= max) return points.join('');
  return `${points
    .slice(0, max - 1)
    .join('')
    .trimEnd()}…`;
}
