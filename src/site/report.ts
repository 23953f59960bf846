/**
 * The communication report (báo cáo kết quả truyền thông) for a period, in the sections agencies
 * file: communication products (what was published, by campaign, kind, language and audience;
 * translations, posters, legal documents explained, Q&A and quizzes), activities (by type, commune
 * and audience, with participants), the plan's indicators and their status, and reach. Pure: the
 * pages pass in the content, already loaded.
 *
 * Periods are calendar dates, inclusive: each year and its first part, from 01/01 to the days the
 * province's plan sets in the site settings (`reports`; by default 31/12 for the annual report, due
 * 30/11, and 30/5 for the 6-month report, due 30/5), plus the ad-hoc reports and multi-year reviews
 * listed there (`reports.extra`). A period that has not ended yet counts up to the build's today.
 * Period ids (the URLs) do not depend on the regular days.
 */
import { isoDate } from '../calendar/dates.ts';
import { DEFAULT_LANGUAGE, getLanguage } from '../i18n/languages.ts';
import { ACTIVITY_TYPES, ACTIVITY_TYPE_LABELS, type ActivityType, type Participants } from '../schemas/activity.ts';
import { AUDIENCES, AUDIENCE_LABELS } from '../schemas/audience.ts';
import { INDICATOR_STATUSES, INDICATOR_STATUS_LABELS, type IndicatorStatus } from '../schemas/indicator.ts';
import { MATERIAL_KINDS, MATERIAL_KIND_LABELS, type MaterialKind } from '../schemas/material.ts';
import type { Audience } from '../schemas/audience.ts';
import { reportScheduleSchema, type ReportSchedule } from '../schemas/settings.ts';
import type { ReachRow } from '../reach/daily-counts.ts';
import { reachReport, type ReachReport, type ReachSite } from '../reach/reach-report.ts';
import { audienceCounts } from './report-audiences.ts';

/** One version of a material (a file), in the language it is written in. */
export interface ReportMaterial {
  slug: string;
  /** The language the version is written in. */
  lang: string;
  title: string;
  /** Campaign id. */
  campaign: string;
  kind: MaterialKind;
  published: Date;
  /** Site path of the page. */
  url: string;
  /** Keys (legalNumberKey) of the library documents the version cites. */
  legalKeys: readonly string[];
  /** Question/answer pairs in the body. */
  qaPairs: number;
  /** Set on translations: whether a native speaker reviewed it. */
  reviewed?: boolean;
  /** Site path of its A4 poster, when the poster (with its QR code) is built. */
  posterUrl?: string | undefined;
  /** Whether it carries a loudspeaker script. */
  loudspeaker: boolean;
  /** Whether this language version carries a recording. */
  recording?: boolean;
  /** The groups it is written for (the Vietnamese version's); counted by audienceCounts (src/site/report-audiences.ts). */
  audiences?: readonly Audience[];
}

/** One communication activity: a calendar event with an activity type. */
export interface ReportActivity {
  slug: string;
  title: string;
  type: ActivityType;
  /** Day it took place (or began). */
  date: Date;
  endDate?: Date | undefined;
  commune: string;
  province: string;
  /** Village that held it, when a village reported it. */
  village?: string | undefined;
  audiences: readonly string[];
  participants?: Participants | undefined;
  /** Campaign id, if any. */
  campaign?: string | undefined;
  /** Where the figures come from (e.g. a village's report). */
  source?: string | undefined;
}

/** One plan indicator and its assessment. */
export interface ReportIndicator {
  slug: string;
  title: string;
  /** Number of the plan or document that sets it. */
  plan: string;
  /** Its page in the legal library, when the library has it. */
  planUrl?: string | undefined;
  target: string;
  result?: string | undefined;
  status: IndicatorStatus;
  reason?: string | undefined;
  assessed: Date;
}

export interface ReportLegalDoc {
  key: string;
  number: string;
  title: string;
  url: string;
}

export interface ReportQuiz {
  slug: string;
  title: string;
  questions: number;
  url: string;
}

