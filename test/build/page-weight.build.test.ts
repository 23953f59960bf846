/** Page-weight budget, measured on the built sample: a material page is ≤ 25 KB gzip for HTML + CSS + JS. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/astro.ts';
import { SAMPLE_DIST, allPages } from '../helpers/sample.ts';
import { pageWeight } from '../../src/build/page-weight.ts';

const BUDGET = 25 * 1024;
const dist = join(ROOT, SAMPLE_DIST);
const materialPages = allPages().filter((path) => /^\/(?:[^/]+\/)?tai-lieu\/[^/]+\/$/.test(path));

describe('page weight of material pages', () => {
  it('measures every material page in every language', () => {
    expect(materialPages.length).toBeGreaterThan(50);
  });
  it.each(materialPages)('%s is within 25 KB compressed (HTML + CSS + JS)', (path) => {
    const weight = pageWeight(dist, join(dist, path, 'index.html'));
    expect(weight.css).toBeGreaterThan(0);
    expect(weight.total).toBeLessThanOrEqual(BUDGET);
  });
});

describe('reading needs no JavaScript file', () => {
  it.each(materialPages)('%s loads no script but the search box loader', (path) => {
    const weight = pageWeight(dist, join(dist, path, 'index.html'));
    const scripts = weight.assets.filter((asset) => asset.endsWith('.js'));
    // The header search box's loader (its search code loads only on first focus); nothing else.
    expect(scripts.every((asset) => asset.includes('/SearchPanel.astro_astro_type_script')), scripts.join(', ')).toBe(true);
    expect(weight.js).toBeLessThanOrEqual(2500);
  });
});
