/** A short account of the tracker's issues for the terminal: counts, then the errors by row. */
import type { Issue } from '../core/types';

/** How many issues the terminal lists one by one before pointing at the JSON. */
const LISTED = 10;

/** "3 errors, 12 warnings, 1 note", then the errors (and, room allowing, warnings) one per line. */
export function summariseIssues(issues: Issue[]): string {
  if (issues.length === 0) return 'No issues found in the tracker.\n';
  const of = (severity: Issue['severity']): Issue[] =>
    issues.filter((i) => i.severity === severity);
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  const errors = of('error');
  const warnings = of('warning');
  const notes = of('info');
  const heading = `Issues: ${plural(errors.length, 'error')}, ${plural(warnings.length, 'warning')}, ${plural(notes.length, 'note')}.`;
  const listed = [...errors, ...warnings].slice(0, LISTED);
  const lines = listed.map(
    (i) => `  ${i.severity === 'error' ? 'error  ' : 'warning'}  ${i.message}`,
  );
  const rest = errors.length + warnings.length - listed.length;
  if (rest > 0) lines.push(`  … and ${rest} more (write them all with --json).`);
  return `${[heading, ...lines].join('\n')}\n`;
}
