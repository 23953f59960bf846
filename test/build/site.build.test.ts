/** The shipped sample site, built once by test/setup/build-sample.ts. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/collections/check.ts';
import { loadSettings } from '../../src/collections/settings.ts';
import { KIND_SLUGS } from '../../src/site/routes.ts';
import { ROOT } from '../helpers/astro.ts';
import { SAMPLE_DIST, allPages, page, pageExists } from '../helpers/sample.ts';

const sample = checkContent(ROOT, 'content');
const slugs = (collection: string) =>
  sample.entries.filter((e) => e.file.collection === collection && e.file.lang === 'vi').map((e) => e.file.slug);
const OFFICIAL_DATE = /ngày (0[1-9]|[12]\d|3[01]) tháng (0[12]|[3-9]|1[0-2]) năm \d{4}/;

describe('the pages of the sample site exist', () => {
  it.each([
    '/',
    '/chien-dich/',
    '/tai-lieu/',
    '/van-ban/',
    '/ho-tro/',
    '/gioi-thieu/',
    '/su-dung-an-toan/',
    '/404.html',
    '/sitemap-index.xml',
  ])('%s', (path) => {
    expect(pageExists(path)).toBe(true);
  });
  it('one page per campaign, material and legal document', () => {
    for (const slug of slugs('campaigns')) expect(pageExists(`/chien-dich/${slug}/`), slug).toBe(true);
    for (const slug of slugs('materials')) expect(pageExists(`/tai-lieu/${slug}/`), slug).toBe(true);
    for (const slug of slugs('legal')) expect(pageExists(`/van-ban/${slug}/`), slug).toBe(true);
    expect(slugs('materials').length).toBeGreaterThanOrEqual(12);
    expect(slugs('legal').length).toBeGreaterThanOrEqual(12);
  });
});

describe('home page', () => {
  const home = page('/');
  it('features the Action Month of the current year inside 15/11–15/12', () => {
    expect(home.querySelector('#chien-dich-hien-tai + h3 a')!.getAttribute('href')).toBe('/chien-dich/thang-hanh-dong-2026/');
  });
  it('lists the newest materials and the hotline strip', () => {
    expect(home.querySelectorAll('#tai-lieu-moi ~ ul .card').length).toBeGreaterThanOrEqual(3);
    expect(home.querySelector('aside.strip a[href="tel:111"]')).not.toBeNull();
  });
});

describe('material pages', () => {
  it.each(slugs('materials'))('%s links to its campaign and shows official dates', (slug) => {
    const entry = sample.entries.find((e) => e.file.collection === 'materials' && e.file.slug === slug && e.file.lang === 'vi')!;
    const html = page(`/tai-lieu/${slug}/`);
    expect(html.querySelector(`a[href="/chien-dich/${String(entry.data.campaign)}/"]`)).not.toBeNull();
    const time = html.querySelector('article time')!;
    expect(time.text).toMatch(OFFICIAL_DATE);
    expect(time.getAttribute('datetime')).toBe((entry.data.published as Date).toISOString().slice(0, 10));
  });
  it('offer Zalo and Facebook share links as plain links to the page itself, in the page language', () => {
    const slug = slugs('materials')[0]!;
    // Minority languages have no UI strings yet, so their labels fall back to Vietnamese.
    for (const prefix of ['', '/km']) {
      const links = page(`${prefix}/tai-lieu/${slug}/`).querySelectorAll('aside.share a');
      expect(links.map((a) => a.text)).toEqual(['Chia sẻ qua Zalo', 'Chia sẻ lên Facebook']);
      for (const a of links) {
        const shared = [...new URL(a.getAttribute('href')!).searchParams.values()];
        expect(shared).toContain(new URL(`${prefix}/tai-lieu/${slug}/`, loadSettings(ROOT, 'content').baseUrl).href);
      }
    }
  });
});

describe('materials index and the lists by kind', () => {
  const index = page('/tai-lieu/');
  it('shows at most 6 materials per kind, and links to the whole list of a kind that has more', () => {
    for (const section of index.querySelectorAll('main section')) {
      const cards = section.querySelectorAll('.card');
      expect(cards.length).toBeGreaterThan(0);
      expect(cards.length).toBeLessThanOrEqual(6);
      const more = section.querySelector('a[href^="/tai-lieu/loai/"]');
      if (more) expect(pageExists(more.getAttribute('href')!)).toBe(true);
    }
  });
  it("has a list page for every kind, even an empty one, listing exactly that kind's Vietnamese materials", () => {
    const kinds = sample.entries
      .filter((e) => e.file.collection === 'materials' && e.file.lang === 'vi' && e.data.draft !== true)
      .map((e) => String(e.data.kind));
    for (const [kind, slug] of Object.entries(KIND_SLUGS)) {
      const list = page(`/tai-lieu/loai/${slug}/`);
      const count = kinds.filter((k) => k === kind).length;
      expect(list.querySelectorAll('main .card').length, kind).toBe(Math.min(count, 24));
      if (count === 0) expect(list.querySelector('main')!.text).toContain('Chưa có tài liệu loại này.');
      expect(pageExists(`/km/tai-lieu/loai/${slug}/`)).toBe(true);
    }
  });
});

describe('campaign pages', () => {
  it('show the theme and the period in the official date form', () => {
    const html = page('/chien-dich/thang-hanh-dong-2025/');
    expect(html.text).toContain('Bình đẳng giới và an toàn cho phụ nữ và trẻ em gái trong kỷ nguyên số');
    expect(html.text).toContain('Từ ngày 15 tháng 11 năm 2025 đến ngày 15 tháng 12 năm 2025');
  });
  it('group their materials by kind', () => {
    const html = page('/chien-dich/thang-hanh-dong-2025/');
    expect(html.querySelectorAll('#tai-lieu-chien-dich ~ section h3').length).toBeGreaterThanOrEqual(1);
  });
  it('show at most 6 materials of each kind, and link to the full list of the campaign, which lists all of them', () => {
    for (const slug of slugs('campaigns')) {
      const html = page(`/chien-dich/${slug}/`);
      for (const group of html.querySelectorAll('#tai-lieu-chien-dich ~ section'))
        expect(group.querySelectorAll('.card').length).toBeLessThanOrEqual(6);
      const own = sample.entries.filter(
        (e) => e.file.collection === 'materials' && e.file.lang === 'vi' && e.data.draft !== true && e.data.campaign === slug,
      );
      const list = page(`/chien-dich/${slug}/tai-lieu/`);
      expect(list.querySelectorAll('main .card').length, slug).toBe(Math.min(own.length, 24));
      expect(list.querySelector('main .meta a')!.getAttribute('href')).toBe(`/chien-dich/${slug}/`);
      if (own.length > 0) {
        const all = html.querySelector(`a[href="/chien-dich/${slug}/tai-lieu/"]`);
        expect(all, slug).not.toBeNull();
        expect(all!.text).toBe(`Xem tất cả ${own.length} tài liệu của chiến dịch`);
      } else expect(list.querySelector('main')!.text).toContain('Chiến dịch chưa có tài liệu.');
      expect(pageExists(`/km/chien-dich/${slug}/tai-lieu/`)).toBe(true);
    }
  });
  it('the archive lists campaigns by year, newest first', () => {
    const years = page('/chien-dich/')
      .querySelectorAll('h3[id^="nam-"]')
      .map((h) => Number(h.id.slice(4)));
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(years).toContain(2025);
  });
});

describe('legal library', () => {
  it('shows number, dates and status, and links a replaced law to its replacement', () => {
    const html = page('/van-ban/luat-phong-chong-bao-luc-gia-dinh-2007/');
    expect(html.text).toContain('02/2007/QH12');
    expect(html.text).toContain('Hết hiệu lực');
    expect(html.querySelector('a[href="/van-ban/luat-phong-chong-bao-luc-gia-dinh-2022/"]')).not.toBeNull();
    expect(page('/van-ban/luat-binh-dang-gioi-2006/').text).toContain('ngày 29 tháng 11 năm 2006');
    expect(page('/van-ban/luat-binh-dang-gioi-2006/').text).toContain('ngày 01 tháng 7 năm 2007');
  });
});

describe('hotlines', () => {
  it('the support page offers every registry number as a tel: link', () => {
    const links = page('/ho-tro/')
      .querySelectorAll('a[href^="tel:"]')
      .map((a) => a.getAttribute('href'));
    for (const number of ['111', '113', '114', '115', '1900969680']) expect(links).toContain(`tel:${number}`);
  });
  it('the retired number appears in no built file', () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
    const texts = walk(join(ROOT, SAMPLE_DIST)).filter((f) => /\.(html|xml|txt|json)$/.test(f));
    expect(texts.length).toBeGreaterThan(50);
    for (const file of texts) expect(readFileSync(file, 'utf8'), file).not.toMatch(/1800[\s.]?1567/);
  });
});

describe('404 page', () => {
  it('is in Vietnamese with links home and to the materials', () => {
    const html = page('/404.html');
    expect(html.querySelector('html')!.getAttribute('lang')).toBe('vi');
    expect(html.querySelector('h1')!.text).toBe('Không tìm thấy trang');
    expect(html.querySelector('main a[href="/"]')).not.toBeNull();
  });
});

describe('every page', () => {
  const pages = allPages();
  it.each(pages.filter((p) => p.endsWith('/')))('%s has a lang, a title, one h1 and a quick exit', (path) => {
    const html = page(path);
    expect(html.querySelector('html')!.getAttribute('lang')).toBeTruthy();
    expect(html.querySelector('title')!.text.length).toBeGreaterThan(3);
    expect(html.querySelectorAll('h1')).toHaveLength(1);
    expect(html.querySelector('a.exit__button')).not.toBeNull();
  });
  it('names a share card that was drawn: a 1200×630 JPEG', async () => {
    const cards = new Set(
      pages.map((path) => new URL(page(path).querySelector('meta[property="og:image"]')!.getAttribute('content')!).pathname),
    );
    expect(cards.size).toBeGreaterThan(100);
    for (const card of cards) {
      const { format, width, height } = await sharp(join(ROOT, SAMPLE_DIST, card)).metadata();
      expect([card, format, width, height]).toEqual([card, 'jpeg', 1200, 630]);
    }
  });
});

describe('share cards of pages without a translation', () => {
  it('name the card of the version whose text they show, and none is drawn for them', () => {
    const card = (path: string) => new URL(page(path).querySelector('meta[property="og:image"]')!.getAttribute('content')!).pathname;
    // Material pages that show another language's text: Base.astro's notice, and the text's lang on the wrapper.
    const fallbacks = allPages().flatMap((path) => {
      if (!/^\/[^/]+\/tai-lieu\/[^/]+\/$/.test(path) || !page(path).querySelector('.notice--fallback')) return [];
      const contentLang = page(path).querySelector('main > div[lang]')?.getAttribute('lang');
      return contentLang ? [{ path, contentLang }] : [];
    });
    expect(fallbacks.length).toBeGreaterThan(10);
    for (const { path, contentLang } of fallbacks) {
      const rest = path.replace(/^\/[^/]+/, '');
      expect(card(path), path).toBe(card(contentLang === 'vi' ? rest : `/${contentLang}${rest}`));
      expect(pageExists(`/og${path.replace(/\/$/, '')}.jpg`), path).toBe(false);
    }
  });
});

describe('poster pages', () => {
  it('show the share card of their material instead of drawing their own', () => {
    const slug = slugs('materials')[0]!;
    const card = (path: string) => page(path).querySelector('meta[property="og:image"]')!.getAttribute('content');
    expect(card(`/ap-phich/${slug}/a4/`)).toBe(card(`/tai-lieu/${slug}/`));
    expect(card(`/ap-phich/${slug}/a3/`)).toMatch(new RegExp(`/og/tai-lieu/${slug}\\.jpg$`));
    expect(pageExists(`/og/ap-phich/${slug}/a4.jpg`)).toBe(false);
  });
});
