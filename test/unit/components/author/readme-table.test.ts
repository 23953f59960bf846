import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../../../helpers/astro.ts';
import { authorTableMarkdown, readmeWithAuthorTable } from '../../../helpers/author-table.ts';
import { AUTHOR_COMPONENTS } from '../../../../src/components/author/index.ts';

it("README.md's table of author components is generated from src/components/author/ (run npm run docs:components)", () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  expect(readme).toBe(readmeWithAuthorTable(readme));
  for (const name of AUTHOR_COMPONENTS) expect(authorTableMarkdown()).toContain(`| \`${name}\``);
});