export interface ReportSources {
  /** Every published version of every material (drafts and fallbacks left out). */
  materials: readonly ReportMaterial[];
  /** Campaign titles by id. */
  campaigns: ReadonlyMap<string, string>;
  /** The legal library (Vietnamese). */
  legal: readonly ReportLegalDoc[];
  /** Quizzes on the site now (they carry no date). */
  quizzes: readonly ReportQuiz[];
  /** Enabled languages, in the order reports list them. */
  languages: readonly string[];
  /** Published communication activities (calendar events with an activity type). */
  activities?: readonly ReportActivity[];
  /** The plan indicators with their latest assessment. */
  indicators?: readonly ReportIndicator[];
  /** Daily counts from the agency's access logs (content/reach/), the short codes, and the threshold below which no count is shown. */
  reach?: { rows: readonly ReachRow[]; codes: ReachSite['codes']; threshold: number };
}

/** Six-month, annual, ad-hoc (đột xuất) or multi-year review (sơ kết). */
export type PeriodKind = 'half' | 'year' | 'dot-xuat' | 'so-ket';

export interface ReportPeriod {
  /** URL segment and file name: "2026", "2026-6-thang", "so-ket-2021-2025" or "dot-xuat-2026-11-01-2026-11-30". */
  id: string;
  kind: PeriodKind;
  /** The year it ends in. */
  year: number;
  /** The name the settings give an ad-hoc report or a review. */
  name?: string;
  from: Date;
  /** Last day counted. */
  to: Date;
  /** Day the report is due. */
  due: Date;
}

export interface Count<K extends string = string> {
  key: K;
  label: string;
  count: number;
}

export interface ReportLegalRow extends ReportLegalDoc {
  /** Materials of the period (all languages) citing it. */
  materials: number;
}

/** Activities and their participants under one heading (a type, a commune, an audience). */
export interface ActivityCount<K extends string = string> extends Count<K> {
  /** Participants counted, where the activity gave a number. */
  participants: number;
  women: number;
  men: number;
  /** Activities that gave no participant count. */
  uncounted: number;
}

export interface ReportActivities {
  /** Activities of the period, oldest first. */
  list: ReportActivity[];
  totals: { activities: number; participants: number; women: number; men: number; uncounted: number };
  byType: ActivityCount<ActivityType>[];
  /** By commune, then village within it ("Xã A – Thôn B"). */
  byCommune: ActivityCount[];
  byAudience: ActivityCount[];
}

/** Per calendar year of a multi-year period: what each year added. */
export interface YearRow {
  year: number;
  materials: number;
  activities: number;
  participants: number;
}

export interface Report {
  period: ReportPeriod;
  /** The last day counted: the period's end, or today when the period is still running. */
  asOf: Date;
  /** Materials of the period, oldest first. */
  materials: ReportMaterial[];
  totals: {
    /** Every version published (originals and translations). */
    materials: number;
    /** Vietnamese originals. */
    originals: number;
    /** Translations published. */
    translations: number;
    /** Of those, reviewed by a native speaker. */
    reviewedTranslations: number;
    /** Versions with a print poster carrying a QR code. */
    posters: number;
    /** Distinct library documents cited by the period's materials. */
    legalDocuments: number;
    /** Q&A materials (kind qa), all languages. */
    qaMaterials: number;
    /** Question/answer pairs in the Vietnamese Q&A materials. */
    qaPairs: number;
    /** Versions with a loudspeaker script. */
    loudspeakerScripts: number;
    /** Versions with a recording. */
    recordings: number;
    /** Quizzes on the site at the build (they have no date). */
    quizzes: number;
    quizQuestions: number;
  };
  byCampaign: Count[];
  byKind: Count<MaterialKind>[];
  byLanguage: Count[];
  /** Versions with a recording, by the language they are in. */
  recordingsByLanguage: Count[];
  /** Vietnamese originals by audience, every audience of the list (a material aimed at two audiences counts under both). */
  byAudience: Count<Audience>[];
  /** Vietnamese originals aimed at no audience in particular. */
  untaggedOriginals: number;
  legal: ReportLegalRow[];
  quizzes: ReportQuiz[];
  activities: ReportActivities;
  /** Indicators assessed in the period, in the order of their files. */
  indicators: ReportIndicator[];
  indicatorsByStatus: Count<IndicatorStatus>[];
  /** One row per calendar year, for periods longer than a year (reviews); empty otherwise. */
  byYear: YearRow[];
  /** Every campaign's title by id, for activities of campaigns without materials in the period. */
  campaignTitles: ReadonlyMap<string, string>;
  /** Page views and QR scans counted from the access logs, when the site has counts. */
  reach?: ReachReport;
}

