/**
 * Every public URL the site makes. Paths are Vietnamese words without marks, so that they can be
 * read aloud and printed; they end in a slash, as the built files are folders with index.html.
 */
import type { MaterialKind } from '../schemas/material.ts';
import { AUDIENCES, type Audience } from '../schemas/audience.ts';
import { DEFAULT_LANGUAGE, languagePrefix } from '../i18n/languages.ts';
import { localizedPath, routeSegments } from './paths.ts';

export { localizedPath, routeSegments } from './paths.ts';

/** First path segments owned by the site; a static page may not take one of these as its slug. */
export const SECTIONS = {
  materials: 'tai-lieu',
  campaigns: 'chien-dich',
  legal: 'van-ban',
  hotlines: 'ho-tro',
  search: 'tim-kiem',
  editors: 'bien-tap',
  quizzes: 'trac-nghiem',
  calendar: 'lich',
  audiences: 'doi-tuong',
} as const;

/** First path segment of the printable poster pages (`/ap-phich/<slug>/a4/`), in every language. */
export const POSTER_SECTION = 'ap-phich';

export const RESERVED_SLUGS: readonly string[] = [
  ...Object.values(SECTIONS),
  'q',
  'Q',
  POSTER_SECTION,
  'admin',
  'files',
  '_astro',
  '404',
  'sitemap-index',
];

/** The folders under a material's address that hold its communicators' pages: meeting kit and social-media pack. */
export const KIT_PAGES = { meeting: 'bo-hop-thon', social: 'mang-xa-hoi' } as const;
const KIT_FOLDERS: readonly string[] = Object.values(KIT_PAGES);

/**
 * Whether a page belongs in the sitemap. Left out, like their `noindex`: the editors' pages, the
 * CMS, the print pages of posters (in every language), which only repeat the material page, and
 * the communicators' kits of a material.
 */
export function isInSitemap(urlPath: string): boolean {
  const [first, , third] = routeSegments(urlPath);
  if (first === SECTIONS.materials && third !== undefined && KIT_FOLDERS.includes(third)) return false;
  return first !== SECTIONS.editors && first !== 'admin' && first !== POSTER_SECTION;
}

const join = (lang: string, ...segments: string[]) => localizedPath(lang, segments);

export const homeUrl = (lang: string) => join(lang);
export const materialUrl = (lang: string, slug: string) => join(lang, SECTIONS.materials, slug);
export const materialsIndexUrl = (lang: string) => join(lang, SECTIONS.materials);
/** The folder under /tai-lieu/ that holds the lists by kind; no material may take it as its slug. */
export const KIND_LISTS = 'loai';
/** Fixed URL words of the kinds (not derived from the labels: a printed address must not change with a label). */
export const KIND_SLUGS: Record<MaterialKind, string> = {
  article: 'bai-viet',
  infographic: 'do-hoa',
  poster: 'ap-phich',
  video: 'video',
  audio: 'am-thanh',
  leaflet: 'to-gap',
  qa: 'hoi-dap',
  myth: 'hieu-dung-hieu-sai',
  story: 'guong-dien-hinh',
};
/** All materials of one kind, newest first: page 1 is /tai-lieu/loai/<kind>/, page n /tai-lieu/loai/<kind>/<n>/. */
export const materialsKindUrl = (lang: string, kind: MaterialKind, page = 1) =>
  page <= 1
    ? join(lang, SECTIONS.materials, KIND_LISTS, KIND_SLUGS[kind])
    : join(lang, SECTIONS.materials, KIND_LISTS, KIND_SLUGS[kind], String(page));
/** The audiences, each with its number of materials (/doi-tuong/). */
export const audiencesIndexUrl = (lang: string) => join(lang, SECTIONS.audiences);
/** The materials aimed at one audience, newest first: page 1 is /doi-tuong/<audience>/, page n /doi-tuong/<audience>/<n>/. The audience ids are the URL words. */
export const audienceUrl = (lang: string, audience: Audience, page = 1) =>
  page <= 1 ? join(lang, SECTIONS.audiences, audience) : join(lang, SECTIONS.audiences, audience, String(page));
export const campaignUrl = (lang: string, slug: string) => join(lang, SECTIONS.campaigns, slug);
/** Folder of a campaign's full list of materials, under the campaign's own address. */
export const CAMPAIGN_LISTS = 'tai-lieu';
export const campaignMaterialsUrl = (lang: string, slug: string, page = 1) =>
  page <= 1 ? join(lang, SECTIONS.campaigns, slug, CAMPAIGN_LISTS) : join(lang, SECTIONS.campaigns, slug, CAMPAIGN_LISTS, String(page));
