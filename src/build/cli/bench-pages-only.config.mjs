// @ts-check
/**
 * The site's own configuration without the work that follows page rendering: share cards, the
 * search index and its vocabulary, short links with their QR images and posters, the social packs,
 * precompressed copies, security headers, and the font, legal-number and confidential-address
 * passes over the built pages.
 * `BENCH_PAGES_ONLY=1 npm run bench` builds each corpus with it as well, to show how much of the
 * build time is Astro syncing, bundling and rendering the pages (src/build/cli/bench.ts). Never used
 * to publish: such a build has no search and no share cards.
 */
import config from '../../../astro.config.mjs';

/** Integrations whose work comes after the pages are rendered (src/build/integrations/). */
export const AFTER_PAGES = [
  'og-images',
  'search-index',
  'search-vocabulary',
  'precompress',
  'font-coverage',
  'legal-links',
  'short-links',
  'social-packs',
  'confidential-addresses',
  'security-headers',
];

/** Integrations that are part of making the pages: the content checks before them, MDX, Astro's sitemap. */
export const PAGE_WORK = ['content-check', 'content-nfc', '@astrojs/mdx', '@astrojs/sitemap'];

export default {
  ...config,
  integrations: (config.integrations ?? []).flat().filter((integration) => integration && !AFTER_PAGES.includes(integration.name)),
};
