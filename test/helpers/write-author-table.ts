/** `npm run docs:components`: regenerates the author-component table of README.md from src/components/author/. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './astro.ts';
import { readmeWithAuthorTable } from './author-table.ts';

const file = join(ROOT, 'README.md');
writeFileSync(file, readmeWithAuthorTable(readFileSync(file, 'utf8')));
