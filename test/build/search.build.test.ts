/** The production build writes the search index and the search pages; built pages stay clean. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/astro.ts';
import { page, SAMPLE_DIST } from '../helpers/sample.ts';

const entry = () => JSON.parse(readFileSync(join(ROOT, SAMPLE_DIST, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };

describe('search index in the build', () => {
  it('has one index per enabled language, each with pages', () => {
    const languages = entry().languages;
    for (const lang of ['vi', 'tyz', 'km']) expect(languages[lang]?.page_count ?? 0).toBeGreaterThan(10);
  });
  it('builds the search page in every language, and the 404 page links to it', () => {
    for (const path of ['/tim-kiem/', '/km/tim-kiem/', '/tyz/tim-kiem/']) expect(page(path).querySelector('[data-search] form[role="search"]')).not.toBeNull();
    expect(page('/404.html').querySelector('a[href="/tim-kiem/"]')).not.toBeNull();
  });
  it('gives search inputs no name, so a form submitted without JavaScript puts no query in the URL', () => {
    for (const path of ['/tim-kiem/', '/tai-lieu/tong-dai-111/']) {
      const inputs = page(path).querySelectorAll('[data-search] input');
      expect(inputs.length).toBeGreaterThan(0);
      expect(inputs.every((input) => input.getAttribute('name') === undefined)).toBe(true);
    }
  });
  it('leaves the folded spellings out of the built pages: they exist only in the index', () => {
    const html = page('/tai-lieu/binh-dang-gioi-la-gi/').toString();
    expect(html).toContain('Bình đẳng giới');
    expect(html).not.toMatch(/đẳng dang/);
    expect(existsSync(join(ROOT, SAMPLE_DIST, 'pagefind/pagefind.js'))).toBe(true);
  });
});