const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

/** The sample plan's schedule: what a site without `reports` settings uses. */
export const DEFAULT_REPORT_SCHEDULE: ReportSchedule = reportScheduleSchema.parse(undefined);

/** A day/month setting ("30/5") in `year`. */
const dayOf = (dayMonth: string, year: number) => {
  const [day, month] = dayMonth.split('/').map(Number) as [number, number];
  return utc(year, month, day);
};

/** The two periods of a year: its first part and the whole year, ending and due on the schedule's days. */
export function periodsOfYear(year: number, schedule: ReportSchedule = DEFAULT_REPORT_SCHEDULE): [ReportPeriod, ReportPeriod] {
  return [
    {
      id: `${year}-6-thang`,
      kind: 'half',
      year,
      from: utc(year, 1, 1),
      to: dayOf(schedule.halfEnd, year),
      due: dayOf(schedule.halfDue, year),
    },
    { id: String(year), kind: 'year', year, from: utc(year, 1, 1), to: dayOf(schedule.yearEnd, year), due: dayOf(schedule.yearDue, year) },
  ];
}

/** The URL id of an ad-hoc report or a review: whole calendar years read "so-ket-2021-2025". */
export function extraPeriodId(kind: 'dot-xuat' | 'so-ket', from: Date, to: Date): string {
  const wholeYears = from.getUTCMonth() === 0 && from.getUTCDate() === 1 && to.getUTCMonth() === 11 && to.getUTCDate() === 31;
  return wholeYears ? `${kind}-${from.getUTCFullYear()}-${to.getUTCFullYear()}` : `${kind}-${isoDate(from)}-${isoDate(to)}`;
}

/** The ad-hoc reports and reviews the settings list, in their order. */
export function extraPeriods(schedule: ReportSchedule = DEFAULT_REPORT_SCHEDULE): ReportPeriod[] {
  return schedule.extra.map((extra) => ({
    id: extraPeriodId(extra.kind, extra.from, extra.to),
    kind: extra.kind,
    year: extra.to.getUTCFullYear(),
    name: extra.name,
    from: extra.from,
    to: extra.to,
    due: extra.due,
  }));
}

/**
 * The periods to report on: the ad-hoc reports and reviews of the settings that have begun by
 * `today`, then both periods of every year in which something was published or held up to
 * `today`, newest year first, the whole year before its first part.
 */
export function reportPeriods(published: readonly Date[], today: Date, schedule: ReportSchedule = DEFAULT_REPORT_SCHEDULE): ReportPeriod[] {
  const years = new Set(published.filter((d) => d.getTime() <= today.getTime()).map((d) => d.getUTCFullYear()));
  const extra = extraPeriods(schedule).filter((period) => period.from.getTime() <= today.getTime());
  return [...extra, ...[...years].sort((a, b) => b - a).flatMap((year) => periodsOfYear(year, schedule).reverse())];
}

/** Whether a calendar date falls in [from, to], both inclusive. */
export const inPeriod = (date: Date, from: Date, to: Date) => date.getTime() >= from.getTime() && date.getTime() <= to.getTime();

function countBy<K extends string, T = ReportMaterial>(
  items: readonly T[],
  key: (m: T) => K,
  order: readonly K[],
  label: (k: K) => string,
): Count<K>[] {
  const counts = new Map<K, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  const known = order.filter((k) => counts.has(k));
  const rest = [...counts.keys()].filter((k) => !order.includes(k)).sort();
  return [...known, ...rest].map((k) => ({ key: k, label: label(k), count: counts.get(k)! }));
}

