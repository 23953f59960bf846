import { describe, expect, it } from 'vitest';
import { sitemapAlternates } from '../../../src/i18n/sitemap-alternates.ts';

describe('sitemapAlternates', () => {
  const base = 'https://example.org';
  const versions = [
    { collection: 'materials' as const, lang: 'vi', slug: 'a', draft: false },
    { collection: 'materials' as const, lang: 'km', slug: 'a', draft: false },
    { collection: 'materials' as const, lang: 'tyz', slug: 'a', draft: true },
    { collection: 'materials' as const, lang: 'vi', slug: 'b', draft: false },
    { collection: 'legal' as const, lang: 'vi', slug: 'c', draft: false },
    { collection: 'legal' as const, lang: 'jra', slug: 'c', draft: false },
    { collection: 'quizzes' as const, lang: 'vi', slug: 'q', draft: false },
    { collection: 'quizzes' as const, lang: 'tyz', slug: 'q', draft: false },
    // Hotlines have no pages of their own: no alternates, however many versions.
    { collection: 'hotlines' as const, lang: 'vi', slug: 'h', draft: false },
    { collection: 'hotlines' as const, lang: 'km', slug: 'h', draft: false },
  ];
  const map = sitemapAlternates(versions, ['vi', 'tyz', 'km'], base);
  it('lists the real, published, enabled versions of a page on each of them', () => {
    const links = [{ lang: 'vi', url: `${base}/tai-lieu/a/` }, { lang: 'km', url: `${base}/km/tai-lieu/a/` }];
    expect(map.get(`${base}/tai-lieu/a/`)).toEqual(links);
    expect(map.get(`${base}/km/tai-lieu/a/`)).toEqual(links);
  });
  it('gives quizzes their alternates too, at their own URLs', () => {
    const links = [{ lang: 'vi', url: `${base}/trac-nghiem/q/` }, { lang: 'tyz', url: `${base}/tyz/trac-nghiem/q/` }];
    expect(map.get(`${base}/trac-nghiem/q/`)).toEqual(links);
    expect(map.get(`${base}/tyz/trac-nghiem/q/`)).toEqual(links);
  });
  it('gives nothing to pages with one version, drafts, fallbacks or disabled languages', () => {
    expect(map.has(`${base}/tai-lieu/b/`)).toBe(false);
    expect(map.has(`${base}/tyz/tai-lieu/a/`)).toBe(false);
    expect(map.has(`${base}/van-ban/c/`)).toBe(false);
    expect(map.size).toBe(4);
  });
});
