/**
 * `complaints-report build`: a thin shell over the one build pipeline. Parse the flags, open the
 * tracker in the .xlsx host, run the same build the task pane runs, write what was asked for.
 * Row errors still give a report (exit 0); an unusable input is a UsageError (exit 2).
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { runBuild, type BuildFailure, type BuiltReport } from '../core/runBuild';
import {
  parseWording,
  renderMarkdown,
  renderText,
  type Narrative,
  type Wording,
} from '../core/narrative';
import type { TrackerHost } from '../core/port';
import type { RawSheet } from '../core/types';
import { joinList } from '../core/narrative/words';
import { createXlsxHost, type XlsxHost } from '../xlsx/xlsxHost';
import { renderHtmlDocument } from './htmlDocument';
import { summariseIssues } from './issueSummary';
import { prepareOutputs, type OutputFiles } from './outputFiles';
import {
  isWordPath,
  periodFlagsForTemplate,
  templateFromFlags,
  wordDocumentOf,
  type PaperFlags,
} from './paperOptions';
import {
  checkMappings,
  localToday,
  parseHeaderRow,
  parseLimits,
  parseMappings,
  periodFromFlags,
  UsageError,
  type PeriodFlags,
} from './options';

export type BuildFlags = PeriodFlags & {
  /** `--sheet`, repeatable: the sheets to read together, in the order given. */
  sheet?: string[];
  headerRow?: string;
  limits?: string;
  map?: string[];
  json?: string;
  narrative?: string;
  out?: string;
  /** Commander's negation of `--no-references`: false when references must not appear. */
  references?: boolean;
  wording?: string;
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
  const headerRow = parseHeaderRow(flags.headerRow);
  const wording = flags.wording === undefined ? undefined : await readWording(flags.wording);
  const data = await readTracker(file);
  // Output safety: every output checked (never the tracker, each writable) before the slow work.
  const outputs = await prepareOutputs(file, flags);
  // Node's zlib re-deflates the edited sheet parts about five times as fast as the browser's fflate.
  const host = createXlsxHost({ name: basename(file), data }, undefined, {
    deflateRaw: (bytes) => deflateRawSync(bytes, { level: 1 }),
  });
  const sheets = flags.sheet ?? [];
  const outcome = await runBuild(sheets.length > 1 ? readingSheets(host, sheets) : host, {
    source: sheets.length === 1 ? { kind: 'sheet', name: sheets[0] } : null,
    fileName: basename(file),
    period,
    asOf,
    overrides,
    headerRow,
    limits,
    builtAt: now.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' }),
    references: flags.references ?? true,
    wording,
  });
  if (!outcome.ok) throw new UsageError(failureWords(outcome.failure));
  for (const mapping of outcome.mappings) checkMappings(mapping, overrides);
  const written = await writeOutputs(outcome, flags, host, outputs);
  printResult(io, outcome, written);
  return 0;
}

/** The pipeline's words, with the command line's own way to choose a header or a column. */
function failureWords(failure: BuildFailure): string {
  const mapping = failure.kind === 'no-header' || failure.kind === 'missing-column';
  return mapping
    ? `${failure.message} On the command line, name the header's row with --header-row N, or a column with --map field=Header.`
    : failure.message;
}

/**
 * The host, reading these sheets together (rule 18) in the order given when the build asks for its
 * default tracker. The port reads one source at a time, so each is read through it in turn and the
 * one pipeline takes them all; the request's source stays null, so nothing else changes.
 */
export function readingSheets<Host extends TrackerHost>(
  host: Host,
  names: readonly string[],
): Host {
  const repeated = names.find((name, index) => names.indexOf(name) !== index);
  if (repeated !== undefined) throw new UsageError(`--sheet '${repeated}' is given twice.`);
  return {
    ...host,
    async readTracker(source, onProgress) {
      if (source !== null) return host.readTracker(source, onProgress);
      const sheets: RawSheet[] = [];
      for (const name of names) sheets.push(...(await host.readTracker({ kind: 'sheet', name })));
      const rows = sheets.reduce((sum, sheet) => sum + sheet.values.length, 0);
      onProgress?.(rows, rows);
      return sheets;
    },
  };
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

/** The council's wording from `--wording file.json`; a bad file is a UsageError naming key and line. */
async function readWording(path: string): Promise<Wording> {
  const text = new TextDecoder().decode(await readTracker(path));
  const read = parseWording(text);
  if (!read.ok) throw new UsageError(`--wording ${path}, ${read.message}.`);
  return read.wording;
}

/** Writes every output the flags name; returns their paths in the order written. */
async function writeOutputs(
  built: BuiltReport,
  flags: BuildFlags,
  host: XlsxHost,
  outputs: OutputFiles,
) {
  const written: string[] = [];
  if (flags.json) {
    await outputs.write(flags.json, `${JSON.stringify(built.report, null, 2)}\n`);
    written.push(flags.json);
  }
  if (flags.narrative) {
    const narrative = isWordPath(flags.narrative)
      ? await wordDocumentOf(built, flags)
      : renderNarrative(built.narrative, flags.narrative);
    await outputs.write(flags.narrative, narrative);
    written.push(flags.narrative);
  }
  if (flags.out) {
    await outputs.write(flags.out, await host.exportWorkbook());
    written.push(flags.out);
  }
  return written;
}

function renderNarrative(narrative: Narrative, path: string): string {
  const ext = extname(path).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return renderMarkdown(narrative);
  if (ext === '.html' || ext === '.htm') return renderHtmlDocument(narrative);
  return renderText(narrative);
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
