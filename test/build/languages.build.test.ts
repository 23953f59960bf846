/** Every page in every enabled language, honestly labelled (sample site, built once). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/collections/check.ts';
import { PAGE_COLLECTIONS } from '../../src/collections/registry.ts';
import { ROOT } from '../helpers/astro.ts';
import { SAMPLE_DIST, allPages, page, pageExists } from '../helpers/sample.ts';

const sample = checkContent(ROOT, 'content');
const languages = sample.settings!.languages;
const others = languages.filter((l) => l !== 'vi');
// Posters (/ap-phich/, issue 6) and loudspeaker scripts (…/phat-thanh/, issue 10) exist only in the
// languages a material really has them in, and so do communicators' kits (…/bo-hop-thon/,
// …/mang-xa-hoi/, issue 24); a material page links a reader to the one that exists.
const viPages = allPages().filter(
  (p) =>
    p.endsWith('/') &&
    !others.some((l) => p.startsWith(`/${l}/`)) &&
    !p.startsWith('/bien-tap/') &&
    !p.startsWith('/ap-phich/') &&
    !/\/(?:phat-thanh|bo-hop-thon|mang-xa-hoi)\/$/.test(p),
);
/** Real versions: `${collection}/${slug}` → languages. */
const versions = new Map<string, string[]>();
for (const { file } of sample.entries) {
  const key = `${file.collection}/${file.slug}`;
  versions.set(key, [...(versions.get(key) ?? []), file.lang]);
}
/** Collections that are data shown inside other pages or reports (Vietnamese only), not pages of their own: every one without a page URL in the registry. */
const isDataOnly = (collection: string) => !(PAGE_COLLECTIONS as readonly string[]).includes(collection);
const SECTION: Record<string, string> = { materials: 'tai-lieu', campaigns: 'chien-dich', legal: 'van-ban', pages: '', quizzes: 'trac-nghiem' };
const entryPath = (collection: string, slug: string) => `/${[SECTION[collection], slug].filter(Boolean).join('/')}/`;

describe('the sample site ships 7 languages', () => {
  it('enables vi first, then tyz, nut, hmn-Latn-VN, jra, bdq and km (an agency may add more in site.yaml)', () => {
    expect(languages[0]).toBe('vi');
    expect(languages).toEqual(expect.arrayContaining(['vi', 'tyz', 'nut', 'hmn-Latn-VN', 'jra', 'bdq', 'km']));
  });
  it('has sample translations: at least 3 materials in a Latin-script language and in Khmer, unreviewed', () => {
    for (const lang of ['hmn-Latn-VN', 'km']) {
      const translated = [...versions].filter(([key, langs]) => key.startsWith('materials/') && langs.includes(lang));
      expect(translated.length, lang).toBeGreaterThanOrEqual(3);
    }
    const untranslated = [...versions].filter(([key, langs]) => key.startsWith('materials/') && langs.length === 1);
    expect(untranslated.length).toBeGreaterThan(0);
  });
});

describe.each(others)('language %s', (lang) => {
  it('has every page the Vietnamese site has, with <html lang> set to the reader language', () => {
    expect(viPages.length).toBeGreaterThan(40);
    for (const path of viPages) {
      const localized = `/${lang}${path}`;
      expect(pageExists(localized), localized).toBe(true);
      expect(page(localized).querySelector('html')!.getAttribute('lang')).toBe(lang);
    }
  });
  it('labels each content page as a translation or a fallback, with the real language of the text', () => {
    for (const [key, langs] of versions) {
      const [collection, slug] = key.split('/') as [string, string];
      if (isDataOnly(collection)) continue;
      const html = page(`/${lang}${entryPath(collection, slug)}`);
      const fallbackNotice = html.querySelector('.notice--fallback');
      if (langs.includes(lang)) {
        expect(fallbackNotice, key).toBeNull();
        expect(html.querySelector('main > div[lang]'), key).toBeNull();
        expect(html.querySelector('.notice--unreviewed'), key).not.toBeNull();
      } else {
        expect(fallbackNotice, key).not.toBeNull();
        const chainLang = langs.includes('tyz') && lang === 'nut' ? 'tyz' : 'vi';
        expect(html.querySelector('main > div')!.getAttribute('lang'), key).toBe(chainLang);
      }
      const hreflang = html.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => l.getAttribute('hreflang'));
      expect(hreflang.sort(), key).toEqual(langs.length > 1 ? [...langs].filter((l) => languages.includes(l)).sort() : []);
    }
  });
  it('puts no hreflang on pages made only of UI text the language has no strings for', () => {
    for (const path of ['/', '/tai-lieu/', '/chien-dich/', '/van-ban/', '/ho-tro/']) {
      expect(page(`/${lang}${path}`).querySelectorAll('link[rel="alternate"][hreflang]'), path).toHaveLength(0);
    }
  });
  it('offers a language switcher listing only enabled languages, marking real translations', () => {
    const html = page(`/${lang}/tai-lieu/tong-dai-111/`);
    const links = html.querySelectorAll('nav.languages a');
    expect(links.map((a) => a.getAttribute('hreflang'))).toEqual(languages);
    const marked = links.filter((a) => a.querySelector('.languages__mark')).map((a) => a.getAttribute('hreflang'));
    expect(marked.sort()).toEqual(['hmn-Latn-VN', 'km']);
  });
});

