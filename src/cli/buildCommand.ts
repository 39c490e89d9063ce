/**
 * `complaints-report build`: read a tracker workbook, build the report, write what was asked for.
 * Row errors still give a report (exit 0); an unusable input is a UsageError (exit 2).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, extname } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { buildReport, type BuildResult } from '../core/buildReport';
import { overdueRowTarget } from '../core/highlight';
import { findHeader, type MappingOverrides } from '../core/mapping';
import { buildNarrative, renderHtml, renderMarkdown, renderText } from '../core/narrative';
import type { Narrative } from '../core/narrative';
import { joinList } from '../core/narrative/words';
import { HostError } from '../core/port';
import { layoutSummary } from '../core/summaryLayout';
import type { RawSheet } from '../core/types';
import { listPartsNotKept } from '../xlsx/droppedParts';
import { openWorkbook, type XlsxWorkbook } from '../xlsx/readWorkbook';
import { writeReportWorkbook } from '../xlsx/writeReportWorkbook';
import { summariseIssues } from './issueSummary';
import {
  localToday,
  parseLimits,
  parseMappings,
  resolvePeriod,
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
};

/** Where the command writes: stdout for results, and the clock for "today" and "built at". */
export type CliIo = { out(text: string): void; now(): Date };

async function readTracker(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'there is no such file' : (error as Error).message;
    throw new UsageError(`Cannot read '${path}': ${why}.`);
  }
}

function chooseSheet(
  workbook: XlsxWorkbook,
  wanted: string | undefined,
  overrides: MappingOverrides,
): RawSheet {
  if (wanted !== undefined) return workbook.readSheet(wanted);
  for (const name of workbook.sheetNames) {
    const sheet = workbook.readSheet(name);
    if (findHeader(sheet, overrides) !== null) return sheet;
  }
  throw new UsageError(
    `No sheet in this workbook has a header row with at least three recognised column names (such as Ref, Date received, Outcome) in its first 20 rows. Sheets: ${workbook.sheetNames.join(', ')}. Name the tracker sheet with --sheet, or rename its columns.`,
  );
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

/** Run the build command; resolves to the process exit code. */
export async function runBuildCommand(file: string, flags: BuildFlags, io: CliIo): Promise<number> {
  const now = io.now();
  const { from, to, asOf } = resolvePeriod(flags, localToday(now));
  const limits = parseLimits(flags.limits);
  const overrides = parseMappings(flags.map);
  const data = await readTracker(file);
  let result: BuildResult;
  let sheet: RawSheet;
  try {
    sheet = chooseSheet(openWorkbook(data), flags.sheet, overrides);
    result = buildReport(sheet, { file: basename(file), from, to, asOf, limits, overrides });
  } catch (error) {
    if (error instanceof HostError) throw new UsageError(error.message);
    throw error;
  }
  if (!result.ok) throw new UsageError(result.message);
  const { report, complaints } = result;
  const narrative = buildNarrative(report, complaints);
  const written: string[] = [];
  if (flags.json) {
    await writeOutput(flags.json, `${JSON.stringify(report, null, 2)}\n`);
    written.push(flags.json);
  }
  if (flags.narrative) {
    await writeOutput(flags.narrative, renderNarrative(narrative, flags.narrative));
    written.push(flags.narrative);
  }
  if (flags.out) {
    const layout = layoutSummary(
      report,
      now.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' }),
    );
    const highlight = overdueRowTarget(sheet, complaints);
    await writeOutput(
      flags.out,
      await writeReportWorkbook(
        data,
        { layout, highlights: highlight ? [highlight] : [] },
        { deflateRaw: (bytes) => deflateRawSync(bytes, { level: 1 }) },
      ),
    );
    written.push(flags.out);
    const notKept = listPartsNotKept(data);
    if (notKept.length > 0) {
      io.out(
        `Note: ${flags.out} does not keep the tracker's ${joinList(notKept)}: the copy is rebuilt by a library that cannot carry them. ${basename(file)} itself is unchanged.\n`,
      );
    }
  }
  if (written.length === 0) {
    io.out(renderText(narrative));
    io.out(`\n${summariseIssues(report.issues)}`);
  } else {
    const c = report.all.complaints;
    io.out(
      `${c} complaint${c === 1 ? '' : 's'} from '${report.source.sheet}' (${report.period.from} to ${report.period.to}, as of ${report.period.asOf}).\n`,
    );
    io.out(summariseIssues(report.issues));
    io.out(`Wrote ${written.join(', ')}.\n`);
  }
  return 0;
}
