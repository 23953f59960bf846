/** `npm run docs:corpus`: regenerates test/fixtures/invalid/README.md. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './astro.ts';
import { corpusMarkdown } from './corpus-list.ts';

writeFileSync(join(ROOT, 'test/fixtures/invalid/README.md'), corpusMarkdown());