/** Activities and participants grouped by `keys` (an activity may count under several keys). */
function countActivities<K extends string>(
  items: readonly ReportActivity[],
  keys: (a: ReportActivity) => readonly K[],
  order: readonly K[],
  label: (k: K) => string,
): ActivityCount<K>[] {
  const rows = new Map<K, ActivityCount<K>>();
  for (const item of items) {
    for (const key of new Set(keys(item))) {
      const row = rows.get(key) ?? { key, label: label(key), count: 0, participants: 0, women: 0, men: 0, uncounted: 0 };
      row.count += 1;
      if (item.participants) {
        row.participants += item.participants.total;
        row.women += item.participants.women ?? 0;
        row.men += item.participants.men ?? 0;
      } else row.uncounted += 1;
      rows.set(key, row);
    }
  }
  const known = order.filter((k) => rows.has(k));
  const rest = [...rows.keys()].filter((k) => !order.includes(k)).sort((a, b) => a.localeCompare(b, 'vi'));
  return [...known, ...rest].map((k) => rows.get(k)!);
}

/** Where an activity took place, as the report groups it: the commune, and the village when one held it. */
const placeOf = (a: ReportActivity) => (a.village ? `${a.commune} – ${a.village}` : a.commune);

function activitySection(all: readonly ReportActivity[], from: Date, to: Date): ReportActivities {
  const list = all
    .filter((a) => inPeriod(a.date, from, to))
    .sort((a, b) => a.date.getTime() - b.date.getTime() || a.title.localeCompare(b.title, 'vi') || a.slug.localeCompare(b.slug));
  const byType = countActivities(
    list,
    (a) => [a.type],
    ACTIVITY_TYPES,
    (type) => ACTIVITY_TYPE_LABELS[type],
  );
  return {
    list,
    totals: byType.reduce(
      (sum, row) => ({
        activities: sum.activities + row.count,
        participants: sum.participants + row.participants,
        women: sum.women + row.women,
        men: sum.men + row.men,
        uncounted: sum.uncounted + row.uncounted,
      }),
      { activities: 0, participants: 0, women: 0, men: 0, uncounted: 0 },
    ),
    byType,
    byCommune: countActivities(
      list,
      (a) => [placeOf(a)],
      [],
      (place) => place,
    ),
    byAudience: countActivities(
      list,
      (a) => a.audiences,
      AUDIENCES as readonly string[],
      (id) => AUDIENCE_LABELS[id as keyof typeof AUDIENCE_LABELS] ?? id,
    ),
  };
}

/** The calendar years a period covers, when it covers more than one. */
function yearRows(
  period: ReportPeriod,
  materials: readonly ReportMaterial[],
  activities: readonly ReportActivity[],
  asOf: Date,
): YearRow[] {
  const first = period.from.getUTCFullYear();
  const last = asOf.getUTCFullYear();
  if (last <= first) return [];
  return Array.from({ length: last - first + 1 }, (_, i) => first + i).map((year) => {
    const held = activities.filter((a) => a.date.getUTCFullYear() === year);
    return {
      year,
      materials: materials.filter((m) => m.published.getUTCFullYear() === year).length,
      activities: held.length,
      participants: held.reduce((sum, a) => sum + (a.participants?.total ?? 0), 0),
    };
  });
}

