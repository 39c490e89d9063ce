/**
 * `complaints-report build`: a thin shell over the one build pipeline. Parse the flags, open the
 * tracker in the .xlsx host, run the same build the task pane runs, write what was asked for.
 * Row errors still give a report (exit 0); an unusable input is a UsageError (exit 2).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, extname } from 'node:path';
import { runBuild, type BuiltReport } from '../core/runBuild';
import { renderHtml, renderMarkdown, renderText, type Narrative } from '../core/narrative';
import { joinList } from '../core/narrative/words';
import { listPartsNotKept } from '../xlsx/droppedParts';
import { createXlsxHost, type XlsxHost } from '../xlsx/xlsxHost';
import { summariseIssues } from './issueSummary';
import {
  isWordPath,
  periodFlagsForTemplate,
  templateFromFlags,
  wordDocumentOf,
  type PaperFlags,
} from './paperOptions';
import {
  localToday,
  parseLimits,
  parseMappings,
  periodFromFlags,
  UsageError,
  type PeriodFlags,
} from './options';

export type BuildFlags = PeriodFlags & {
  sheet?: string;
  limits?: string;
  map?: string[];
  json?: string;
  narrative?: string;
  out?: string;
} & PaperFlags;

/** Where the command writes: stdout for results, and the clock for "today" and "built at". */
export type CliIo = { out(text: string): void; now(): Date };

/** Run the build command; resolves to the process exit code. */
export async function runBuildCommand(file: string, flags: BuildFlags, io: CliIo): Promise<number> {
  const now = io.now();
  const template = templateFromFlags(flags);
  const { period, asOf } = periodFromFlags(
    periodFlagsForTemplate(flags, template),
    localToday(now),
  );
  const limits = parseLimits(flags.limits);
  const overrides = parseMappings(flags.map);
  const data = await readTracker(file);
  const host = createXlsxHost({ name: basename(file), data });
  const outcome = await runBuild(host, {
    source: flags.sheet === undefined ? null : { kind: 'sheet', name: flags.sheet },
    fileName: basename(file),
    period,
    asOf,
    overrides,
    limits,
    builtAt: now.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' }),
  });
  if (!outcome.ok) throw new UsageError(outcome.failure.message);
  const written = await writeOutputs(outcome, flags, host);
  if (flags.out) noteWhatTheCopyDrops(io, flags.out, file, data);
  printResult(io, outcome, written);
  return 0;
}

async function readTracker(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'there is no such file' : (error as Error).message;
    throw new UsageError(`Cannot read '${path}': ${why}.`);
  }
}

/** Writes every output the flags name; returns their paths in the order written. */
async function writeOutputs(built: BuiltReport, flags: BuildFlags, host: XlsxHost) {
  const written: string[] = [];
  if (flags.json) {
    await writeOutput(flags.json, `${JSON.stringify(built.report, null, 2)}\n`);
    written.push(flags.json);
  }
  if (flags.narrative) {
    const narrative = isWordPath(flags.narrative)
      ? await wordDocumentOf(built, flags)
      : renderNarrative(built.narrative, flags.narrative);
    await writeOutput(flags.narrative, narrative);
    written.push(flags.narrative);
  }
  if (flags.out) {
    await writeOutput(flags.out, await host.exportWorkbook());
    written.push(flags.out);
  }
  return written;
}

function renderNarrative(narrative: Narrative, path: string): string {
  const ext = extname(path).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return renderMarkdown(narrative);
  if (ext === '.html' || ext === '.htm') return renderHtml(narrative);
  return renderText(narrative);
}

async function writeOutput(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, data);
}

function noteWhatTheCopyDrops(io: CliIo, out: string, file: string, data: Uint8Array): void {
  const notKept = listPartsNotKept(data);
  if (notKept.length === 0) return;
  io.out(
    `Note: ${out} does not keep the tracker's ${joinList(notKept)}: the copy is rebuilt by a library that cannot carry them. ${basename(file)} itself is unchanged.\n`,
  );
}

/** "'Log 2022-23'", or "'Log 2021-22' and 'Log 2022-23'": the sheets the report read. */
function sheetNames(report: BuiltReport['report']): string {
  return joinList(report.source.sheets.map((s) => `'${s.sheet}'`));
}

/** With no output named, the narrative and the issues; else a line saying what was written. */
function printResult(io: CliIo, built: BuiltReport, written: string[]): void {
  const { report } = built;
  if (written.length === 0) {
    io.out(renderText(built.narrative));
    io.out(`\n${summariseIssues(report.issues)}`);
    return;
  }
  const c = report.all.complaints;
  io.out(
    `${c} complaint${c === 1 ? '' : 's'} from ${sheetNames(report)} (${report.period.from} to ${report.period.to}, as of ${report.period.asOf}).\n`,
  );
  io.out(summariseIssues(report.issues));
  io.out(`Wrote ${written.join(', ')}.\n`);
}
