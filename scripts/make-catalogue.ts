/** Writes docs/bad-inputs.md from the catalogue of bad inputs (`npx tsx scripts/make-catalogue.ts`). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BAD_INPUTS } from '../test/catalogue/badInputs';
import { renderCatalogue } from './lib/catalogue';

const path = join(__dirname, '..', 'docs/bad-inputs.md');
writeFileSync(path, renderCatalogue(BAD_INPUTS));
process.stdout.write(`Wrote ${path} (${BAD_INPUTS.length} cases).\n`);
