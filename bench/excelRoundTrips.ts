/**
 * Round trips of one whole build through the Excel host, against the office-addin-mock workbook
 * the tests use: syncs, largest request and largest response, at 5,000 / 30,000 / 100,000 rows.
 *
 *   npx tsx bench/excelRoundTrips.ts
 *
 * `printExcelRoundTrips` is exported for bench/run.ts to call.
 */
import { measureBuildRoundTrips, type RoundTrips } from '../test/excel/support/roundTrips';

export const ROUND_TRIP_ROWS = [5_000, 30_000, 100_000];

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(2)} MB`;
}

/** Measures each size and returns the table as text, one row per tracker size. */
export async function printExcelRoundTrips(
  rows: readonly number[] = ROUND_TRIP_ROWS,
  write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Promise<RoundTrips[]> {
  const measured: RoundTrips[] = [];
  write('Excel host, one rebuild (read, summary, highlight, settings), office-addin-mock');
  write('rows      syncs  largest request  largest response');
  for (const count of rows) {
    const result = await measureBuildRoundTrips(count);
    measured.push(result);
    write(
      `${String(count).padEnd(9)} ${String(result.syncs).padStart(5)}  ${megabytes(
        result.largestRequestBytes,
      ).padStart(15)}  ${megabytes(result.largestResponseBytes).padStart(16)}`,
    );
  }
  return measured;
}

if (require.main === module) {
  void printExcelRoundTrips();
}
