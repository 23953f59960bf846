/**
 * Render tests read content through astro:content, which in Vitest (Vite's "serve" mode) reads
 * .astro/data-store.json. Sync the shared minimal fixture into it first.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, TMP, runAstro } from '../helpers/astro.ts';

export default function setup() {
  const run = runAstro(['sync'], { contentDir: 'test/fixtures/minimal/content', cacheKey: 'render' });
  if (run.status !== 0) throw new Error(`astro sync failed:\n${run.output}`);
  mkdirSync(join(ROOT, '.astro'), { recursive: true });
  copyFileSync(join(TMP, 'cache', 'render', 'data-store.json'), join(ROOT, '.astro', 'data-store.json'));
}
