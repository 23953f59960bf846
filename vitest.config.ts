/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Render tests read the shared minimal fixture through astro:content; build and browser tests
// start their own builds with CONTENT_DIR set explicitly.
process.env.CONTENT_DIR ??= 'test/fixtures/minimal/content';
process.env.SITE_TODAY ??= '2026-11-20';

export default getViteConfig({
  test: {
    // Decap's locales ship as untyped-module ESM (no "type": "module"): let Vite transform them.
    server: { deps: { inline: ['decap-cms-locales'] } },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/**/*.{render,build,browser}.test.ts'] },
      },
      { extends: true, test: { name: 'render', include: ['test/**/*.render.test.ts'], globalSetup: ['test/setup/render-content.ts'] } },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['test/**/*.build.test.ts', 'test/**/*.browser.test.ts'],
          fileParallelism: false,
          globalSetup: ['test/setup/build-sample.ts'],
          testTimeout: 180_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
