/** Runs the command line in-process, capturing what it writes and the exit code. */
import { main } from '../../../src/cli/main';

export type Run = { code: number; out: string; err: string };

export async function run(args: string[], now = new Date(2022, 2, 10, 9, 30)): Promise<Run> {
  let out = '';
  let err = '';
  const code = await main(
    args,
    { out: (text) => (out += text), now: () => now },
    (text) => (err += text),
  );
  return { code, out, err };
}