describe('translation status report', () => {
  it('is built as a page and as a CSV with a BOM, one row per page and language', () => {
    expect(pageExists('/bien-tap/ban-dich/')).toBe(true);
    const csv = readFileSync(join(ROOT, SAMPLE_DIST, 'bien-tap/ban-dich.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = csv.trim().split('\r\n').slice(1);
    const pages = [...versions.keys()].filter((k) => !isDataOnly(k.split('/')[0]!)).length;
    expect(rows).toHaveLength(pages * others.length);
    expect(rows.find((r) => r.startsWith('materials,tong-dai-111,') && r.includes(',km,'))).toContain('Chưa duyệt');
    expect(rows.find((r) => r.startsWith('materials,tong-dai-111,') && r.includes(',tyz,'))).toContain('Chưa dịch');
  });
  it('is kept out of the sitemap', () => {
    expect(readFileSync(join(ROOT, SAMPLE_DIST, 'sitemap-0.xml'), 'utf8')).not.toContain('/bien-tap/');
    expect(existsSync(join(ROOT, SAMPLE_DIST, 'sitemap-0.xml'))).toBe(true);
  });
});

describe('sitemap', () => {
  it('lists hreflang alternates for real translations only', () => {
    const xml = readFileSync(join(ROOT, SAMPLE_DIST, 'sitemap-0.xml'), 'utf8');
    const entry = (loc: string) => xml.split('<url>').find((u) => u.includes(`<loc>${loc}</loc>`)) ?? '';
    const base = sample.settings!.baseUrl.replace(/\/$/, '');
    expect(entry(`${base}/km/tai-lieu/tong-dai-111/`)).toContain('hreflang="hmn-Latn-VN"');
    expect(entry(`${base}/tai-lieu/tong-dai-111/`)).toContain('hreflang="km"');
    expect(entry(`${base}/tyz/tai-lieu/tong-dai-111/`)).not.toContain('hreflang');
    expect(entry(`${base}/tai-lieu/chia-se-viec-nha/`)).not.toContain('hreflang');
  });

  it('lists every indexable page once, and no page marked noindex', () => {
    const xml = readFileSync(join(ROOT, SAMPLE_DIST, 'sitemap-0.xml'), 'utf8');
    const base = sample.settings!.baseUrl.replace(/\/$/, '');
    const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => decodeURI(m[1]!.slice(base.length)));
    expect(new Set(listed).size).toBe(listed.length);
    const noindex = allPages().filter((p) => p.endsWith('/') && /<meta name="robots" content="[^"]*noindex/.test(readFileSync(join(ROOT, SAMPLE_DIST, p, 'index.html'), 'utf8')));
    expect(noindex.some((p) => p.includes('/ap-phich/'))).toBe(true);
    expect(listed.filter((p) => noindex.includes(p))).toEqual([]);
    expect(listed.filter((p) => !pageExists(p))).toEqual([]);
    const indexable = allPages().filter((p) => p.endsWith('/') && !noindex.includes(p));
    expect(indexable.filter((p) => !listed.includes(p))).toEqual([]);
  });
});
