/** RSS feeds, parsed back with fast-xml-parser. */
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { materialsFeed, publishedInstant } from '../../../src/calendar/feeds.ts';
import type { MaterialKind } from '../../../src/schemas/material.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const material = (slug: string, lang: string, title: string, published: string, campaign = 'thang-hanh-dong-2026') => {
  const entry = { id: `vi/${slug}`, data: { title, summary: `Tóm tắt ${title}`, campaign, kind: 'article' as MaterialKind, published: day(published) } };
  return { slug, lang, entry, contentLang: 'vi', isFallback: lang !== 'vi', translations: ['vi'], source: entry };
};
const materials = [
  material('cu', 'vi', 'Bài cũ', '2025-11-15'),
  material('moi', 'vi', 'Bài mới & <quan trọng> "nhất"', '2026-11-18'),
  material('giua', 'vi', 'Bài giữa', '2026-06-01', 'ngay-gia-dinh-2026'),
  material('moi', 'km', 'Bài mới & <quan trọng> "nhất"', '2026-11-18'),
];
const options = {
  title: 'Tài liệu mới – Sở & Ban',
  description: 'Mô tả',
  baseUrl: 'https://binhdanggioi.example.org',
};

async function parsed(xml: string) {
  expect(SyntaxValidator.validate(xml)).toBe(true);
  const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' }).parse(xml) as {
    rss: { '@_version': string; channel: { title: string; link: string; language: string; 'atom:link': { '@_href': string; '@_rel': string }; item?: Record<string, unknown>[] } };
  };
  return doc.rss;
}

describe('materialsFeed', () => {
  it('is checked by a validator that does refuse broken XML', () => {
    expect(() => SyntaxValidator.validate('<rss><channel><title>a & b</title></channel></rss>')).toThrow(/&/);
    expect(() => SyntaxValidator.validate('<rss><channel></rss>')).toThrow();
  });
  it('is RSS 2.0 with the channel in the reader language, an absolute link and a self link', async () => {
    const rss = await parsed(await materialsFeed(materials, { ...options, lang: 'vi', pagePath: '/', feedPath: '/rss.xml' }));
    expect(rss['@_version']).toBe('2.0');
    expect(rss.channel.title).toBe('Tài liệu mới – Sở & Ban');
    expect(rss.channel.link).toBe('https://binhdanggioi.example.org/');
    expect(rss.channel.language).toBe('vi');
    expect(rss.channel['atom:link']).toMatchObject({ '@_href': 'https://binhdanggioi.example.org/rss.xml', '@_rel': 'self' });
  });
  it('lists the language versions newest first, with escaped titles, absolute links and RFC 822 dates', async () => {
    const rss = await parsed(await materialsFeed(materials, { ...options, lang: 'vi', pagePath: '/', feedPath: '/rss.xml' }));
    const items = rss.channel.item!;
    expect(items.map((i) => i.title)).toEqual(['Bài mới & <quan trọng> "nhất"', 'Bài giữa', 'Bài cũ']);
    expect(items.map((i) => i.link)).toEqual([
      'https://binhdanggioi.example.org/tai-lieu/moi/',
      'https://binhdanggioi.example.org/tai-lieu/giua/',
      'https://binhdanggioi.example.org/tai-lieu/cu/',
    ]);
    // Midnight of 18/11/2026 in Vietnam is 17:00 UTC the day before.
    expect(items[0]!.pubDate).toBe('Tue, 17 Nov 2026 17:00:00 GMT');
    expect(new Date(String(items[0]!.pubDate)).getTime()).toBe(publishedInstant(day('2026-11-18')).getTime());
    expect(items[0]!.description).toBe('Tóm tắt Bài mới & <quan trọng> "nhất"');
  });
  it('makes one feed per language, linking to that language’s pages', async () => {
    const rss = await parsed(await materialsFeed(materials, { ...options, lang: 'km', pagePath: '/km/', feedPath: '/km/rss.xml' }));
    expect(rss.channel.language).toBe('km');
    expect(rss.channel.item!.map((i) => i.link)).toEqual(['https://binhdanggioi.example.org/km/tai-lieu/moi/']);
  });
  it('keeps an empty feed valid', async () => {
    const rss = await parsed(await materialsFeed([], { ...options, lang: 'vi', pagePath: '/', feedPath: '/rss.xml' }));
    expect(rss.channel.item ?? []).toEqual([]);
  });
});
