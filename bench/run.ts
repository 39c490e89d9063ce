/**
 * `npm run bench`: every figure side by side in one run, as ratios, with the machine it ran on;
 * never a pass/fail test. Writes out/bench.json. The sections are in bench/_lib/sections.ts.
 * Usage: npm run bench [-- ROWS]   (default 100000; the tracker is generated once into out/).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { writeLargeTracker } from '../scripts/make-large-tracker';
import { ROOT } from './_lib/measure';
import { runSection, SECTIONS, type SectionResult } from './_lib/sections';

async function main(): Promise<void> {
  const rows = Number(process.argv[2] ?? 100000);
  const file = join(ROOT, 'out', `large-tracker-${rows}.xlsx`);
  if (!existsSync(file)) {
    mkdirSync(join(ROOT, 'out'), { recursive: true });
    console.log(`Generating ${file} …`);
    await writeLargeTracker(file, rows);
  }
  const data = new Uint8Array(readFileSync(file));
  const machine = {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    node: process.version,
    loadAverage: loadavg().map((n) => Number(n.toFixed(2))),
  };
  console.log(
    `Machine: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, load ${machine.loadAverage.join(' ')}`,
  );
  console.log(
    `Tracker: ${rows} rows, ${(data.length / 1e6).toFixed(1)} MB .xlsx; medians of 3 runs after a warm-up.`,
  );
  const results: SectionResult[] = SECTIONS.map((section) =>
    runSection(section, { file, data, rows }),
  );
  const report = {
    date: new Date().toISOString(),
    machine,
    tracker: { rows, bytes: data.length },
    sections: results,
  };
  writeFileSync(join(ROOT, 'out', 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log('\nWrote out/bench.json.');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
