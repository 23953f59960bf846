/**
 * Every URL path the build makes, worked out from the checked entries without building: the link
 * check of content bodies asks it whether an internal link leads somewhere. Entry pages come from
 * the registry (each collection's URL builder); every other route file under src/pages/ has one
 * line in PAGE_ROUTES, and a unit test fails when a route file has neither.
 */
import { buildToday } from '../calendar/dates.ts';
import { localize, type Localized } from '../i18n/localize.ts';
import { publicEntries, scheduledSlugs } from '../site/schedule.ts';
import { easyReadPages } from '../site/easy-read.ts';
import { KIND_PAGE_SIZE, materialsByAudience, materialsByCampaign, newestMaterials, paginateList } from '../site/lists.ts';
import {
  audiencesIndexUrl,
  audienceUrl,
  calendarIcsUrl,
  calendarUrl,
  campaignFeedUrl,
  campaignMaterialsUrl,
  campaignsIndexUrl,
  easyReadUrl,
  feedUrl,
  homeUrl,
  hotlinesUrl,
  legalIndexUrl,
  loudspeakerTextUrl,
  loudspeakerUrl,
  meetingKitTextUrl,
  meetingKitUrl,
  materialUrl,
  materialsIndexUrl,
  materialsKindUrl,
  quizzesIndexUrl,
  reportIndexUrl,
  searchUrl,
  servicesUrl,
  socialPackUrl,
  translationStatusCsvUrl,
  translationStatusUrl,
} from '../site/routes.ts';
import { MATERIAL_KINDS, type MaterialKind } from '../schemas/material.ts';
import type { Audience } from '../schemas/audience.ts';
import type { CheckedEntry } from './problems.ts';
import { collectionFacts, PAGE_COLLECTIONS, type PageCollection } from './registry.ts';
import type { CollectionName } from './root.ts';

interface RouteEntry {
  id: string;
  data: { draft?: boolean; kind?: MaterialKind; campaign?: string; published?: Date; loudspeaker?: string; easyRead?: unknown[]; audiences?: Audience[] } & Record<string, unknown>;
}
type Item = Localized<RouteEntry>;
type Material = Localized<{ id: string; data: { draft?: boolean; title: string; kind: MaterialKind; campaign: string; published: Date; loudspeaker?: string; audiences?: Audience[] } }>;

/** What a route needs to list its URLs: the enabled languages and each collection's entries as the pages see them. */
export interface RouteInput {
  languages: readonly string[];
  /** One item per published slug and enabled language, exactly as src/site/data.ts localizes them. */
  items: (collection: CollectionName) => Item[];
}

const perLanguage = (url: (lang: string) => string) => (site: RouteInput) => site.languages.map(url);
const materialsOf = (site: RouteInput) => site.items('materials') as unknown as Material[];
/** Versions with a kit of their own (src/site/kit-data.ts: each also has its own short code, which the build always gives a page). */
const withKit = (site: RouteInput) => site.items('materials').filter((item) => !item.isFallback && item.entry.data.kit !== undefined);
const withScript = (site: RouteInput) => site.items('materials').filter((item) => !item.isFallback && item.entry.data.loudspeaker !== undefined);
/** Pages 2… of a list (page 1 has its own route file). */
const laterPages = (count: number, url: (page: number) => string) => paginateList(Array.from({ length: count }), KIND_PAGE_SIZE).slice(1).map((list) => url(list.page));
const kindCounts = (site: RouteInput) =>
  site.languages.flatMap((lang) => {
    const newest = newestMaterials(materialsOf(site), lang, Infinity);
    return MATERIAL_KINDS.map((kind) => ({ lang, kind, count: newest.filter((m) => m.entry.data.kind === kind).length }));
  });
const audienceCounts = (site: RouteInput) =>
  site.languages.flatMap((lang) => [...materialsByAudience(materialsOf(site), lang)].map(([audience, items]) => ({ lang, audience, count: items.length })));
