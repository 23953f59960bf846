/** Astro integration: after the build, writes the Pagefind search index into `<dist>/pagefind/`. */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearchIndex } from './search-index.ts';

export default function search(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { pages } = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`Pagefind: ${Object.entries(pages).map(([lang, count]) => `${lang} ${count}`).join(', ')} trang.`);
      },
    },
  };
}
