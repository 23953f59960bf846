import { describe, expect, it } from 'vitest';
import { languageOfPath } from '../../../src/site/paths.ts';
import { entryIndex, routeData, type RouteEntry } from '../../../src/site/route-data.ts';

const item = (
  lang: string,
  slug: string,
  contentLang = lang,
  translations = ['vi', 'km'],
): RouteEntry & { lang: string; slug: string } => ({
  lang,
  slug,
  contentLang,
  isFallback: contentLang !== lang,
  translations,
});
const entries = entryIndex({
  materials: [item('vi', 'bai'), item('km', 'bai'), item('tyz', 'bai', 'vi')],
  campaigns: [],
  legal: [item('vi', 'luat')],
  pages: [item('vi', 'gioi-thieu')],
  quizzes: [],
});
const options = { localized: true, enabled: ['vi', 'tyz', 'km'], uiTranslations: ['vi'], entries };

describe('languageOfPath', () => {
  it('reads the language prefix, Vietnamese when there is none', () => {
    expect(languageOfPath('/km/tai-lieu/bai/')).toBe('km');
    expect(languageOfPath('/tai-lieu/bai/')).toBe('vi');
    expect(languageOfPath('/')).toBe('vi');
    expect(languageOfPath('/vi/tai-lieu/')).toBe('vi');
  });
});

describe('routeData', () => {
  it("finds an entry's page with its fallback state and links to its versions", () => {
    const route = routeData('/tyz/tai-lieu/bai/', options);
    expect(route.lang).toBe('tyz');
    expect(route.entry).toMatchObject({ contentLang: 'vi', isFallback: true });
    expect(route.languageLinks.map((l) => [l.href, l.isTranslation])).toEqual([
      ['/tai-lieu/bai/', true],
      ['/tyz/tai-lieu/bai/', false],
      ['/km/tai-lieu/bai/', true],
    ]);
  });
  it('finds legal documents and static pages by their own addresses', () => {
    expect(routeData('/van-ban/luat/', options).entry).toBeDefined();
    expect(routeData('/gioi-thieu/', options).entry).toBeDefined();
  });
  it('links pages made of UI text to the same address in every language, real where UI strings exist', () => {
    const route = routeData('/km/lich/', options);
    expect(route.entry).toBeUndefined();
    expect(route.languageLinks.map((l) => [l.href, l.isTranslation])).toEqual([
      ['/lich/', true],
      ['/tyz/lich/', false],
      ['/km/lich/', false],
    ]);
  });
  it('keeps the pages outside [...lang] Vietnamese, with no language links', () => {
    expect(routeData('/bien-tap/ban-dich/', { ...options, localized: false })).toEqual({ lang: 'vi', languageLinks: [] });
  });
});
