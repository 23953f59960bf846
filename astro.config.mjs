// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import confidentialAddresses from './src/build/integrations/confidential-addresses.ts';
import contentCheck from './src/build/integrations/content-check.ts';
import fontCoverage from './src/build/integrations/font-coverage.ts';
import nfc from './src/build/integrations/nfc.ts';
import legalLinks from './src/build/integrations/legal-links.ts';
import shortLinks from './src/build/integrations/short-links.ts';
import socialPacks from './src/build/integrations/social-packs.ts';
import ogImages from './src/build/integrations/og-images.ts';
import precompress from './src/build/integrations/precompress.ts';
import securityHeaders from './src/build/integrations/security-headers.ts';
import { PUBLIC_CSP_DIRECTIVES, PUBLIC_SCRIPT_RESOURCES } from './src/build/security-headers.ts';
import { checkContentOnce } from './src/collections/check.ts';
import { contentRoot } from './src/collections/root.ts';
import { contentChunkName } from './src/build/content-chunks.ts';
import { dropStaleContentStore } from './src/build/content-store.ts';
import { mdxGuard } from './src/build/integrations/mdx-guard.ts';
import search from './src/build/integrations/search.ts';
import searchVocabulary from './src/build/integrations/search-vocabulary.ts';
import { loadSettings } from './src/collections/settings.ts';
import { sitemapAlternates } from './src/i18n/sitemap-alternates.ts';
import { isInSitemap } from './src/site/routes.ts';
import { decapPatches } from './admin/decap-patches.ts';

/** Settings are needed before any integration runs; an editor's mistake there ends the build with its message. */
function settingsOrExit() {
  try {
    return loadSettings();
  } catch (error) {
    console.error(`\n${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}

const settings = settingsOrExit();

/**
 * hreflang in the sitemap, for real translations only. Worked out when the sitemap is written, at
 * the end of the build, from the check the content-check integration ran in `astro:config:setup`
 * (checkContentOnce remembers it): loading this file runs no content check.
 * @type {ReturnType<typeof sitemapAlternates> | undefined}
 */
let alternates;
/** @param {string} url */
function alternatesOf(url) {
  alternates ??= sitemapAlternates(
    checkContentOnce(process.cwd(), contentRoot()).entries.map(({ file, data }) => ({
      collection: file.collection,
      lang: file.lang,
      slug: file.slug,
      draft: data.draft === true,
    })),
    settings.languages,
    settings.baseUrl,
  );
  return alternates.get(url) ?? [];
}

// Astro's own default cache folder; tests and the benchmark give each build its own.
const cacheDir = process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro';
// Entries parsed under an older schema would miss new fields: re-parse after a schema change.
dropStaleContentStore(process.cwd(), resolve(cacheDir));

export default defineConfig({
  site: settings.baseUrl,
  // Tests and the benchmark run builds of other content side by side; each gets its own cache.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  // Editors use the dev server (`npm start`): Astro's developer toolbar would sit over the CMS.
  devToolbar: { enabled: false },
  // Hashes of every script and style in a <meta> CSP; header-only directives are in _headers.
  security: { csp: { algorithm: 'SHA-256', directives: PUBLIC_CSP_DIRECTIVES, scriptDirective: { resources: PUBLIC_SCRIPT_RESOURCES } } },
  // Several pages render at once, so one page's file writes overlap the next page's rendering.
  build: { format: 'directory', concurrency: 4 },
  // Shiki's inline styles would break the CSP; content has no code worth highlighting.
  markdown: { syntaxHighlight: false },
  vite: {
    // Two Decap bugs fixed in the admin bundle (admin/decap-patches.ts): BCP-47 tags such as
    // hmn-Latn-VN, and the right-hand pane's language menu. In the build and in the dev server's
    // pre-bundled copy of Decap.
    plugins: [decapPatches()],
    optimizeDeps: { rolldownOptions: { plugins: [decapPatches()] } },
    // One build-time chunk per collection and language instead of one per entry (src/build/content-chunks.ts).
    environments: {
      prerender: {
        build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: (id) => contentChunkName(id, resolve(contentRoot())) }] } } } },
      },
    },
  },
  integrations: [
    contentCheck(),
    nfc(),
    // Content MDX is data: mdxGuard fails the build on code in files under the content folder.
    mdx({ processor: satteri({ mdastPlugins: [mdxGuard()] }) }),
    fontCoverage(),
    legalLinks(),
    shortLinks(),
    // The social-media packs' images (drawn with the share cards' fonts) and ZIPs, next to their pages.
    socialPacks(),
    securityHeaders({ adminConnect: ['https://api.github.com'] }),
    sitemap({
      filter: (page) => isInSitemap(new URL(page).pathname),
      serialize: (item) => ({ ...item, links: alternatesOf(item.url) }),
    }),
    search(),
    searchVocabulary(),
    // After every file with text is written (pages, feeds, sitemap, search index): no confidential address in any.
    confidentialAddresses(),
    // Compresses what every integration above has written (share cards are JPEGs: not compressed).
    precompress(),
    // Last: the cards are drawn in the background from astro:build:generated on; this waits for them.
    ogImages(),
  ],
});
