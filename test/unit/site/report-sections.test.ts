/**
 * The report's activities, indicators, audiences and extra periods, on a small dataset whose
 * expected figures were counted by hand (see the tables), and the activities and indicators CSV
 * parsed back with csv-parse.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Audience } from '../../../src/schemas/audience.ts';
import { reportScheduleSchema } from '../../../src/schemas/settings.ts';
import {
  ACTIVITY_CSV_HEADER,
  INDICATOR_CSV_HEADER,
  activityCsv,
  buildReport,
  extraPeriods,
  indicatorCsv,
  periodsOfYear,
  reportCsv,
  reportPeriods,
  roman,
  type ReportActivity,
  type ReportIndicator,
  type ReportMaterial,
  type ReportSources,
} from '../../../src/site/report.ts';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const TODAY = d('2026-11-20');

const material = (slug: string, lang: string, published: string, audiences: Audience[]): ReportMaterial => ({
  slug,
  lang,
  title: `Tài liệu ${slug}`,
  campaign: 'c1',
  kind: 'article',
  published: d(published),
  url: `/tai-lieu/${slug}/`,
  legalKeys: [],
  qaPairs: 0,
  loudspeaker: false,
  audiences,
});

const activity = (slug: string, extra: Partial<ReportActivity> & Pick<ReportActivity, 'type' | 'date'>): ReportActivity => ({
  slug,
  title: `Hoạt động ${slug}`,
  commune: 'Xã A',
  province: 'Lạng Sơn',
  audiences: [],
  ...extra,
});

// #  slug type      date        commune village audiences                  total women men
// 1  h1   hoi-nghi  2026-03-01  Xã A    -       can-bo-cong-chuc           100   60    40
// 2  h2   sinh-hoat 2026-06-26  Xã A    Thôn 1  cha-me, dan-toc-thieu-so    30   25     5
// 3  h3   sinh-hoat 2026-07-10  Xã B    -       cha-me                      20    -     -
// 4  h4   tap-huan  2026-11-18  Xã B    -       -                           (no count)
// 5  h5   hoi-nghi  2026-12-01  Xã A    -       -                            50   (after today)
// 6  h6   hoi-nghi  2024-05-01  Xã A    -       -                            10
const activities: ReportActivity[] = [
  activity('h1', {
    type: 'hoi-nghi',
    date: d('2026-03-01'),
    audiences: ['can-bo-cong-chuc'],
    participants: { total: 100, women: 60, men: 40 },
  }),
  activity('h2', {
    type: 'sinh-hoat',
    date: d('2026-06-26'),
    village: 'Thôn 1',
    audiences: ['cha-me', 'dan-toc-thieu-so'],
    participants: { total: 30, women: 25, men: 5 },
    source: 'Báo cáo thôn 1',
  }),
  activity('h3', { type: 'sinh-hoat', date: d('2026-07-10'), commune: 'Xã B', audiences: ['cha-me'], participants: { total: 20 } }),
  activity('h4', { type: 'tap-huan', date: d('2026-11-18'), commune: 'Xã B' }),
  activity('h5', { type: 'hoi-nghi', date: d('2026-12-01'), participants: { total: 50 } }),
  activity('h6', { type: 'hoi-nghi', date: d('2024-05-01'), participants: { total: 10 } }),
];

const indicator = (
  slug: string,
  status: ReportIndicator['status'],
  assessed: string,
  extra: Partial<ReportIndicator> = {},
): ReportIndicator => ({
  slug,
  title: `Chỉ tiêu ${slug}`,
  plan: '1790/QĐ-TTg',
  target: '100% xã',
  status,
  assessed: d(assessed),
  ...extra,
});

const sources: ReportSources = {
  languages: ['vi', 'tyz'],
  campaigns: new Map([['c1', 'Tháng hành động']]),
  legal: [],
  quizzes: [],
  materials: [
    material('a', 'vi', '2026-02-01', ['thanh-nien', 'nam-gioi']),
    material('a', 'tyz', '2026-02-03', ['thanh-nien', 'nam-gioi']),
    material('b', 'vi', '2026-04-01', ['thanh-nien']),
    material('c', 'vi', '2026-05-01', []),
    material('z', 'vi', '2023-05-01', ['cha-me']),
  ],
  activities,
  indicators: [
    indicator('i1', 'dat', '2026-11-15', { result: '20/20 xã' }),
    indicator('i2', 'chua-dat', '2026-11-15', { result: '18/20 xã', reason: 'Mưa lũ' }),
    indicator('i3', 'khong-danh-gia', '2026-11-15', { reason: 'Chưa có số liệu' }),
    indicator('i4', 'dat', '2025-12-05', { result: '2 hội nghị' }),
  ],
};

const [, year2026] = periodsOfYear(2026);

describe('activities in the report', () => {
  const report = buildReport(sources, year2026, TODAY);
  it('counts the activities held up to today, with their participants', () => {
    expect(report.activities.list.map((a) => a.slug)).toEqual(['h1', 'h2', 'h3', 'h4']);
    expect(report.activities.totals).toEqual({ activities: 4, participants: 150, women: 85, men: 45, uncounted: 1 });
  });
  it('by type, in the list order of types', () => {
    expect(report.activities.byType.map((r) => [r.label, r.count, r.participants, r.women, r.men, r.uncounted])).toEqual([
      ['Hội nghị', 1, 100, 60, 40, 0],
      ['Tập huấn', 1, 0, 0, 0, 1],
      ['Sinh hoạt chi hội, họp thôn', 2, 50, 25, 5, 0],
    ]);
  });
  it('by commune, with the village apart', () => {
    expect(report.activities.byCommune.map((r) => [r.label, r.count, r.participants])).toEqual([
      ['Xã A', 1, 100],
      ['Xã A – Thôn 1', 1, 30],
      ['Xã B', 2, 20],
    ]);
  });
  it('by audience: an activity counts under each audience it names', () => {
    expect(report.activities.byAudience.map((r) => [r.key, r.count, r.participants])).toEqual([
      ['dan-toc-thieu-so', 1, 30],
      ['can-bo-cong-chuc', 1, 100],
      ['cha-me', 2, 50],
    ]);
  });
  it('the summary and the CSV carry the totals', () => {
    const rows = parse(reportCsv(report, 'https://example.vn'), { bom: true, relax_column_count: true });
    expect(rows).toContainEqual(['Hoạt động truyền thông đã tổ chức', '4']);
    expect(rows).toContainEqual(['Lượt người tham dự hoạt động', '150']);
    expect(rows).toContainEqual(['Trong đó nữ', '85']);
    expect(rows).toContainEqual(['Hoạt động chưa ghi số người tham dự', '1']);
    expect(rows).toContainEqual(['Hoạt động theo loại: Sinh hoạt chi hội, họp thôn', '2']);
    expect(rows).toContainEqual(['Người tham dự theo địa bàn: Xã B', '20']);
  });
  it('the activities CSV has one row per activity, names for types and audiences, blanks for missing counts', () => {
    const text = activityCsv(report);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parse(text, { bom: true });
    expect(rows[0]).toEqual([...ACTIVITY_CSV_HEADER]);
    expect(rows).toHaveLength(5);
    expect(rows[2]).toEqual([
      '2026-06-26',
      '',
      'Hoạt động h2',
      'Sinh hoạt chi hội, họp thôn',
      'Xã A',
      'Lạng Sơn',
      'Thôn 1',
      'Cha mẹ; Đồng bào dân tộc thiểu số',
      '30',
      '25',
      '5',
      '',
      'Báo cáo thôn 1',
    ]);
    expect(rows[4]!.slice(8, 11)).toEqual(['', '', '']);
  });
});

describe('materials by audience', () => {
  it('counts Vietnamese originals once under each audience they name, in the list order', () => {
    const report = buildReport(sources, year2026, TODAY);
    expect(report.byAudience.filter((r) => r.count > 0).map((r) => [r.label, r.count])).toEqual([
      ['Thanh niên – học sinh – sinh viên', 2],
      ['Nam giới và trẻ em trai', 1],
    ]);
    // Every audience of the list is reported, with its zero; material c names none.
    expect(report.byAudience).toHaveLength(8);
    expect(report.untaggedOriginals).toBe(1);
    const rows = parse(reportCsv(report, 'https://example.vn'), { bom: true, relax_column_count: true });
    expect(rows).toContainEqual(['Tài liệu theo đối tượng: Người khuyết tật', '0']);
    expect(rows).toContainEqual(['Tài liệu gốc chưa chọn đối tượng', '1']);
  });
});

describe('indicators in the report', () => {
  it('lists the indicators assessed in the period and counts them by status', () => {
    const report = buildReport(sources, year2026, TODAY);
    expect(report.indicators.map((i) => i.slug)).toEqual(['i1', 'i2', 'i3']);
    expect(report.indicatorsByStatus.map((r) => [r.label, r.count])).toEqual([
      ['Đạt', 1],
      ['Chưa đạt', 1],
      ['Không đánh giá được', 1],
    ]);
    const rows = parse(reportCsv(report, 'https://example.vn'), { bom: true, relax_column_count: true });
    expect(rows).toContainEqual(['Chỉ tiêu không đánh giá được', '1']);
  });
  it('the indicators CSV gives target, result, status and reason', () => {
    const rows = parse(indicatorCsv(buildReport(sources, year2026, TODAY)), { bom: true });
    expect(rows[0]).toEqual([...INDICATOR_CSV_HEADER]);
    expect(rows[3]).toEqual(['Chỉ tiêu i3', '1790/QĐ-TTg', '100% xã', '', 'Không đánh giá được', 'Chưa có số liệu', '2026-11-15']);
  });
});

describe('ad-hoc reports and multi-year reviews', () => {
  const schedule = reportScheduleSchema.parse({
    extra: [
      { kind: 'so-ket', name: 'Sơ kết 5 năm giai đoạn 2022-2026', from: '2022-01-01', to: '2026-12-31', due: '2026-12-10' },
      { kind: 'dot-xuat', name: 'Báo cáo đột xuất', from: '2026-06-01', to: '2026-07-15', due: '2026-07-20' },
      { kind: 'dot-xuat', name: 'Chưa bắt đầu', from: '2027-01-01', to: '2027-01-31', due: '2027-02-05' },
    ],
  });
  it('take their ids, names and deadlines from the settings', () => {
    expect(extraPeriods(schedule).map((p) => [p.id, p.name, p.due.toISOString().slice(0, 10)])).toEqual([
      ['so-ket-2022-2026', 'Sơ kết 5 năm giai đoạn 2022-2026', '2026-12-10'],
      ['dot-xuat-2026-06-01-2026-07-15', 'Báo cáo đột xuất', '2026-07-20'],
      ['dot-xuat-2027-01-01-2027-01-31', 'Chưa bắt đầu', '2027-02-05'],
    ]);
  });
  it('are listed before the yearly periods once they have begun', () => {
    const ids = reportPeriods([d('2026-02-01')], TODAY, schedule).map((p) => p.id);
    expect(ids).toEqual(['so-ket-2022-2026', 'dot-xuat-2026-06-01-2026-07-15', '2026', '2026-6-thang']);
  });
  it('an ad-hoc period counts only its own days', () => {
    const adHoc = extraPeriods(schedule)[1]!;
    const report = buildReport(sources, adHoc, TODAY);
    expect(report.activities.list.map((a) => a.slug)).toEqual(['h2', 'h3']);
    expect(report.totals.materials).toBe(0);
    expect(report.byYear).toEqual([]);
  });
  it('a review covers several years and breaks them down year by year', () => {
    const review = extraPeriods(schedule)[0]!;
    const report = buildReport(sources, review, TODAY);
    expect(report.byYear).toEqual([
      { year: 2022, materials: 0, activities: 0, participants: 0 },
      { year: 2023, materials: 1, activities: 0, participants: 0 },
      { year: 2024, materials: 0, activities: 1, participants: 10 },
      { year: 2025, materials: 0, activities: 0, participants: 0 },
      { year: 2026, materials: 4, activities: 4, participants: 150 },
    ]);
    expect(report.indicators.map((i) => i.slug)).toEqual(['i1', 'i2', 'i3', 'i4']);
  });
  it('refuse a period that ends before it begins, in Vietnamese', () => {
    const result = reportScheduleSchema.safeParse({
      extra: [{ kind: 'dot-xuat', name: 'X', from: '2026-06-01', to: '2026-05-01', due: '2026-07-20' }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('đứng trước ngày bắt đầu');
  });
});

describe('section numbers', () => {
  it('are Roman numerals', () => {
    expect([1, 4, 5, 9, 10, 14, 19, 24].map(roman)).toEqual(['I', 'IV', 'V', 'IX', 'X', 'XIV', 'XIX', 'XXIV']);
  });
});
