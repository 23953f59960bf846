import { describe, expect, it } from 'vitest';
import site from '../../../astro.config.mjs';
import pagesOnly, { AFTER_PAGES, PAGE_WORK } from '../../../src/build/cli/bench-pages-only.config.mjs';

const names = (config: { integrations?: unknown[] }) =>
  (config.integrations ?? [])
    .flat()
    .flatMap((integration) => (integration && typeof integration === 'object' && 'name' in integration ? [String(integration.name)] : []));

describe('the benchmark configuration of the pages alone', () => {
  it('names only integrations the site really has, so a renamed one cannot slip back into the measurement', () => {
    const siteNames = names(site);
    for (const name of AFTER_PAGES) expect(siteNames).toContain(name);
  });

  it('classes every integration of the site as page work or as work after the pages, so a new pass is not measured as Astro', () => {
    expect(names(site).filter((name) => !AFTER_PAGES.includes(name) && !PAGE_WORK.includes(name))).toEqual([]);
  });

  it('drops exactly the work after page rendering and keeps everything else in the same order', () => {
    const siteNames = names(site);
    expect(names(pagesOnly)).toEqual(siteNames.filter((name) => !AFTER_PAGES.includes(name)));
    expect(names(pagesOnly)).toContain('@astrojs/mdx');
    expect(names(pagesOnly)).toContain('content-check');
  });

  it('changes nothing else in the configuration', () => {
    expect({ ...pagesOnly, integrations: [] }).toEqual({ ...site, integrations: [] });
  });
});
