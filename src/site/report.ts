/**
 * The communication report (báo cáo kết quả truyền thông) for a period: what was published, in
 * which campaigns, kinds and languages; translations made and reviewed; posters with a QR code;
 * legal documents explained; Q&A and quizzes; and the list of materials. Pure: the pages pass in
 * the content, already loaded.
 *
 * Periods are calendar dates, inclusive: each year and its first part, from 01/01 to the days the
 * province's plan sets in the site settings (`reports`; by default 31/12 for the annual report, due
 * 30/11, and 30/5 for the 6-month report, due 30/5). A period that has not ended yet counts up to
 * the build's today. Period ids (the URLs) do not depend on those days.
 */
import { isoDate } from '../calendar/dates.ts';
import { DEFAULT_LANGUAGE, getLanguage } from '../i18n/languages.ts';
import { MATERIAL_KINDS, MATERIAL_KIND_LABELS, type MaterialKind } from '../schemas/material.ts';
import type { Audience } from '../schemas/audience.ts';
import { reportScheduleSchema, type ReportSchedule } from '../schemas/settings.ts';

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
}

export type PeriodKind = 'half' | 'year';

export interface ReportPeriod {
  /** URL segment and file name: "2026" or "2026-6-thang". */
  id: string;
  kind: PeriodKind;
  year: number;
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
  legal: ReportLegalRow[];
  quizzes: ReportQuiz[];
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
    { id: `${year}-6-thang`, kind: 'half', year, from: utc(year, 1, 1), to: dayOf(schedule.halfEnd, year), due: dayOf(schedule.halfDue, year) },
    { id: String(year), kind: 'year', year, from: utc(year, 1, 1), to: dayOf(schedule.yearEnd, year), due: dayOf(schedule.yearDue, year) },
  ];
}

/**
 * The periods to report on: both periods of every year in which something was published up to
 * `today`, newest year first, the whole year before its first part.
 */
export function reportPeriods(published: readonly Date[], today: Date, schedule: ReportSchedule = DEFAULT_REPORT_SCHEDULE): ReportPeriod[] {
  const years = new Set(published.filter((d) => d.getTime() <= today.getTime()).map((d) => d.getUTCFullYear()));
  return [...years].sort((a, b) => b - a).flatMap((year) => periodsOfYear(year, schedule).reverse());
}

/** Whether a calendar date falls in [from, to], both inclusive. */
export const inPeriod = (date: Date, from: Date, to: Date) => date.getTime() >= from.getTime() && date.getTime() <= to.getTime();

function countBy<K extends string>(
  items: readonly ReportMaterial[],
  key: (m: ReportMaterial) => K,
  order: readonly K[],
  label: (k: K) => string,
): Count<K>[] {
  const counts = new Map<K, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  const known = order.filter((k) => counts.has(k));
  const rest = [...counts.keys()].filter((k) => !order.includes(k)).sort();
  return [...known, ...rest].map((k) => ({ key: k, label: label(k), count: counts.get(k)! }));
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
    legal,
    quizzes: [...sources.quizzes],
  };
}

/** The Vietnamese name of a period, e.g. "6 tháng đầu năm 2026" or "năm 2026". */
export function periodName(period: ReportPeriod): string {
  return period.kind === 'half' ? `6 tháng đầu năm ${period.year}` : `năm ${period.year}`;
}

/** RFC 4180 field quoting. */
const quote = (value: string | number) => {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

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
  return `\uFEFF${rows.map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`;
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
  ];
}