const campaignCounts = (site: RouteInput) => {
  const byLanguage = new Map(site.languages.map((lang) => [lang, materialsByCampaign(materialsOf(site), lang)]));
  return site.items('campaigns').map((item) => ({ ...item, count: byLanguage.get(item.lang)!.get(item.slug)?.length ?? 0 }));
};

/**
 * The route files under src/pages/ that are not an entry page of a collection (those are the
 * registry's `route`), each with the URL paths it makes. An empty list says the route makes no
 * page that content should link to, and why.
 */
export const PAGE_ROUTES: Record<string, (site: RouteInput) => string[]> = {
  '[...lang]/index.astro': perLanguage(homeUrl),
  '[...lang]/rss.xml.ts': perLanguage(feedUrl),
  '[...lang]/tim-kiem/index.astro': perLanguage(searchUrl),
  '[...lang]/ho-tro/index.astro': perLanguage(hotlinesUrl),
  '[...lang]/ho-tro/dich-vu/index.astro': perLanguage(servicesUrl),
  '[...lang]/lich/index.astro': perLanguage(calendarUrl),
  '[...lang]/tai-lieu/index.astro': perLanguage(materialsIndexUrl),
  '[...lang]/chien-dich/index.astro': perLanguage(campaignsIndexUrl),
  '[...lang]/van-ban/index.astro': perLanguage(legalIndexUrl),
  '[...lang]/trac-nghiem/index.astro': perLanguage(quizzesIndexUrl),
  '[...lang]/tai-lieu/loai/[kind]/index.astro': (site) => kindCounts(site).map(({ lang, kind }) => materialsKindUrl(lang, kind)),
  '[...lang]/tai-lieu/loai/[kind]/[page].astro': (site) => kindCounts(site).flatMap(({ lang, kind, count }) => laterPages(count, (page) => materialsKindUrl(lang, kind, page))),
  '[...lang]/doi-tuong/index.astro': perLanguage(audiencesIndexUrl),
  '[...lang]/doi-tuong/[audience]/index.astro': (site) => audienceCounts(site).map(({ lang, audience }) => audienceUrl(lang, audience)),
  '[...lang]/doi-tuong/[audience]/[page].astro': (site) => audienceCounts(site).flatMap(({ lang, audience, count }) => laterPages(count, (page) => audienceUrl(lang, audience, page))),
  '[...lang]/tai-lieu/[slug]/phat-thanh.astro': (site) => withScript(site).map((item) => loudspeakerUrl(item.lang, item.slug)),
  '[...lang]/tai-lieu/[slug]/phat-thanh.txt.ts': (site) => withScript(site).map((item) => loudspeakerTextUrl(item.lang, item.slug)),
  '[...lang]/tai-lieu/[slug]/bo-hop-thon.astro': (site) => withKit(site).map((item) => meetingKitUrl(item.lang, item.slug)),
  '[...lang]/tai-lieu/[slug]/bo-hop-thon.txt.ts': (site) => withKit(site).map((item) => meetingKitTextUrl(item.lang, item.slug)),
  '[...lang]/tai-lieu/[slug]/mang-xa-hoi.astro': (site) => withKit(site).map((item) => socialPackUrl(item.lang, item.slug)),
  '[...lang]/tai-lieu/[slug]/de-doc.astro': (site) => easyReadPages(site.items('materials')).map(({ item }) => easyReadUrl(item.lang, item.slug)),
  '[...lang]/chien-dich/[slug]/rss.xml.ts': (site) => site.items('campaigns').map((item) => campaignFeedUrl(item.lang, item.slug)),
  '[...lang]/chien-dich/[slug]/tai-lieu/index.astro': (site) => site.items('campaigns').map((item) => campaignMaterialsUrl(item.lang, item.slug)),
  '[...lang]/chien-dich/[slug]/tai-lieu/[page].astro': (site) =>
    campaignCounts(site).flatMap((item) => laterPages(item.count, (page) => campaignMaterialsUrl(item.lang, item.slug, page))),
  'lich.ics.ts': () => [calendarIcsUrl()],
  'admin/index.astro': () => ['/admin/'],
  'bien-tap/ban-dich/index.astro': () => [translationStatusUrl()],
  'bien-tap/ban-dich.csv.ts': () => [translationStatusCsvUrl()],
  'bien-tap/bao-cao/index.astro': () => [reportIndexUrl()],
  // The periods of the editors' reports come from the built collections (src/site/report-data.ts).
  'bien-tap/bao-cao/[period].astro': () => [],
  'bien-tap/bao-cao/[period].csv.ts': () => [],
  // Print pages of a material's poster: content links to the material page itself.
  '[...lang]/ap-phich/[slug]/[size].astro': () => [],
  // The page for addresses that do not exist.
  '404.astro': () => [],
};