/** The report of one period, counting up to `today` when the period is still running. */
export function buildReport(sources: ReportSources, period: ReportPeriod, today: Date): Report {
  const asOf = today.getTime() < period.to.getTime() ? today : period.to;
  const materials = sources.materials
    .filter((m) => inPeriod(m.published, period.from, asOf))
    .sort(
      (a, b) =>
        a.published.getTime() - b.published.getTime() ||
        a.slug.localeCompare(b.slug) ||
        sources.languages.indexOf(a.lang) - sources.languages.indexOf(b.lang),
    );
  const translations = materials.filter((m) => m.lang !== DEFAULT_LANGUAGE);
  const cited = new Map<string, number>();
  for (const m of materials) for (const key of new Set(m.legalKeys)) cited.set(key, (cited.get(key) ?? 0) + 1);
  const legal = sources.legal.filter((doc) => cited.has(doc.key)).map((doc) => ({ ...doc, materials: cited.get(doc.key)! }));
  const qa = materials.filter((m) => m.kind === 'qa');
  const campaignOrder = [...sources.campaigns.keys()];
  const activities = activitySection(sources.activities ?? [], period.from, asOf);
  const indicators = (sources.indicators ?? []).filter((i) => inPeriod(i.assessed, period.from, asOf));
  return {
    period,
    asOf,
    materials,
    totals: {
      materials: materials.length,
      originals: materials.length - translations.length,
      translations: translations.length,
      reviewedTranslations: translations.filter((m) => m.reviewed === true).length,
      posters: materials.filter((m) => m.posterUrl !== undefined).length,
      legalDocuments: legal.length,
      qaMaterials: qa.length,
      qaPairs: qa.filter((m) => m.lang === DEFAULT_LANGUAGE).reduce((sum, m) => sum + m.qaPairs, 0),
      loudspeakerScripts: materials.filter((m) => m.loudspeaker).length,
      recordings: materials.filter((m) => m.recording === true).length,
      quizzes: sources.quizzes.length,
      quizQuestions: sources.quizzes.reduce((sum, q) => sum + q.questions, 0),
    },
    byCampaign: countBy(
      materials,
      (m) => m.campaign,
      campaignOrder,
      (id) => sources.campaigns.get(id) ?? id,
    ),
    byKind: countBy(
      materials,
      (m) => m.kind,
      MATERIAL_KINDS,
      (kind) => MATERIAL_KIND_LABELS[kind],
    ),
    byLanguage: countBy(
      materials,
      (m) => m.lang,
      sources.languages,
      (lang) => getLanguage(lang).nameVi,
    ),
    recordingsByLanguage: countBy(
      materials.filter((m) => m.recording === true),
      (m) => m.lang,
      sources.languages,
      (lang) => getLanguage(lang).nameVi,
    ),
    ...(() => {
      const counts = audienceCounts(materials.filter((m) => m.lang === DEFAULT_LANGUAGE));
      return { byAudience: counts.byAudience, untaggedOriginals: counts.untagged };
    })(),
    legal,
    quizzes: [...sources.quizzes],
    activities,
    indicators,
    indicatorsByStatus: INDICATOR_STATUSES.map((status) => ({
      key: status,
      label: INDICATOR_STATUS_LABELS[status],
      count: indicators.filter((i) => i.status === status).length,
    })),
    byYear: yearRows(period, materials, activities.list, asOf),
    campaignTitles: sources.campaigns,
    ...(sources.reach
      ? {
          reach: reachReport(
            sources.reach.rows,
            { from: period.from, to: asOf },
            { materials: sources.materials, languages: sources.languages, codes: sources.reach.codes },
            sources.reach.threshold,
          ),
        }
      : {}),
  };
}

/** The Vietnamese name of a period, e.g. "6 tháng đầu năm 2026", "năm 2026", or the name the settings give. */
export function periodName(period: ReportPeriod): string {
  if (period.name) return period.name;
  return period.kind === 'half' ? `6 tháng đầu năm ${period.year}` : `năm ${period.year}`;
}

/** A section number as Vietnamese administrative reports write it: I, II, III, IV… (1 to 39). */
export function roman(n: number): string {
  const tens = ['', 'X', 'XX', 'XXX'][Math.floor(n / 10)] ?? '';
  const units = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'][n % 10]!;
  return tens + units;
}

