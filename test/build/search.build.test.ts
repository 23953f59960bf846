/** The production build writes the search index and the search pages; built pages stay clean. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FALLBACK_FILTER } from '../../src/search/fallback.ts';
import { PAIRS_MARK } from '../../src/search/pairs.ts';
import { ROOT } from '../helpers/astro.ts';
import { page, SAMPLE_DIST } from '../helpers/sample.ts';

const entry = () =>
  JSON.parse(readFileSync(join(ROOT, SAMPLE_DIST, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };

interface Fragment {
  url: string;
  filters: Record<string, string[] | undefined>;
}

describe('search index in the build', () => {
  it('has an index for each language with pages of its own', () => {
    const languages = entry().languages;
    expect(languages.vi?.page_count ?? 0).toBeGreaterThan(40);
    for (const lang of ['tyz', 'km', 'hmn-latn-vn']) expect(languages[lang]?.page_count ?? 0, lang).toBeGreaterThan(0);
  });
  it('indexes the text of a fallback page once, in its own language, naming the languages that show it', () => {
    const fragments = readdirSync(join(ROOT, SAMPLE_DIST, 'pagefind/fragment')).map(
      (name) =>
        JSON.parse(
          gunzipSync(readFileSync(join(ROOT, SAMPLE_DIST, 'pagefind/fragment', name)))
            .subarray(12)
            .toString('utf8'),
        ) as Fragment,
    );
    const fallback = (url: string) => page(url).querySelector('.notice--fallback') !== null;
    // No page showing another language's text is in the index: the page whose text it is stands for it.
    expect(fragments.filter((f) => fallback(f.url)).map((f) => f.url)).toEqual([]);
    const shown = fragments.filter((f) => (f.filters[FALLBACK_FILTER] ?? []).length > 0);
    expect(shown.length).toBeGreaterThan(40);
    for (const f of shown) {
      for (const lang of f.filters[FALLBACK_FILTER]!) {
        const readerPage = `/${lang}${f.url.replace(/^\/(?:tyz|nut|km|jra|bdq|hmn-Latn-VN)(?=\/)/, '')}`;
        expect(fallback(readerPage), `${f.url} is shown at ${readerPage}`).toBe(true);
      }
    }
    // A material with no Tày version: its Vietnamese record is searched from the Tày search page.
    expect(shown.find((f) => f.url === '/tai-lieu/binh-dang-gioi-la-gi/')?.filters[FALLBACK_FILTER]).toContain('tyz');
  });
  it('builds the search page in every language, and the 404 page links to it', () => {
    for (const path of ['/tim-kiem/', '/km/tim-kiem/', '/tyz/tim-kiem/'])
      expect(page(path).querySelector('[data-search] form[role="search"]')).not.toBeNull();
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
  it('sends no syllable pairs to readers: every fragment holds the page text only', () => {
    const dir = join(ROOT, SAMPLE_DIST, 'pagefind/fragment');
    const texts = readdirSync(dir).map((name) => gunzipSync(readFileSync(join(dir, name))).toString('utf8'));
    expect(texts.length).toBeGreaterThan(50);
    expect(texts.filter((text) => text.includes(PAIRS_MARK))).toEqual([]);
    // The pages are still there, with their text.
    expect(texts.some((text) => text.includes('"url":"/tai-lieu/binh-dang-gioi-la-gi/"'))).toBe(true);
  });
});
