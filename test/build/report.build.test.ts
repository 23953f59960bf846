/**
 * The communication report of the built sample (today = 2026-11-20). Expected figures are counted
 * here straight from the checked content files, not through src/site/report.ts, and compared with
 * the printable page and the CSV (parsed back with csv-parse).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/astro.ts';
import { reportCsvRows, summaryOf, tableOf } from '../helpers/report-figures.ts';
import { SAMPLE_DIST, SAMPLE_TODAY, page, pageExists } from '../helpers/sample.ts';
import { loadLinks } from '../../src/permalinks/links-data.ts';
import { ownCode } from '../../src/permalinks/posters.ts';
import { REPORT_CSV_HEADER } from '../../src/site/report.ts';
import { materialUrl, reportCsvUrl, reportIndexUrl, reportUrl } from '../../src/site/routes.ts';

const links = loadLinks(ROOT, 'content');
const { languages, baseUrl } = links.settings;
const today = new Date(`${SAMPLE_TODAY}T00:00:00Z`);
const viSlugs = new Set(
  links.entries.filter((e) => e.file.collection === 'materials' && e.file.lang === 'vi' && e.data.draft !== true).map((e) => e.file.slug),
);
const materials = links.entries.filter(
  (e) => e.file.collection === 'materials' && e.data.draft !== true && languages.includes(e.file.lang) && viSlugs.has(e.file.slug),
);

function expected(from: string, to: string) {
  const end = Math.min(new Date(`${to}T00:00:00Z`).getTime(), today.getTime());
  const inPeriod = materials.filter((e) => {
    const time = (e.data.published as Date).getTime();
    return time >= new Date(`${from}T00:00:00Z`).getTime() && time <= end;
  });
  const translations = inPeriod.filter((e) => e.file.lang !== 'vi');
  return {
    rows: inPeriod,
    materials: inPeriod.length,
    translations: translations.length,
    reviewed: translations.filter((e) => (e.data.translation as { reviewed?: boolean } | undefined)?.reviewed === true).length,
    posters: inPeriod.filter((e) => ownCode(links, `materials/${e.file.slug}`, e.file.lang)).length,
    loudspeaker: inPeriod.filter((e) => typeof e.data.loudspeaker === 'string').length,
  };
}

const csvRows = (period: string) => reportCsvRows(period);

describe('communication report', () => {
  it('the index lists 2026 and 2025, each year and its first half, with page and CSV', () => {
    const index = page(reportIndexUrl());
    const hrefs = index.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    for (const period of ['2026', '2026-6-thang', '2025', '2025-6-thang']) {
      expect(hrefs).toContain(reportUrl(period));
      expect(hrefs).toContain(reportCsvUrl(period));
      expect(pageExists(reportUrl(period))).toBe(true);
      expect(existsSync(join(ROOT, SAMPLE_DIST, reportCsvUrl(period)))).toBe(true);
    }
    expect(hrefs).not.toContain(reportUrl('2024'));
  });

  for (const [period, from, to] of [
    ['2026', '2026-01-01', '2026-12-31'],
    ['2026-6-thang', '2026-01-01', '2026-05-30'],
    ['2025', '2025-01-01', '2025-12-31'],
  ] as const) {
    it(`${period}: page and CSV give the figures counted from the content files`, () => {
      const want = expected(from, to);
      expect(want.materials).toBeGreaterThan(0);
      const rows = csvRows(period);
      expect(rows[0]).toEqual([...REPORT_CSV_HEADER]);
      const listed = rows.slice(
        1,
        rows.findIndex((r) => r.length === 1 && r[0] === ''),
      );
      expect(listed).toHaveLength(want.materials);
      expect(listed.map((r) => r[8]).sort()).toEqual(
        want.rows.map((e) => `${baseUrl.replace(/\/$/, '')}${materialUrl(e.file.lang, e.file.slug)}`).sort(),
      );
      for (const [date] of listed) expect(date! >= from && date! <= to && date! <= SAMPLE_TODAY).toBe(true);
      for (const figures of [summaryOf(rows), tableOf(reportUrl(period))]) {
        expect(figures['Tài liệu đã đăng (mọi ngôn ngữ)']).toBe(want.materials);
        expect(figures['Bản dịch tiếng dân tộc thiểu số đã đăng']).toBe(want.translations);
        expect(figures['Bản dịch đã được người bản ngữ duyệt']).toBe(want.reviewed);
        expect(figures['Áp phích có mã QR']).toBe(want.posters);
        expect(figures['Bài phát thanh loa']).toBe(want.loudspeaker);
      }
      expect(page(reportUrl(period)).querySelectorAll('#danh-sach tbody tr')).toHaveLength(want.materials);
    });
  }

  it('the sample has translations in 2025 and none reviewed, and the first half of 2026 ends on 30/5', () => {
    expect(expected('2025-01-01', '2025-12-31').translations).toBeGreaterThan(0);
    expect(expected('2025-01-01', '2025-12-31').reviewed).toBe(0);
    const html = page(reportUrl('2026-6-thang'));
    expect(html.querySelector('.report__range')!.text).toContain('ngày 30 tháng 5 năm 2026');
    expect(html.querySelector('.report__range')!.text).toContain('ngày 01 tháng 01 năm 2026');
  });

  it('is set out as an official report: agency, national motto, place and date in the official form', () => {
    const html = page(reportUrl('2026'));
    expect(html.querySelector('.report__agency')!.text).toBe(links.settings.agencyName);
    expect(html.querySelector('.report__nation')!.text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(html.querySelector('.report__place')!.text.trim()).toBe(`${links.settings.province}, ngày 20 tháng 11 năm 2026`);
    expect(html.querySelector('h1')!.text).toContain('năm 2026');
    expect(html.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
  });

  it('every material link on the report leads to a built page', () => {
    const hrefs = page(reportUrl('2026'))
      .querySelectorAll('#danh-sach a')
      .map((a) => a.getAttribute('href')!);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(pageExists(href), href).toBe(true);
  });

  it('is kept out of the sitemap', () => {
    expect(readFileSync(join(ROOT, SAMPLE_DIST, 'sitemap-0.xml'), 'utf8')).not.toContain('/bao-cao/');
  });
});
