/**
 * Report figures on a small dataset whose expected numbers were counted by hand (see the table
 * in each test), and the CSV parsed back with csv-parse.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { legalNumberKey } from '../../../src/legal/number.ts';
import {
  buildReport,
  periodsOfYear,
  reportCsv,
  reportPeriods,
  REPORT_CSV_HEADER,
  type ReportMaterial,
  type ReportSources,
} from '../../../src/site/report.ts';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const L1 = legalNumberKey('13/2022/QH15');
const L2 = legalNumberKey('73/2006/QH11');
const L3 = legalNumberKey('45/2019/QH14');
const TODAY = d('2026-11-20');

function m(
  slug: string,
  lang: string,
  campaign: string,
  kind: ReportMaterial['kind'],
  published: string,
  extra: Partial<ReportMaterial> = {},
): ReportMaterial {
  return {
    slug,
    lang,
    title: `Tài liệu ${slug} (${lang})`,
    campaign,
    kind,
    published: d(published),
    url: `${lang === 'vi' ? '' : `/${lang}`}/tai-lieu/${slug}/`,
    legalKeys: [],
    qaPairs: 0,
    loudspeaker: false,
    ...(lang === 'vi' ? {} : { reviewed: false }),
    ...extra,
  };
}

// #  slug lang campaign kind     published   legal   QA poster loudspeaker reviewed
// 1  a    vi   c1       article  2025-11-20  L1      -  yes    -
// 2  a    km   c1       article  2025-11-20  L1      -  yes    -           no
// 3  b    vi   c2       qa       2026-03-05  L1 L2   3  yes    yes
// 4  b    tyz  c2       qa       2026-03-10  L1 L2   3  no     -           yes
// 5  c    vi   c2       leaflet  2026-05-30  -       -  yes    -           (last day of the half)
// 6  d    vi   c1       poster   2026-05-31  L2      -  no     yes         (first day after it)
// 7  e    vi   c1       article  2026-12-01  -       -  yes    -           (after today)
// 8  f    km   c1       video    2026-06-01  -       -  yes    -           yes
const sources: ReportSources = {
  languages: ['vi', 'tyz', 'km'],
  campaigns: new Map([
    ['c1', 'Tháng hành động'],
    ['c2', 'Ngày Gia đình Việt Nam'],
  ]),
  legal: [
    { key: L1, number: '13/2022/QH15', title: 'Luật Phòng, chống bạo lực gia đình', url: '/van-ban/l1/' },
    { key: L2, number: '73/2006/QH11', title: 'Luật Bình đẳng giới', url: '/van-ban/l2/' },
    { key: L3, number: '45/2019/QH14', title: 'Bộ luật Lao động', url: '/van-ban/l3/' },
  ],
  quizzes: [
    { slug: 'q1', title: 'Trắc nghiệm 1', questions: 5, url: '/trac-nghiem/q1/' },
    { slug: 'q2', title: 'Trắc nghiệm 2', questions: 3, url: '/trac-nghiem/q2/' },
  ],
  materials: [
    m('a', 'vi', 'c1', 'article', '2025-11-20', { legalKeys: [L1], posterUrl: '/ap-phich/a/a4/' }),
    m('a', 'km', 'c1', 'article', '2025-11-20', { legalKeys: [L1], posterUrl: '/km/ap-phich/a/a4/' }),
    m('b', 'vi', 'c2', 'qa', '2026-03-05', {
      legalKeys: [L1, L2],
      qaPairs: 3,
      posterUrl: '/ap-phich/b/a4/',
      loudspeaker: true,
      title: 'Hỏi, đáp "nhanh"',
    }),
    m('b', 'tyz', 'c2', 'qa', '2026-03-10', { legalKeys: [L1, L2, L1], qaPairs: 3, reviewed: true }),
    m('c', 'vi', 'c2', 'leaflet', '2026-05-30', { posterUrl: '/ap-phich/c/a4/' }),
    m('d', 'vi', 'c1', 'poster', '2026-05-31', { legalKeys: [L2], loudspeaker: true }),
    m('e', 'vi', 'c1', 'article', '2026-12-01', { posterUrl: '/ap-phich/e/a4/' }),
    m('f', 'km', 'c1', 'video', '2026-06-01', { posterUrl: '/km/ap-phich/f/a4/', reviewed: true }),
  ],
};

const [half2026, year2026] = periodsOfYear(2026);
const [, year2025] = periodsOfYear(2025);

describe('report periods', () => {
  it('the first half runs from 1/1 to 30/5 and the year from 1/1 to 31/12, with stable ids', () => {
    expect(half2026).toEqual({ id: '2026-6-thang', kind: 'half', year: 2026, from: d('2026-01-01'), to: d('2026-05-30'), due: d('2026-05-30') });
    expect(year2026).toEqual({ id: '2026', kind: 'year', year: 2026, from: d('2026-01-01'), to: d('2026-12-31'), due: d('2026-11-30') });
  });
  it("takes the days from the province's plan, keeping the ids", () => {
    const schedule = { halfEnd: '14/6', halfDue: '15/6', yearEnd: '14/12', yearDue: '10/12', extra: [] };
    const [half, year] = periodsOfYear(2026, schedule);
    expect(half).toEqual({ id: '2026-6-thang', kind: 'half', year: 2026, from: d('2026-01-01'), to: d('2026-06-14'), due: d('2026-06-15') });
    expect(year).toEqual({ id: '2026', kind: 'year', year: 2026, from: d('2026-01-01'), to: d('2026-12-14'), due: d('2026-12-10') });
    expect(reportPeriods([d('2026-03-01')], d('2026-12-31'), schedule).map((p) => p.to)).toEqual([d('2026-12-14'), d('2026-06-14')]);
  });
  it('lists both periods of every year with content up to today, newest first', () => {
    expect(
      reportPeriods(
        sources.materials.map((x) => x.published),
        TODAY,
      ).map((p) => p.id),
    ).toEqual(['2026', '2026-6-thang', '2025', '2025-6-thang']);
  });
  it('leaves out a year whose only content is dated after today', () => {
    expect(reportPeriods([d('2025-11-20'), d('2026-02-01')], d('2026-01-10')).map((p) => p.id)).toEqual(['2025', '2025-6-thang']);
  });
});

describe('report figures', () => {
  it('first half of 2026: materials 3, 4 and 5 (30/5 included, 31/5 not)', () => {
    const report = buildReport(sources, half2026, TODAY);
    expect(report.asOf).toEqual(d('2026-05-30'));
    expect(report.materials.map((x) => `${x.slug}/${x.lang}`)).toEqual(['b/vi', 'b/tyz', 'c/vi']);
    expect(report.totals).toEqual({
      materials: 3,
      originals: 2,
      translations: 1,
      reviewedTranslations: 1,
      posters: 2,
      legalDocuments: 2,
      qaMaterials: 2,
      qaPairs: 3,
      loudspeakerScripts: 1,
      recordings: 0,
      quizzes: 2,
      quizQuestions: 8,
    });
    expect(report.byCampaign).toEqual([{ key: 'c2', label: 'Ngày Gia đình Việt Nam', count: 3 }]);
    expect(report.byKind).toEqual([
      { key: 'leaflet', label: 'Tờ gấp', count: 1 },
      { key: 'qa', label: 'Hỏi đáp pháp luật', count: 2 },
    ]);
    expect(report.byLanguage).toEqual([
      { key: 'vi', label: 'Tiếng Việt', count: 2 },
      { key: 'tyz', label: 'Tiếng Tày', count: 1 },
    ]);
    // b/tyz cites L1 twice: one material, counted once.
    expect(report.legal.map((x) => [x.number, x.materials])).toEqual([
      ['13/2022/QH15', 2],
      ['73/2006/QH11', 2],
    ]);
  });
  it('2026 while it is still running: counts up to today, so material 7 (1/12) is not in it', () => {
    const report = buildReport(sources, year2026, TODAY);
    expect(report.asOf).toEqual(TODAY);
    expect(report.materials.map((x) => `${x.slug}/${x.lang}`)).toEqual(['b/vi', 'b/tyz', 'c/vi', 'd/vi', 'f/km']);
    expect(report.totals).toMatchObject({
      materials: 5,
      originals: 3,
      translations: 2,
      reviewedTranslations: 2,
      posters: 3,
      legalDocuments: 2,
      qaPairs: 3,
      loudspeakerScripts: 2,
      recordings: 0,
    });
    expect(report.byCampaign.map((c) => [c.key, c.count])).toEqual([
      ['c1', 2],
      ['c2', 3],
    ]);
    expect(report.byKind.map((c) => [c.key, c.count])).toEqual([
      ['poster', 1],
      ['video', 1],
      ['leaflet', 1],
      ['qa', 2],
    ]);
    expect(report.byLanguage.map((c) => [c.key, c.count])).toEqual([
      ['vi', 3],
      ['tyz', 1],
      ['km', 1],
    ]);
    expect(report.legal.map((x) => [x.number, x.materials])).toEqual([
      ['13/2022/QH15', 2],
      ['73/2006/QH11', 3],
    ]);
  });
  it('2025, a finished year: counts to 31/12; an unreviewed translation is not counted as reviewed', () => {
    const report = buildReport(sources, year2025, TODAY);
    expect(report.asOf).toEqual(d('2025-12-31'));
    expect(report.totals).toMatchObject({
      materials: 2,
      originals: 1,
      translations: 1,
      reviewedTranslations: 0,
      posters: 2,
      legalDocuments: 1,
      qaMaterials: 0,
      qaPairs: 0,
    });
  });
  it('a period with nothing published has zero counts and empty lists', () => {
    const report = buildReport(sources, periodsOfYear(2025)[0], TODAY);
    expect(report.totals.materials).toBe(0);
    expect(report.byKind).toEqual([]);
    expect(report.legal).toEqual([]);
  });
});

describe('report CSV', () => {
  const csv = reportCsv(buildReport(sources, half2026, TODAY), 'https://example.org/');
  it('starts with a UTF-8 BOM and uses CRLF line ends', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n').length).toBeGreaterThan(5);
    expect(csv.replace(/\r\n/g, '')).not.toContain('\n');
  });
  it('parses back with csv-parse: one row per material, then the summary', () => {
    const rows = parse(csv, { bom: true, relax_column_count: true, skip_empty_lines: false });
    expect(rows[0]).toEqual([...REPORT_CSV_HEADER]);
    const blank = rows.findIndex((row) => row.length === 1 && row[0] === '');
    expect(blank).toBe(4);
    expect(rows.slice(1, blank)).toEqual([
      [
        '2026-03-05',
        'Hỏi, đáp "nhanh"',
        'Ngày Gia đình Việt Nam',
        'Hỏi đáp pháp luật',
        'Tiếng Việt',
        '',
        'Có',
        'Có',
        'https://example.org/tai-lieu/b/',
      ],
      [
        '2026-03-10',
        'Tài liệu b (tyz)',
        'Ngày Gia đình Việt Nam',
        'Hỏi đáp pháp luật',
        'Tiếng Tày',
        'Có',
        'Không',
        'Không',
        'https://example.org/tyz/tai-lieu/b/',
      ],
      [
        '2026-05-30',
        'Tài liệu c (vi)',
        'Ngày Gia đình Việt Nam',
        'Tờ gấp',
        'Tiếng Việt',
        '',
        'Có',
        'Không',
        'https://example.org/tai-lieu/c/',
      ],
    ]);
    const summary = Object.fromEntries(rows.slice(blank + 2).map(([label, value]) => [label, Number(value)]));
    expect(rows[blank + 1]).toEqual(['Chỉ tiêu', 'Số lượng']);
    expect(summary).toMatchObject({
      'Tài liệu đã đăng (mọi ngôn ngữ)': 3,
      'Bản dịch tiếng dân tộc thiểu số đã đăng': 1,
      'Bản dịch đã được người bản ngữ duyệt': 1,
      'Áp phích có mã QR': 2,
      'Văn bản pháp luật được giải thích': 2,
      'Cặp hỏi – đáp (bản tiếng Việt)': 3,
      'Bài trắc nghiệm trên trang': 2,
      'Theo chiến dịch: Ngày Gia đình Việt Nam': 3,
      'Theo loại: Hỏi đáp pháp luật': 2,
      'Theo ngôn ngữ: Tiếng Tày': 1,
    });
  });
});

describe('recordings in the report', () => {
  it('counts the versions with a recording, by the language they are in, in the totals and the CSV summary', () => {
    const withRecordings: ReportSources = {
      ...sources,
      materials: [
        m('r', 'vi', 'c1', 'article', '2026-02-01', { recording: true }),
        m('r', 'km', 'c1', 'article', '2026-02-01', { recording: true }),
        m('s', 'km', 'c1', 'article', '2026-02-02', { recording: true }),
        m('s', 'vi', 'c1', 'article', '2026-02-02'),
      ],
    };
    const report = buildReport(withRecordings, periodsOfYear(2026)[1], TODAY);
    expect(report.totals.recordings).toBe(3);
    expect(report.recordingsByLanguage.map((c) => [c.key, c.label, c.count])).toEqual([
      ['vi', 'Tiếng Việt', 1],
      ['km', 'Tiếng Khmer', 2],
    ]);
    const rows = parse(reportCsv(report, 'https://example.vn'), { bom: true, relax_column_count: true });
    expect(rows).toContainEqual(['Bản ghi âm (mọi ngôn ngữ)', '3']);
    expect(rows).toContainEqual(['Bản ghi âm theo ngôn ngữ: Tiếng Khmer', '2']);
  });
});
