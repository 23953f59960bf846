/**
 * The report's activities, indicators, audiences and extra periods on the built sample
 * (today = 2026-11-20). Expected figures are counted here straight from the content files
 * (content/events/vi, content/indicators/vi, content/settings/site.yaml), not through
 * src/site/report.ts, and compared with the printed page and the CSV files (parsed back).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ROOT } from '../helpers/astro.ts';
import { reportCsvRows, summaryOf, tableOf } from '../helpers/report-figures.ts';
import { SAMPLE_TODAY, allPages, page } from '../helpers/sample.ts';
import { reportIndexUrl, reportUrl } from '../../src/site/routes.ts';

const readYamlDir = (dir: string) =>
  readdirSync(join(ROOT, dir))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => parseYaml(readFileSync(join(ROOT, dir, name), 'utf8')) as Record<string, unknown>);
const iso = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
const activities = readYamlDir('content/events/vi').filter((e) => e.kind === 'event' && e.activity && e.draft !== true);
const indicators = readYamlDir('content/indicators/vi');
const settings = parseYaml(readFileSync(join(ROOT, 'content/settings/site.yaml'), 'utf8')) as {
  reports: { extra: { kind: string; name: string; from: unknown; to: unknown; due: unknown }[] };
};

function expected(from: string, to: string) {
  const end = to < SAMPLE_TODAY ? to : SAMPLE_TODAY;
  const held = activities.filter((a) => iso(a.date) >= from && iso(a.date) <= end);
  const participants = held.map((a) => a.participants as { total: number; women?: number; men?: number } | undefined);
  return {
    held,
    activities: held.length,
    participants: participants.reduce((sum, p) => sum + (p?.total ?? 0), 0),
    women: participants.reduce((sum, p) => sum + (p?.women ?? 0), 0),
    uncounted: participants.filter((p) => p === undefined).length,
    indicators: indicators.filter((i) => iso(i.assessed) >= from && iso(i.assessed) <= end),
  };
}

const csv = reportCsvRows;

const extra = settings.reports.extra.map((e) => ({ ...e, from: iso(e.from), to: iso(e.to), due: iso(e.due) }));
const review = extra.find((e) => e.kind === 'so-ket')!;
const adHoc = extra.find((e) => e.kind === 'dot-xuat')!;
const reviewId = `so-ket-${review.from.slice(0, 4)}-${review.to.slice(0, 4)}`;
const adHocId = `dot-xuat-${adHoc.from}-${adHoc.to}`;

describe('report sections on the sample', () => {
  const periods = [
    ['2026-6-thang', '2026-01-01', '2026-05-30'],
    ['2026', '2026-01-01', '2026-12-31'],
    ['2025', '2025-01-01', '2025-12-31'],
    [reviewId, review.from, review.to],
    [adHocId, adHoc.from, adHoc.to],
  ] as const;

  it('the sample has activities with and without counts, and indicators of every status', () => {
    expect(expected('2026-01-01', '2026-12-31').activities).toBeGreaterThan(1);
    expect(expected('2026-01-01', '2026-12-31').uncounted).toBeGreaterThan(0);
    expect(new Set(indicators.map((i) => i.status))).toEqual(new Set(['dat', 'chua-dat', 'khong-danh-gia']));
  });

  for (const [id, from, to] of periods) {
    it(`${id}: activities and indicators on the page and in the CSV files match the content files`, () => {
      const want = expected(from, to);
      for (const figures of [summaryOf(csv(id, 'bao-cao')), tableOf(reportUrl(id))]) {
        expect(figures['Hoạt động truyền thông đã tổ chức']).toBe(want.activities);
        expect(figures['Lượt người tham dự hoạt động']).toBe(want.participants);
        expect(figures['Trong đó nữ']).toBe(want.women);
        expect(figures['Hoạt động chưa ghi số người tham dự']).toBe(want.uncounted);
        for (const status of ['đạt', 'chưa đạt', 'không đánh giá được']) {
          const code = { đạt: 'dat', 'chưa đạt': 'chua-dat', 'không đánh giá được': 'khong-danh-gia' }[status];
          expect(figures[`Chỉ tiêu ${status}`]).toBe(want.indicators.filter((i) => i.status === code).length);
        }
      }
      const activityRows = csv(id, 'hoat-dong');
      expect(
        activityRows
          .slice(1)
          .map((r) => r[2])
          .sort(),
      ).toEqual(want.held.map((a) => String(a.title)).sort());
      const html = page(reportUrl(id));
      expect(html.querySelectorAll('#danh-sach-hoat-dong tbody tr')).toHaveLength(want.activities);
      expect(html.querySelectorAll('#bang-chi-tieu tbody tr')).toHaveLength(want.indicators.length);
      expect(
        csv(id, 'chi-tieu')
          .slice(1)
          .map((r) => r[0])
          .sort(),
      ).toEqual(want.indicators.map((i) => String(i.title)).sort());
    });
  }

  it('an indicator not met shows its reason, and links its plan to the legal library', () => {
    const html = page(reportUrl('2026'));
    const row = html.querySelector('#bang-chi-tieu tr[data-status="chua-dat"]')!;
    const notMet = indicators.find((i) => i.status === 'chua-dat')!;
    expect(row.text).toContain(String(notMet.reason));
    const href = row.querySelector('a')!.getAttribute('href')!;
    expect(allPages()).toContain(href);
  });

  it('the index lists the review and the ad-hoc report with the names and deadlines of the settings', () => {
    const index = page(reportIndexUrl());
    for (const [id, e] of [
      [reviewId, review],
      [adHocId, adHoc],
    ] as const) {
      const link = index.querySelector(`a[href="${reportUrl(id)}"]`);
      expect(link?.text).toBe(e.name);
      const [year, month, day] = e.due.split('-');
      expect(link!.parentNode!.text).toContain(`ngày ${day} tháng ${month} năm ${year}`);
    }
  });

  it('the five-year review breaks the figures down year by year and numbers its sections', () => {
    const html = page(reportUrl(reviewId));
    const years = html.querySelectorAll('#theo-nam tbody th').map((th) => th.text.trim());
    expect(years).toEqual(['2021', '2022', '2023', '2024', '2025']);
    const headings = html.querySelectorAll('main h2').map((h) => h.text.trim().split('.')[0]);
    expect(headings).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII']);
    expect(html.querySelector('h1')!.text).toContain(review.name);
  });

  it('activities by type and by commune list participants; villages are shown within their commune', () => {
    const html = page(reportUrl('2026'));
    const section = html.querySelector('#hoat-dong')!;
    const village = activities.find((a) => a.village && iso(a.date).startsWith('2026') && a.participants)!;
    expect(section.text).toContain(`${String(village.commune)} – ${String(village.village)}`);
    expect(section.text).toContain('Sinh hoạt chi hội, họp thôn');
  });

  it('reach: page views and QR scans of the period, from the shipped counts file, with each code leading to a built page', () => {
    const rows: string[][] = parse(readFileSync(join(ROOT, 'content/reach/daily.csv'), 'utf8'), { bom: true, from_line: 2 });
    const threshold = 10;
    const inYear = rows.filter(([day, , , count]) => day!.startsWith('2026') && day! <= SAMPLE_TODAY && Number(count) >= threshold);
    const views = inYear.filter((r) => r[1] === 'trang').reduce((sum, r) => sum + Number(r[3]), 0);
    const scans = inYear.filter((r) => r[1] === 'mã').reduce((sum, r) => sum + Number(r[3]), 0);
    expect(scans).toBeGreaterThan(0);
    const figures = summaryOf(csv('2026', 'bao-cao'));
    expect(figures['Lượt quét mã QR']).toBe(scans);
    expect(figures['Lượt xem trang (từ nhật ký máy chủ)']).toBe(views);
    const html = page(reportUrl('2026'));
    expect(html.querySelector('#tiep-can')!.text).toContain('dữ liệu mẫu');
    const codes = html.querySelectorAll('#tiep-can-ma tbody tr');
    expect(codes.map((tr) => tr.querySelector('th')!.text).sort()).toEqual(
      [...new Set(inYear.filter((r) => r[1] === 'mã').map((r) => r[2]!))].sort(),
    );
    for (const tr of codes) expect(allPages()).toContain(tr.querySelector('a')!.getAttribute('href'));
    expect(html.querySelectorAll('#tiep-can-ngon-ngu tbody tr').length).toBe(7);
  });

  it('participant counts stay off the public pages (the agency has not turned them on)', () => {
    const counted = activities.filter((a) => a.participants);
    expect(counted.length).toBeGreaterThan(0);
    for (const path of allPages().filter((p) => !p.includes('/bien-tap/'))) {
      const text = page(path).text;
      expect(text, path).not.toContain('Số người tham dự');
    }
  });
});