/** RFC 4180 field quoting. */
const quote = (value: string | number) => {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** A CSV file as Excel opens it: UTF-8 with a BOM, CRLF line ends, fields quoted as RFC 4180. */
const csvFile = (rows: readonly (readonly (string | number)[])[]) =>
  `\uFEFF${rows.map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`;

/** The CSV header row of the materials list. */
export const REPORT_CSV_HEADER = [
  'Ngày đăng',
  'Tiêu đề',
  'Chiến dịch',
  'Loại tài liệu',
  'Ngôn ngữ',
  'Bản dịch đã duyệt',
  'Áp phích có mã QR',
  'Bài phát thanh loa',
  'Địa chỉ',
] as const;

/**
 * The report as CSV: UTF-8 with a BOM so that Excel shows Vietnamese, CRLF line ends, fields
 * quoted as RFC 4180. One row per material, then a blank line and the summary as
 * "Chỉ tiêu,Số lượng" rows.
 */
export function reportCsv(report: Report, baseUrl: string): string {
  const base = baseUrl.replace(/\/+$/, '');
  const yesNo = (value: boolean | undefined) => (value === undefined ? '' : value ? 'Có' : 'Không');
  const rows: (string | number)[][] = [[...REPORT_CSV_HEADER]];
  for (const m of report.materials) {
    rows.push([
      isoDate(m.published),
      m.title,
      report.byCampaign.find((c) => c.key === m.campaign)?.label ?? m.campaign,
      MATERIAL_KIND_LABELS[m.kind],
      getLanguage(m.lang).nameVi,
      m.lang === DEFAULT_LANGUAGE ? '' : yesNo(m.reviewed === true),
      yesNo(m.posterUrl !== undefined),
      yesNo(m.loudspeaker),
      `${base}${m.url}`,
    ]);
  }
  rows.push([]);
  rows.push(['Chỉ tiêu', 'Số lượng']);
  for (const [label, value] of summaryRows(report)) rows.push([label, value]);
  return csvFile(rows);
}

/** The totals as (Vietnamese label, number) pairs, in the order the page shows them. */
export function totalRows(report: Report): [string, number][] {
  const { totals } = report;
  return [
    ['Tài liệu đã đăng (mọi ngôn ngữ)', totals.materials],
    ['Tài liệu gốc tiếng Việt', totals.originals],
    ['Bản dịch tiếng dân tộc thiểu số đã đăng', totals.translations],
    ['Bản dịch đã được người bản ngữ duyệt', totals.reviewedTranslations],
    ['Áp phích có mã QR', totals.posters],
    ['Văn bản pháp luật được giải thích', totals.legalDocuments],
    ['Tài liệu hỏi đáp pháp luật', totals.qaMaterials],
    ['Cặp hỏi – đáp (bản tiếng Việt)', totals.qaPairs],
    ['Bài phát thanh loa', totals.loudspeakerScripts],
    ['Bản ghi âm (mọi ngôn ngữ)', totals.recordings],
    ['Bài trắc nghiệm trên trang', totals.quizzes],
    ['Câu hỏi trắc nghiệm', totals.quizQuestions],
    ['Hoạt động truyền thông đã tổ chức', report.activities.totals.activities],
    ['Lượt người tham dự hoạt động', report.activities.totals.participants],
    ['Trong đó nữ', report.activities.totals.women],
    ['Trong đó nam', report.activities.totals.men],
    ['Hoạt động chưa ghi số người tham dự', report.activities.totals.uncounted],
    ...report.indicatorsByStatus.map((row): [string, number] => [`Chỉ tiêu ${row.label.toLowerCase()}`, row.count]),
  ];
}

/** The CSV summary: the totals, then the counts by campaign, kind and language. */
export function summaryRows(report: Report): [string, number][] {
  return [
    ...totalRows(report),
    ...report.byCampaign.map((c): [string, number] => [`Theo chiến dịch: ${c.label}`, c.count]),
    ...report.byKind.map((c): [string, number] => [`Theo loại: ${c.label}`, c.count]),
    ...report.byLanguage.map((c): [string, number] => [`Theo ngôn ngữ: ${c.label}`, c.count]),
    ...report.recordingsByLanguage.map((c): [string, number] => [`Bản ghi âm theo ngôn ngữ: ${c.label}`, c.count]),
    ...report.byAudience.map((c): [string, number] => [`Tài liệu theo đối tượng: ${c.label}`, c.count]),
    ['Tài liệu gốc chưa chọn đối tượng', report.untaggedOriginals],
    ...report.activities.byType.map((c): [string, number] => [`Hoạt động theo loại: ${c.label}`, c.count]),
    ...report.activities.byType.map((c): [string, number] => [`Người tham dự theo loại hoạt động: ${c.label}`, c.participants]),
    ...report.activities.byCommune.map((c): [string, number] => [`Hoạt động theo địa bàn: ${c.label}`, c.count]),
    ...report.activities.byCommune.map((c): [string, number] => [`Người tham dự theo địa bàn: ${c.label}`, c.participants]),
    ...report.activities.byAudience.map((c): [string, number] => [`Hoạt động theo đối tượng: ${c.label}`, c.count]),
    ...(report.reach
      ? ([
          ['Lượt xem trang (từ nhật ký máy chủ)', report.reach.pageViews],
          ['Lượt quét mã QR', report.reach.scans],
          ...report.reach.byCampaign.map((c): [string, number] => [
            `Lượt xem theo chiến dịch: ${report.campaignTitles.get(c.campaign) ?? c.campaign}`,
            c.pageViews,
          ]),
          ...report.reach.byLanguage.map((c): [string, number] => [`Lượt xem theo ngôn ngữ: ${getLanguage(c.lang).nameVi}`, c.pageViews]),
          ...report.reach.byCode.map((c): [string, number] => [`Lượt quét mã ${c.code}`, c.scans]),
        ] as [string, number][])
      : []),
    ...report.byYear.flatMap((row): [string, number][] => [
      [`Năm ${row.year}: tài liệu đã đăng`, row.materials],
      [`Năm ${row.year}: hoạt động`, row.activities],
      [`Năm ${row.year}: người tham dự`, row.participants],
    ]),
  ];
}

/**
 * The header of the activities CSV. A village's export in this layout is what a commune imports
 * (`npm run activities:import`), so the columns only ever grow at the end.
 */
export const ACTIVITY_CSV_HEADER = [
  'Ngày',
  'Ngày kết thúc',
  'Tên hoạt động',
  'Loại hoạt động',
  'Xã, phường, đặc khu',
  'Tỉnh, thành phố',
  'Thôn, bản, tổ dân phố',
  'Đối tượng',
  'Tổng số người tham dự',
  'Trong đó nữ',
  'Trong đó nam',
  'Chiến dịch',
  'Nguồn số liệu',
] as const;

/** The audiences of an activity in a CSV cell: their Vietnamese names, separated by semicolons. */
export const audienceCell = (ids: readonly string[]) =>
  ids.map((id) => AUDIENCE_LABELS[id as keyof typeof AUDIENCE_LABELS] ?? id).join('; ');

/** The period's activities as CSV, one row per activity, in ACTIVITY_CSV_HEADER's columns. */
export function activityCsv(report: Report): string {
  const rows: (string | number)[][] = [[...ACTIVITY_CSV_HEADER]];
  for (const a of report.activities.list) {
    rows.push([
      isoDate(a.date),
      a.endDate ? isoDate(a.endDate) : '',
      a.title,
      ACTIVITY_TYPE_LABELS[a.type],
      a.commune,
      a.province,
      a.village ?? '',
      audienceCell(a.audiences),
      a.participants?.total ?? '',
      a.participants?.women ?? '',
      a.participants?.men ?? '',
      a.campaign ? (report.campaignTitles.get(a.campaign) ?? a.campaign) : '',
      a.source ?? '',
    ]);
  }
  return csvFile(rows);
}

/** The header of the indicators CSV. */
export const INDICATOR_CSV_HEADER = [
  'Chỉ tiêu',
  'Văn bản giao chỉ tiêu',
  'Mục tiêu',
  'Kết quả',
  'Đánh giá',
  'Nguyên nhân',
  'Ngày đánh giá',
] as const;

/** The indicators assessed in the period as CSV. */
export function indicatorCsv(report: Report): string {
  return csvFile([
    [...INDICATOR_CSV_HEADER],
    ...report.indicators.map((i) => [
      i.title,
      i.plan,
      i.target,
      i.result ?? '',
      INDICATOR_STATUS_LABELS[i.status],
      i.reason ?? '',
      isoDate(i.assessed),
    ]),
  ]);
}