export const campaignsIndexUrl = (lang: string) => join(lang, SECTIONS.campaigns);
export const legalUrl = (lang: string, slug: string) => join(lang, SECTIONS.legal, slug);
export const legalIndexUrl = (lang: string) => join(lang, SECTIONS.legal);
export const hotlinesUrl = (lang: string) => join(lang, SECTIONS.hotlines);
/** The support-services directory, under the hotlines page. */
export const SERVICES_PAGE = 'dich-vu';
export const servicesUrl = (lang: string) => join(lang, SECTIONS.hotlines, SERVICES_PAGE);
export const searchUrl = (lang: string) => join(lang, SECTIONS.search);
export const quizUrl = (lang: string, slug: string) => join(lang, SECTIONS.quizzes, slug);
export const quizzesIndexUrl = (lang: string) => join(lang, SECTIONS.quizzes);
export const pageUrl = (lang: string, slug: string) => join(lang, slug);
export const calendarUrl = (lang: string) => join(lang, SECTIONS.calendar);
/** The iCalendar file of key dates and events (Vietnamese, like the entries). */
export const calendarIcsUrl = () => `/${SECTIONS.calendar}.ics`;
/** RSS feed of a language's materials. */
export const feedUrl = (lang: string) => `${homeUrl(lang)}rss.xml`;
/** RSS feed of one campaign's materials in a language. */
export const campaignFeedUrl = (lang: string, slug: string) => `${campaignUrl(lang, slug)}rss.xml`;
/** The home page and the section index pages, by name: what a poster for a whole section links to. */
export const SECTION_PAGES = {
  'trang-chu': homeUrl,
  [SECTIONS.materials]: materialsIndexUrl,
  [SECTIONS.campaigns]: campaignsIndexUrl,
  [SECTIONS.legal]: legalIndexUrl,
  [SECTIONS.hotlines]: hotlinesUrl,
  [SECTIONS.quizzes]: quizzesIndexUrl,
  [SECTIONS.search]: searchUrl,
  [SECTIONS.calendar]: calendarUrl,
  // The first page of each list by kind (later pages shift as materials are added: no codes).
  ...Object.fromEntries(
    (Object.keys(KIND_SLUGS) as MaterialKind[]).map((kind) => [
      `${KIND_LISTS}-${KIND_SLUGS[kind]}`,
      (lang: string) => materialsKindUrl(lang, kind),
    ]),
  ),
  // The audiences' index and the first page of each audience's list (posters for a group: youth union, disability association…).
  [SECTIONS.audiences]: audiencesIndexUrl,
  ...Object.fromEntries(AUDIENCES.map((audience) => [`${SECTIONS.audiences}-${audience}`, (lang: string) => audienceUrl(lang, audience)])),
} as Record<string, (lang: string) => string>;
export const sectionUrl = (lang: string, name: string) => SECTION_PAGES[name]!(lang);
/** Editors' translation-status report (Vietnamese only, not indexed). */
export const translationStatusUrl = () => join(DEFAULT_LANGUAGE, SECTIONS.editors, 'ban-dich');
export const translationStatusCsvUrl = () => `/${SECTIONS.editors}/ban-dich.csv`;
/** Editors' communication report: the list of periods, one period's page and its CSV (Vietnamese only, not indexed). */
export const reportIndexUrl = () => join(DEFAULT_LANGUAGE, SECTIONS.editors, 'bao-cao');
export const reportUrl = (period: string) => join(DEFAULT_LANGUAGE, SECTIONS.editors, 'bao-cao', period);
export const reportCsvUrl = (period: string, part: ReportCsvPart = 'bao-cao') =>
  `/${SECTIONS.editors}/bao-cao/${part}-${encodeURIComponent(period)}.csv`;
/** The CSV files of a report: materials and summary, activities, indicators. */
export const REPORT_CSV_PARTS = ['bao-cao', 'hoat-dong', 'chi-tieu'] as const;
export type ReportCsvPart = (typeof REPORT_CSV_PARTS)[number];
/** A material's loudspeaker script: printable page and plain-text file. */
export const loudspeakerUrl = (lang: string, slug: string) => join(lang, SECTIONS.materials, slug, 'phat-thanh');
export const loudspeakerTextUrl = (lang: string, slug: string) =>
  `${languagePrefix(lang)}/${SECTIONS.materials}/${encodeURIComponent(slug)}/phat-thanh.txt`;

/** A material's printable meeting kit for village communicators (bộ họp thôn), and its plain text for reading aloud. */
export const meetingKitUrl = (lang: string, slug: string) => join(lang, SECTIONS.materials, slug, KIT_PAGES.meeting);
export const meetingKitTextUrl = (lang: string, slug: string) =>
  `${languagePrefix(lang)}/${SECTIONS.materials}/${encodeURIComponent(slug)}/${KIT_PAGES.meeting}.txt`;
/** A material's social-media pack: the page, one share image (file name from src/permalinks/share-images.ts) and the ZIP of the whole pack. */
export const socialPackUrl = (lang: string, slug: string) => join(lang, SECTIONS.materials, slug, KIT_PAGES.social);
export const socialPackFileUrl = (lang: string, slug: string, file: string) => `${socialPackUrl(lang, slug)}${encodeURIComponent(file)}`;
export const socialPackZipUrl = (lang: string, slug: string) => socialPackFileUrl(lang, slug, `goi-mang-xa-hoi-${slug}.zip`);

/** A material's easy-read version (bản dễ đọc). */
export const easyReadUrl = (lang: string, slug: string) => join(lang, SECTIONS.materials, slug, 'de-doc');

/** The `lang` route parameter Astro expects for a `[...lang]` route: undefined for Vietnamese. */
export const langParam = (lang: string) => (languagePrefix(lang) === '' ? undefined : lang);
