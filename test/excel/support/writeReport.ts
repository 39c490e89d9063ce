/** Writing through the Excel host's one write call, with defaults for the parts a test ignores. */
import type { ReportOutput, ReportWritten, RowTarget, TrackerHost } from '../../../src/core/port';
import { sampleLayout } from './summaryLayouts';

/** `host.writeReport` with the sample summary, no highlight and no settings unless given. */
export function writeReport(
  host: TrackerHost,
  output: Partial<ReportOutput> = {},
): Promise<ReportWritten> {
  return host.writeReport({ layout: sampleLayout(), highlights: [], settings: {}, ...output });
}

/** Highlights one target, as a build with overdue complaints on one sheet does. */
export function highlight(host: TrackerHost, target: RowTarget): Promise<ReportWritten> {
  return writeReport(host, { highlights: [target] });
}
