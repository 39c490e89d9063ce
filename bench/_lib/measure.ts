/**
 * Timing for the benchmark: medians of several runs after a warm-up, in process or as a whole
 * process with its peak memory. Figures, never pass/fail: a busy machine only makes them noisier.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** A measured figure: seconds (median), and the peak resident memory when it was a process. */
export type Figure = { name: string; seconds: number; peakMiB?: number };

export const ROOT = join(__dirname, '..', '..');

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median seconds of `runs` calls after one warm-up call. */
export function timeInProcess(name: string, runs: number, work: () => unknown): Figure {
  work();
  const seconds: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    work();
    seconds.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  return { name, seconds: median(seconds) };
}

/**
 * Median seconds of each of several pieces of work, timed in turn round by round (after one
 * warm-up round) rather than one after another: on a shared machine a burst of other work then
 * slows every piece of a round alike, and their ratios stay steady.
 */
export function timeSideBySide(runs: number, works: [string, () => unknown][]): Figure[] {
  for (const [, work] of works) work();
  const seconds: number[][] = works.map(() => []);
  for (let i = 0; i < runs; i++) {
    works.forEach(([, work], index) => {
      const start = process.hrtime.bigint();
      work();
      seconds[index].push(Number(process.hrtime.bigint() - start) / 1e9);
    });
  }
  return works.map(([name], index) => ({ name, seconds: median(seconds[index]) }));
}

/**
 * Median wall time of a whole process over `runs` runs after a warm-up, and its largest peak RSS.
 * The process reports its own peak as a stderr line `PEAK_KIB <n>`. Null
 * when it fails.
 */
export function timeProcess(
  name: string,
  runs: number,
  command: string,
  args: string[],
): Figure | null {
  const seconds: number[] = [];
  let peakKiB = 0;
  for (let i = 0; i <= runs; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(command, args, {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
    if (result.status !== 0) {
      console.log(`  (${name} failed: ${result.stderr.trim().split('\n').slice(-1)[0] ?? ''})`);
      return null;
    }
    const peak = /PEAK_KIB (\d+)/.exec(result.stderr);
    if (peak) peakKiB = Math.max(peakKiB, Number(peak[1]));
    if (i > 0) seconds.push(elapsed);
  }
  return { name, seconds: median(seconds), peakMiB: peakKiB > 0 ? peakKiB / 1024 : undefined };
}

/** Prints figures as ratios to the first, with peak memory where known. */
export function printTable(title: string, figures: Figure[]): void {
  const base = figures[0].seconds;
  console.log(`\n${title}`);
  for (const f of figures) {
    const ratio = (f.seconds / base).toFixed(2).padStart(6);
    const peak = f.peakMiB === undefined ? '' : `   peak ${f.peakMiB.toFixed(0).padStart(4)} MiB`;
    console.log(`  ${f.name.padEnd(52)} ${f.seconds.toFixed(3).padStart(8)} s ${ratio}×${peak}`);
  }
}
