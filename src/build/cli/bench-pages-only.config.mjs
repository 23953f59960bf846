// @ts-check
/**
 * The site's own configuration without the work that follows page rendering: share cards, the
 * search index, precompressed copies, and the font and legal-number passes over the built pages.
 * `BENCH_PAGES_ONLY=1 npm run bench` builds each corpus with it as well, to show how much of the
 * build time is Astro syncing, bundling and rendering the pages (src/build/cli/bench.ts). Never used
 * to publish: such a build has no search and no share cards.
 */
import config from '../../../astro.config.mjs';

/** Integrations whose work comes after the pages are rendered (src/integrations/). */
export const AFTER_PAGES = ['og-images', 'search-index', 'precompress', 'font-coverage', 'legal-links'];

export default {
  ...config,
  integrations: (config.integrations ?? []).flat().filter((integration) => integration && !AFTER_PAGES.includes(integration.name)),
};
