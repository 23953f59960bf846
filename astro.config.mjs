// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import contentCheck from './src/integrations/content-check.ts';
import { loadSettings } from './src/lib/settings.ts';

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

export default defineConfig({
  site: settings.baseUrl,
  // Tests and the benchmark run builds of other content side by side; each gets its own cache.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentCheck(), mdx(), sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/admin/') })],
});
