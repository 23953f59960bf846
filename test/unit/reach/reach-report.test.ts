import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../../src/calendar/dates.ts';
import type { ReachRow } from '../../../src/reach/daily-counts.ts';
import { reachReport, type ReachSite } from '../../../src/reach/reach-report.ts';

const row = (date: string, key: string, count: number, sample = false): ReachRow => ({
  date,
  kind: key.startsWith('/') ? 'page' : 'code',
  key,
  count,
  sample,
});

const site: ReachSite = {
  materials: [
    { slug: 'lam-gi-khi-bi-bao-luc-gia-dinh', campaign: 'ngay-gia-dinh-2026' },
    { slug: 'noi-tam-lanh-la-gi', campaign: 'thang-hanh-dong-2026' },
  ],
  languages: ['vi', 'tyz', 'hmn-Latn-VN'],
  codes: [
    { code: 'WQGF', lang: 'vi', key: 'materials/lam-gi-khi-bi-bao-luc-gia-dinh', url: '/tai-lieu/lam-gi-khi-bi-bao-luc-gia-dinh/' },
    { code: 'PP23', lang: 'tyz', key: 'campaigns/thang-hanh-dong-2026', url: '/tyz/chien-dich/thang-hanh-dong-2026/' },
    { code: 'MWJ8', lang: 'vi', key: 'sections/trang-chu', url: '/' },
  ],
};
const period = { from: calendarDate(2026, 11, 15), to: calendarDate(2026, 12, 15) };

describe('reachReport', () => {
  const rows = [
    row('2026-11-14', '/tai-lieu/noi-tam-lanh-la-gi/', 99), // before the period
    row('2026-11-16', '/tai-lieu/lam-gi-khi-bi-bao-luc-gia-dinh/', 30),
    row('2026-11-17', '/tai-lieu/lam-gi-khi-bi-bao-luc-gia-dinh/', 12),
    row('2026-11-17', '/hmn-Latn-VN/tai-lieu/noi-tam-lanh-la-gi/', 11),
    row('2026-11-17', '/tyz/chien-dich/thang-hanh-dong-2026/tai-lieu/', 10),
    row('2026-11-17', '/ap-phich/noi-tam-lanh-la-gi/a4/', 10),
    row('2026-11-18', '/', 40),
    row('2026-11-18', '/tai-lieu/loai/ap-phich/', 10),
    row('2026-11-16', 'WQGF', 20),
    row('2026-11-18', 'WQGF', 10),
    row('2026-11-18', 'PP23', 14),
    row('2026-11-18', 'MWJ8', 10),
    row('2026-11-18', 'ZZZZ', 10), // a code the registry does not know
    row('2026-12-16', 'PP23', 50), // after the period
  ];
  const report = reachReport(rows, period, site);

  it('sums page views and code hits of the period', () => {
    expect(report).toMatchObject({
      from: '2026-11-15',
      to: '2026-12-15',
      pageViews: 123,
      scans: 64,
      days: 3,
      sample: false,
      threshold: 10,
    });
  });
  it('gives reach per campaign, from material, poster and campaign pages and from the codes that lead to them', () => {
    expect(report.byCampaign).toEqual([
      { campaign: 'ngay-gia-dinh-2026', pageViews: 42, scans: 30 },
      { campaign: 'thang-hanh-dong-2026', pageViews: 31, scans: 14 },
    ]);
    expect(report.unassigned).toEqual({ pageViews: 50, scans: 20 });
  });
  it('gives reach per language, every enabled language listed', () => {
    expect(report.byLanguage).toEqual([
      { lang: 'vi', pageViews: 102, scans: 40 },
      { lang: 'tyz', pageViews: 10, scans: 14 },
      { lang: 'hmn-Latn-VN', pageViews: 11, scans: 0 },
    ]);
  });
  it('gives each code what it leads to and its hits, most used first', () => {
    expect(report.byCode).toEqual([
      {
        code: 'WQGF',
        lang: 'vi',
        key: 'materials/lam-gi-khi-bi-bao-luc-gia-dinh',
        url: '/tai-lieu/lam-gi-khi-bi-bao-luc-gia-dinh/',
        scans: 30,
      },
      { code: 'PP23', lang: 'tyz', key: 'campaigns/thang-hanh-dong-2026', url: '/tyz/chien-dich/thang-hanh-dong-2026/', scans: 14 },
      { code: 'MWJ8', lang: 'vi', key: 'sections/trang-chu', url: '/', scans: 10 },
      { code: 'ZZZZ', scans: 10 },
    ]);
  });
  it('never shows a count below the threshold, and says when sample data is counted', () => {
    const low = reachReport([row('2026-11-16', '/', 9), row('2026-11-16', 'WQGF', 4), row('2026-11-17', '/', 25, true)], period, site);
    expect(low).toMatchObject({ pageViews: 25, scans: 0, byCode: [], sample: true, days: 1 });
    expect(reachReport([row('2026-11-16', '/', 15)], period, site, 20).pageViews).toBe(0);
  });
});
