/** The calendar page, the home page's "upcoming" block, the .ics file and the RSS feeds of the sample build (today = 20/11/2026). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/collections/check.ts';
import { ROOT } from '../helpers/astro.ts';
import { SAMPLE_DIST, allPages, page, pageExists } from '../helpers/sample.ts';

const sample = checkContent(ROOT, 'content');
const built = (path: string) => readFileSync(join(ROOT, SAMPLE_DIST, path), 'utf8');
const BASE = 'https://binhdanggioi.example.org';
const vi = (collection: string) => sample.entries.filter((e) => e.file.collection === collection && e.file.lang === 'vi' && e.data.draft !== true);
const events = vi('events');
const titleOf = (slug: string) => String(events.find((e) => e.file.slug === slug)!.data.title);
const cardTitles = (selector: string, path: string) => page(path).querySelectorAll(`${selector} .card > h3`).map((h) => h.text.trim());

describe('calendar page', () => {
  it('exists in every enabled language', () => {
    for (const lang of sample.settings!.languages) expect(pageExists(lang === 'vi' ? '/lich/' : `/${lang}/lich/`), lang).toBe(true);
    expect(allPages()).toContain('/lich/');
  });
  it('lists the running Action Month and what starts within the next weeks, in date order', () => {
    expect(cardTitles('#sap-dien-ra ~ ul', '/lich/')).toEqual([
      titleOf('thang-hanh-dong-binh-dang-gioi'),
      titleOf('ngay-quoc-te-xoa-bo-bao-luc-doi-voi-phu-nu'),
      titleOf('noi-chuyen-chuyen-de-bao-luc-tren-co-so-gioi-2026'),
      titleOf('hoi-thi-tim-hieu-phap-luat-2026'),
    ]);
  });
  it('lists every key date and event of the year, with official dates, times and places', () => {
    const html = page('/lich/');
    // Every yearly observance, and the events held in the sample's year (2026); an activity of 2025 is in its own year.
    const ofTheYear = events.filter((e) => e.data.kind === 'observance' || (e.data.date as Date).getUTCFullYear() === 2026);
    expect(ofTheYear.length).toBeLessThan(events.length);
    expect(html.querySelectorAll('#ca-nam ~ ul > li.card')).toHaveLength(ofTheYear.length);
    const month = html.querySelector('#thang-hanh-dong-binh-dang-gioi-2026')!;
    expect(month.text).toContain('Từ ngày 15 tháng 11 năm 2026 đến ngày 15 tháng 12 năm 2026');
    expect(month.text).toContain('Đang diễn ra');
    const day = html.querySelector('#ngay-quoc-te-xoa-bo-bao-luc-doi-voi-phu-nu-2026')!;
    expect(day.querySelector('time')!.getAttribute('datetime')).toBe('2026-11-25');
    expect(day.querySelector('time')!.text).toBe('ngày 25 tháng 11 năm 2026');
    expect(day.querySelector('.meta')!.text.replace(/\s+/g, ' ').trim()).toBe('Hằng năm · ngày 25 tháng 11 năm 2026 · Còn 5 ngày');
    expect(html.querySelector('#ngay-quoc-te-phu-nu-2026 time')!.text).toBe('ngày 08 tháng 3 năm 2026');
    const talk = html.querySelector('#noi-chuyen-chuyen-de-bao-luc-tren-co-so-gioi-2026')!;
    // An activity is tagged with its type (content/events: `activity: toa-dam`), other events as "Sự kiện".
    expect(talk.querySelector('.meta')!.text.replace(/\s+/g, ' ').trim()).toBe('Tọa đàm, giao lưu · ngày 25 tháng 11 năm 2026 · Giờ: 08:00–11:00 · Còn 5 ngày');
    expect(talk.text).toContain('Xã mẫu (dữ liệu mẫu), Lạng Sơn');
    expect(talk.querySelector('a[href="/chien-dich/thang-hanh-dong-2026/"]')).not.toBeNull();
    expect(talk.querySelector('a[href="/tai-lieu/bao-luc-tren-co-so-gioi-la-gi/"]')).not.toBeNull();
    expect(html.querySelector('a[href="/lich.ics"]')).not.toBeNull();
  });
  it('marks the Vietnamese-only entries as Vietnamese on other language pages', () => {
    expect(page('/km/lich/').querySelector('#ca-nam ~ ul')!.getAttribute('lang')).toBe('vi');
    expect(page('/km/lich/').querySelector('#ngay-phap-luat-2026 a[href="/km/tai-lieu/ngay-phap-luat-9-11/"]')).not.toBeNull();
  });
});

describe('home page', () => {
  it('shows the key dates within 30 days, and nothing past or further away', () => {
    const titles = cardTitles('#sap-toi ~ ul', '/');
    expect(titles).toContain(titleOf('ngay-quoc-te-xoa-bo-bao-luc-doi-voi-phu-nu'));
    expect(titles).toContain(titleOf('thang-hanh-dong-binh-dang-gioi'));
    expect(titles).not.toContain(titleOf('ngay-phap-luat'));
    expect(titles).not.toContain(titleOf('ngay-quoc-te-phu-nu'));
    expect(page('/').querySelector('a[href="/lich/"]')).not.toBeNull();
  });
});

describe('/lich.ics', () => {
  const text = built('lich.ics');
  const calendar = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.register(calendar.getFirstSubcomponent('vtimezone')!);
  const parsed = new Map(calendar.getAllSubcomponents('vevent').map((v) => [String(v.getFirstPropertyValue('uid')), new ICAL.Event(v)]));
  const uid = (slug: string, yearly: boolean) => `${slug}${yearly ? '-hang-nam' : ''}@binhdanggioi.example.org`;
  it('parses back with one event per entry', () => {
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(parsed.size).toBe(events.length);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });
  it('has the key dates as yearly all-day events, periods with an exclusive end', () => {
    const women = parsed.get(uid('ngay-quoc-te-xoa-bo-bao-luc-doi-voi-phu-nu', true))!;
    expect([women.startDate.toString(), women.endDate.toString(), women.isRecurring()]).toEqual(['2026-11-25', '2026-11-26', true]);
    const month = parsed.get(uid('thang-hanh-dong-binh-dang-gioi', true))!;
    expect([month.startDate.toString(), month.endDate.toString()]).toEqual(['2026-11-15', '2026-12-16']);
    expect(month.summary).toBe(titleOf('thang-hanh-dong-binh-dang-gioi'));
    const june = parsed.get(uid('thang-hanh-dong-phong-chong-bao-luc-gia-dinh', true))!;
    const next = june.iterator();
    next.next();
    expect(next.next().toString()).toBe('2027-06-01');
  });
  it('has the timed event in Asia/Ho_Chi_Minh at the right instant, with its place', () => {
    const talk = parsed.get(uid('noi-chuyen-chuyen-de-bao-luc-tren-co-so-gioi-2026', false))!;
    expect(talk.startDate.zone.tzid).toBe('Asia/Ho_Chi_Minh');
    expect(talk.startDate.toJSDate().toISOString()).toBe('2026-11-25T01:00:00.000Z');
    expect(talk.endDate.toJSDate().toISOString()).toBe('2026-11-25T04:00:00.000Z');
    expect(talk.location).toBe('Nhà văn hóa (dữ liệu mẫu), Xã mẫu (dữ liệu mẫu), Lạng Sơn');
    expect(talk.description).toContain(`${BASE}/tai-lieu/bao-luc-tren-co-so-gioi-la-gi/`);
  });
});

describe('RSS feeds', () => {
  type Item = { title: string; link: string; pubDate: string };
  const channel = (path: string) => {
    const xml = built(path);
    expect(SyntaxValidator.validate(xml)).toBe(true);
    return (new XMLParser({ isArray: (name) => name === 'item' }).parse(xml) as { rss: { channel: { language: string; link: string; item?: Item[] } } }).rss.channel;
  };
  const materials = vi('materials');
  it('the Vietnamese feed lists every published material, newest first, with absolute links', () => {
    const feed = channel('rss.xml');
    expect(feed.language).toBe('vi');
    const items = feed.item!;
    expect(items).toHaveLength(materials.length);
    const times = items.map((i) => new Date(i.pubDate).getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    for (const item of items) expect(item.link).toMatch(new RegExp(`^${BASE}/tai-lieu/[a-z0-9-]+/$`));
    expect(page('/').querySelector('link[rel="alternate"][type="application/rss+xml"]')!.getAttribute('href')).toBe(`${BASE}/rss.xml`);
  });
  it('each language has its own feed, linked from its pages', () => {
    const feed = channel('km/rss.xml');
    expect(feed.language).toBe('km');
    expect(feed.item!.every((i) => i.link.startsWith(`${BASE}/km/tai-lieu/`))).toBe(true);
    expect(page('/km/lich/').querySelector('link[rel="alternate"][type="application/rss+xml"]')!.getAttribute('href')).toBe(`${BASE}/km/rss.xml`);
  });
  it('each campaign has a feed of its own materials only', () => {
    const slug = 'thang-hanh-dong-2026';
    const feed = channel(`chien-dich/${slug}/rss.xml`);
    const expected = materials.filter((m) => m.data.campaign === slug).map((m) => `${BASE}/tai-lieu/${m.file.slug}/`);
    expect(expected.length).toBeGreaterThan(0);
    expect(feed.item!.map((i) => i.link).sort()).toEqual(expected.sort());
    expect(feed.link).toBe(`${BASE}/chien-dich/${slug}/`);
    expect(page(`/chien-dich/${slug}/`).querySelector(`a[href="/chien-dich/${slug}/rss.xml"]`)).not.toBeNull();
  });
});
