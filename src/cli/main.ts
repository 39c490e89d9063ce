/**
 * The `complaints-report` command line. Exit codes: 0 a report was built (row errors are listed,
 * not fatal); 2 bad usage or an input it cannot use; 1 an unexpected failure (a bug).
 */
import { Command, CommanderError, Option } from 'commander';
import { runBuildCommand, type BuildFlags, type CliIo } from './buildCommand';
import { PERIOD_PRESETS } from '../core/period';
import { PAPER_TEMPLATES } from '../core/paper';
import { UsageError } from './options';

/**
 * A writer for a stream that may be a pipe closed early (`complaints-report build … | head`): once
 * the reader has gone, output stops quietly rather than ending in an EPIPE stack trace.
 */
export function pipeWriter(stream: NodeJS.WritableStream): (text: string) => void {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    closed = true;
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
}

let stdout: ((text: string) => void) | null = null;

const defaultIo: CliIo = {
  out: (text) => (stdout ??= pipeWriter(process.stdout))(text),
  now: () => new Date(),
};

function program(io: CliIo, err: (text: string) => void, result: { code: number }): Command {
  const cli = new Command('complaints-report')
    .description('Turn a complaints tracker workbook into a checked board report.')
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.out(text), writeErr: err });
  cli
    .command('build')
    .description('Build the report for a tracker (.xlsx).')
    .argument('<tracker.xlsx>', 'the tracker workbook')
    .option(
      '--sheet <name>',
      'a tracker sheet; repeat it to read several sheets together, in the order given (default: every visible sheet with a recognised header)',
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option('--from <YYYY-MM-DD>', 'first day of the period (with --to)')
    .option('--to <YYYY-MM-DD>', 'last day of the period (with --from)')
    .addOption(
      new Option('--period <preset>', 'a preset period (default: last-6-months)').choices([
        ...PERIOD_PRESETS,
      ]),
    )
    .option('--header-row <N>', 'the sheet row of the header (default: found in the first 20 rows)')
    .option('--as-of <YYYY-MM-DD>', 'judge timescales as of this date (default: today)')
    .option(
      '--limits <name=days,…>',
      'working-day limits where policy differs from the statutory 10/20/25/65/30: stage1, stage1-extended, stage2, stage2-extended, stage3',
    )
    .option(
      '--map <field=header>',
      'use this column for a field (repeatable); field= means the tracker has none',
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option(
      '--no-references',
      'name no complaint reference in the narrative, for papers that are published',
    )
    .option(
      '--wording <file.json>',
      'the council\'s own words for the narrative: { "terms": { "childrenInCare": "children looked after" } }',
    )
    .option('--json <file>', 'write the report JSON')
    .option(
      '--narrative <file>',
      'write the narrative (.docx Word document, .md Markdown, .html HTML, else plain text)',
    )
    .addOption(
      new Option(
        '--template <name>',
        'the paper: board (default), or annual: the statutory annual report for a financial year (default period: the latest whole financial year)',
      ).choices([...PAPER_TEMPLATES]),
    )
    .option(
      '--appendix',
      'add the complaints behind each sentence to the Word document (not for publication)',
    )
    .option(
      '--out <file>',
      'write the workbook with a Complaints summary sheet and overdue rows highlighted',
    )
    .action(async (file: string, flags: BuildFlags) => {
      result.code = await runBuildCommand(file, flags, io);
    });
  return cli;
}

/** Run the command line with these arguments (without node and the script); resolves to the exit code. */
export async function main(
  argv: string[],
  io: CliIo = defaultIo,
  err: (text: string) => void = (text) => process.stderr.write(text),
): Promise<number> {
  const result = { code: 0 };
  try {
    await program(io, err, result).parseAsync(argv, { from: 'user' });
    return result.code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are successes; everything else commander rejects is bad usage.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError) {
      err(`complaints-report: ${error.message}\n`);
      return 2;
    }
    err(`complaints-report: unexpected failure: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}
