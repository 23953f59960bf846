/**
 * The lists by audience (nhóm đối tượng) on the shipped sample site: an index and one list per
 * audience in every enabled language, each listing exactly the materials whose Vietnamese version
 * names the audience (a translation where there is one, the Vietnamese text otherwise); material
 * pages link their audiences and carry them as the search filter "audience"; short codes and the
 * sitemap include the new pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/collections/check.ts';
import { loadLinks } from '../../src/permalinks/links-data.ts';
import { AUDIENCES, AUDIENCE_LABELS, type Audience } from '../../src/schemas/audience.ts';
import { ROOT } from '../helpers/astro.ts';
import { SAMPLE_DIST, page, pageExists } from '../helpers/sample.ts';

const sample = checkContent(ROOT, 'content');
const languages = sample.settings!.languages;
const prefix = (lang: string) => (lang === 'vi' ? '' : `/${lang}`);
/** The sample's published Vietnamese materials and the audiences each names, read from the files. */
const tagged = sample.entries
  .filter((e) => e.file.collection === 'materials' && e.file.lang === 'vi' && e.data.draft !== true)
  .map((e) => ({ slug: e.file.slug, audiences: (e.data.audiences ?? []) as Audience[] }));
const aimedAt = (audience: Audience) => tagged.filter((m) => m.audiences.includes(audience)).map((m) => m.slug);
const listed = (path: string) =>
  page(path)
    .querySelectorAll('main .card h2 a')
    .map((a) => a.getAttribute('href'));

describe('the sample materials', () => {
  it('name audiences on most of them, several on some, and leave some audiences with none yet', () => {
    expect(tagged.filter((m) => m.audiences.length > 0).length).toBeGreaterThanOrEqual(10);
    expect(tagged.some((m) => m.audiences.length > 1)).toBe(true);
    expect(aimedAt('nguoi-bi-bao-luc').length).toBeGreaterThanOrEqual(5);
    expect(aimedAt('nguoi-khuyet-tat')).toEqual([]);
  });
});

describe('the lists by audience', () => {
  it('have an index in every language with every audience, its Vietnamese name and its count', () => {
    expect(languages).toHaveLength(7);
    for (const lang of languages) {
      const index = page(`${prefix(lang)}/doi-tuong/`);
      expect(index.querySelector('h1')!.text, lang).toBe('Tài liệu theo đối tượng');
      const items = index.querySelectorAll('main ul.audiences li');
      expect(
        items.map((li) => li.querySelector('a')!.getAttribute('href')),
        lang,
      ).toEqual(AUDIENCES.map((a) => `${prefix(lang)}/doi-tuong/${a}/`));
      expect(
        items.map((li) => li.text.replace(/\s+/g, ' ').trim()),
        lang,
      ).toEqual(AUDIENCES.map((a) => `${AUDIENCE_LABELS[a]} (${aimedAt(a).length} tài liệu)`));
    }
    // Linked from the materials index.
    expect(page('/tai-lieu/').querySelector('main a[href="/doi-tuong/"]')!.text).toBe('Tài liệu theo đối tượng');
    expect(page('/km/tai-lieu/').querySelector('main a[href="/km/doi-tuong/"]')).not.toBeNull();
  });

  it('list, in every language, exactly the materials aimed at the audience, newest first, and say so when there is none', () => {
    for (const lang of languages) {
      for (const audience of AUDIENCES) {
        const path = `${prefix(lang)}/doi-tuong/${audience}/`;
        expect(page(path).querySelector('h1')!.text, path).toBe(AUDIENCE_LABELS[audience]);
        expect([...listed(path)].sort(), path).toEqual(
          aimedAt(audience)
            .map((slug) => `${prefix(lang)}/tai-lieu/${slug}/`)
            .sort(),
        );
        expect(pageExists(`${path}2/`), path).toBe(false);
      }
    }
    const dates = page('/doi-tuong/nguoi-bi-bao-luc/')
      .querySelectorAll('main .card time')
      .map((time) => time.getAttribute('datetime')!);
    expect(dates.length).toBeGreaterThan(1);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(page('/doi-tuong/nguoi-khuyet-tat/').querySelector('main')!.text).toContain('Chưa có tài liệu dành cho đối tượng này.');
  });

  it('show a translation where there is one and the Vietnamese text, marked as such, where there is none', () => {
    const km = page('/km/doi-tuong/nguoi-bi-bao-luc/');
    const card = (slug: string) => km.querySelectorAll('main .card').find((c) => c.querySelector(`a[href="/km/tai-lieu/${slug}/"]`))!;
    // khi-chung-kien-bao-luc-gia-dinh has a Khmer version; lam-gi-khi-bi-bao-luc-gia-dinh does not.
    expect(card('khi-chung-kien-bao-luc-gia-dinh').getAttribute('lang')).toBeUndefined();
    expect(card('lam-gi-khi-bi-bao-luc-gia-dinh').getAttribute('lang')).toBe('vi');
    expect(page('/km/tai-lieu/khi-chung-kien-bao-luc-gia-dinh/').querySelector('a[href="/km/doi-tuong/nguoi-bi-bao-luc/"]')).not.toBeNull();
  });

  it('have short codes for the index and each list, and are in the sitemap', () => {
    const codes = loadLinks(ROOT, 'content').resolution.codes.map((c) => c.url);
    for (const lang of languages) {
      expect(codes).toContain(`${prefix(lang)}/doi-tuong/`);
      for (const audience of AUDIENCES) expect(codes).toContain(`${prefix(lang)}/doi-tuong/${audience}/`);
    }
    const xml = readFileSync(join(ROOT, SAMPLE_DIST, 'sitemap-0.xml'), 'utf8');
    expect(xml).toContain('/doi-tuong/cha-me/</loc>');
    expect(xml).toContain('/hmn-Latn-VN/doi-tuong/</loc>');
  });
});

describe('a material page', () => {
  it('links each of its audiences, in every language, as the search filter "audience"', () => {
    for (const lang of languages) {
      const html = page(`${prefix(lang)}/tai-lieu/chia-se-viec-nha/`);
      const dt = html.querySelectorAll('main dl.meta dt').find((d) => d.text === 'Đối tượng');
      expect(dt, lang).toBeDefined();
      const links = dt!.nextElementSibling!.querySelectorAll('a');
      expect(
        links.map((a) => [a.getAttribute('href'), a.text, a.getAttribute('data-pagefind-filter')]),
        lang,
      ).toEqual([
        [`${prefix(lang)}/doi-tuong/nam-gioi/`, 'Nam giới và trẻ em trai', 'audience'],
        [`${prefix(lang)}/doi-tuong/cha-me/`, 'Cha mẹ', 'audience'],
      ]);
    }
  });
  it('shows no "Đối tượng" when the material names none', () => {
    const untagged = tagged.find((m) => m.audiences.length === 0)!;
    const html = page(`/tai-lieu/${untagged.slug}/`);
    expect(html.querySelectorAll('main dl.meta dt').map((d) => d.text)).not.toContain('Đối tượng');
    expect(html.querySelectorAll('[data-pagefind-filter="audience"]')).toHaveLength(0);
  });
});
