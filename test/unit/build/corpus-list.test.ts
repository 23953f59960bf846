import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../../helpers/astro.ts';
import { corpusMarkdown } from '../../helpers/corpus-list.ts';

it('test/fixtures/invalid/README.md lists every case with what it reports (run npm run docs:corpus)', () => {
  const generated = corpusMarkdown();
  expect(generated).not.toContain('KHÔNG BÁO LỖI');
  expect(readFileSync(join(ROOT, 'test/fixtures/invalid/README.md'), 'utf8')).toBe(generated);
}, 120_000);