/** The route files the site's pages come from: the registry's entry pages and PAGE_ROUTES. */
export const ROUTE_FILES: readonly string[] = [...PAGE_COLLECTIONS.map((name) => collectionFacts(name).route!), ...Object.keys(PAGE_ROUTES)];

const ownEntries = (entries: readonly CheckedEntry[], collection: CollectionName) =>
  entries.filter((e) => e.file.collection === collection).map((e) => ({ id: `${e.file.lang}/${e.file.slug}`, data: e.data }));

/**
 * The checked entries as the public build of src/site/data.ts sees them on `today`: localized into
 * every enabled language, scheduled materials left out (src/site/schedule.ts).
 */
export function routeInput(entries: readonly CheckedEntry[], languages: readonly string[], today: Date = buildToday()): RouteInput {
  const cache = new Map<CollectionName, Item[]>();
  const items = (collection: CollectionName) => {
    if (!cache.has(collection)) {
      cache.set(collection, localize(publicEntries(ownEntries(entries, collection), today), languages));
    }
    return cache.get(collection)!;
  };
  return { languages, items };
}

/**
 * Every URL path the public build makes on `today` (decoded, e.g. `/tai-lieu/x/`, `/rss.xml`), in
 * every enabled language. A scheduled material's pages are not among them: see scheduledRoutes.
 */
export function siteRoutes(entries: readonly CheckedEntry[], languages: readonly string[], today: Date = buildToday()): Set<string> {
  const site = routeInput(entries, languages, today);
  const routes = new Set<string>();
  for (const name of PAGE_COLLECTIONS) {
    const url = collectionFacts(name).url!;
    for (const item of site.items(name satisfies PageCollection)) routes.add(decodeURI(url(item.lang, item.slug)));
  }
  for (const urls of Object.values(PAGE_ROUTES)) for (const url of urls(site)) routes.add(decodeURI(url));
  return routes;
}

/**
 * The pages of the materials scheduled after `today` (decoded path → the date they go public), in
 * every enabled language: a link from a public page to one of them is broken until that date, and
 * the content check says so with scheduledLinkMessage (src/site/schedule.ts).
 */
export function scheduledRoutes(entries: readonly CheckedEntry[], languages: readonly string[], today: Date = buildToday()): Map<string, Date> {
  const routes = new Map<string, Date>();
  const materials = ownEntries(entries, 'materials');
  const scheduled = scheduledSlugs(materials, today);
  for (const item of localize(materials, languages)) {
    const date = scheduled.get(item.slug);
    if (!date) continue;
    routes.set(decodeURI(materialUrl(item.lang, item.slug)), date);
    if (!item.isFallback && item.entry.data.loudspeaker !== undefined) {
      routes.set(decodeURI(loudspeakerUrl(item.lang, item.slug)), date);
      routes.set(decodeURI(loudspeakerTextUrl(item.lang, item.slug)), date);
    }
  }
  return routes;
}
