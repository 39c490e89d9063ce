/** The command line run from its TypeScript source (for tests that need a real process and stdout). */
import { main } from '../../../src/cli/main';

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
