/**
 * Reach for a report period: page views per campaign and per language, and hits per short code
 * (which village poster is used), from the daily counts of content/reach/. Every figure is a sum
 * of daily counts that were each at or above the threshold, so it is a lower bound: the days and
 * pages with fewer visits are not in the file. Pure: the caller passes the rows and the site.
 *
 * A scanned code is counted twice by design, once as a code hit (the 301, or the fallback page)
 * and once as the view of the page it leads to: `pageViews` therefore already include the visits
 * that came from posters, and `scans` says how many of them did.
 */
import { isoDate } from '../calendar/dates.ts';
import { DEFAULT_LANGUAGE, isLanguageTag } from '../i18n/languages.ts';
import { DEFAULT_REACH_THRESHOLD } from '../schemas/settings.ts';
import { KIND_LISTS, POSTER_SECTION, SECTIONS } from '../site/routes.ts';
import type { ReachRow } from './daily-counts.ts';

/** What the report needs to know of the site; `ReportSources` (src/site/report.ts) and a `Resolution`'s codes fit it. */
export interface ReachSite {
  /** Every material (any language version) with its campaign id. */
  materials: readonly { slug: string; campaign: string }[];
  /** Enabled languages, in the order the report lists them. */
  languages: readonly string[];
  /** The short codes and the page each reaches today (`resolveRegistry(…).codes`). */
  codes: readonly { code: string; lang: string; key: string; url: string }[];
}

export interface ReachFigures {
  /** Page views (each day's count at or above the threshold, added up). */
  pageViews: number;
  /** Short-code hits, included in the page views of the pages they lead to. */
  scans: number;
}

export interface ReachReport extends ReachFigures {
  /** First and last day counted, YYYY-MM-DD. */
  from: string;
  to: string;
  /** Days of the period that have any count. */
  days: number;
  /** Whether any counted row is sample data (the shipped example file). */
  sample: boolean;
  threshold: number;
  /** Campaigns with any reach, most first. */
  byCampaign: ({ campaign: string } & ReachFigures)[];
  /** Views and scans of pages that belong to no campaign (home, lists, legal library…). */
  unassigned: ReachFigures;
  /** Every enabled language, in the site's order, then any other language found in the paths. */
  byLanguage: ({ lang: string } & ReachFigures)[];
  /** Codes with any hit, most first: what each leads to (`key` as in the registry, `url`) and its language. */
  byCode: { code: string; lang?: string; key?: string; url?: string; scans: number }[];
}

/** The page's language (its path prefix) and, for material, poster and campaign pages, its campaign. */
function pageFacts(path: string, campaignOf: ReadonlyMap<string, string>): { lang: string; campaign?: string | undefined } {
  const segments = path.split('/').filter(Boolean);
  const prefixed = segments[0] !== undefined && segments[0] !== DEFAULT_LANGUAGE && isLanguageTag(segments[0]);
  const lang = prefixed ? segments[0]! : DEFAULT_LANGUAGE;
  const [section, slug] = prefixed ? segments.slice(1) : segments;
  if (slug === undefined) return { lang };
  if ((section === SECTIONS.materials && slug !== KIND_LISTS) || section === POSTER_SECTION)
    return { lang, campaign: campaignOf.get(slug) };
  if (section === SECTIONS.campaigns) return { lang, campaign: slug };
  return { lang };
}

/** The campaign a registry page key (`materials/x`, `campaigns/y`) belongs to. */
function keyCampaign(key: string, campaignOf: ReadonlyMap<string, string>): string | undefined {
  const [collection, slug = ''] = key.split('/');
  if (collection === 'materials') return campaignOf.get(slug);
  if (collection === 'campaigns') return slug;
  return undefined;
}

const zero = (): ReachFigures => ({ pageViews: 0, scans: 0 });
const byMost = <T extends ReachFigures>(a: T & { id: string }, b: T & { id: string }) =>
  b.pageViews + b.scans - (a.pageViews + a.scans) || (a.id < b.id ? -1 : 1);

/**
 * Reach in `period` (inclusive calendar dates, as report periods are) from the daily rows.
 * Rows below `threshold` (a hand-edited file, or one written with a lower threshold) are left out,
 * so the report never shows a number below it.
 */
export function reachReport(
  rows: readonly ReachRow[],
  period: { from: Date; to: Date },
  site: ReachSite,
  threshold: number = DEFAULT_REACH_THRESHOLD,
): ReachReport {
  const from = isoDate(period.from);
  const to = isoDate(period.to);
  const campaignOf = new Map(site.materials.map((m) => [m.slug, m.campaign]));
  const codes = new Map(site.codes.map((c) => [c.code, c]));
  const campaigns = new Map<string, ReachFigures>();
  const languages = new Map<string, ReachFigures>(site.languages.map((lang) => [lang, zero()]));
  const codeHits = new Map<string, number>();
  const unassigned = zero();
  const total = zero();
  const days = new Set<string>();
  let sample = false;
  const figures = <K>(map: Map<K, ReachFigures>, key: K) => {
    if (!map.has(key)) map.set(key, zero());
    return map.get(key)!;
  };

  for (const row of rows) {
    if (row.date < from || row.date > to || row.count < threshold) continue;
    days.add(row.date);
    sample ||= row.sample;
    if (row.kind === 'page') {
      const { lang, campaign } = pageFacts(row.key, campaignOf);
      total.pageViews += row.count;
      figures(languages, lang).pageViews += row.count;
      (campaign ? figures(campaigns, campaign) : unassigned).pageViews += row.count;
    } else {
      const code = codes.get(row.key);
      const campaign = code ? keyCampaign(code.key, campaignOf) : undefined;
      total.scans += row.count;
      codeHits.set(row.key, (codeHits.get(row.key) ?? 0) + row.count);
      if (code) figures(languages, code.lang).scans += row.count;
      (campaign ? figures(campaigns, campaign) : unassigned).scans += row.count;
    }
  }

  return {
    from,
    to,
    ...total,
    days: days.size,
    sample,
    threshold,
    byCampaign: [...campaigns]
      .map(([campaign, f]) => ({ id: campaign, campaign, ...f }))
      .sort(byMost)
      .map(({ id: _id, ...rest }) => rest),
    unassigned,
    byLanguage: [...languages].map(([lang, f]) => ({ lang, ...f })),
    byCode: [...codeHits]
      .map(([code, scans]) => {
        const target = codes.get(code);
        return { id: code, code, scans, pageViews: 0, ...(target ? { lang: target.lang, key: target.key, url: target.url } : {}) };
      })
      .sort(byMost)
      .map(({ id: _id, pageViews: _views, ...rest }) => rest),
  };
}
