/**
 * Everything the pages need, loaded and computed once per build: settings, the localized
 * collections, the hotline registry and today's date. Pages only pick from here.
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { DEFAULT_LANGUAGE } from '../i18n/languages.ts';
import { buildToday } from '../calendar/dates.ts';
import { legalNumberKey } from '../legal/number.ts';
import { localize, type Localized } from '../i18n/localize.ts';
import { sourceVersion, translationState, type StatusRow, type TranslationState } from '../collections/translation-status.ts';
import { COLLECTIONS, splitEntryId, type CollectionName } from '../collections/root.ts';
import { PAGE_COLLECTIONS, REGISTRY_NAMES, type PageCollection } from '../collections/registry.ts';
import { KIND_PAGE_SIZE, materialsByAudience, materialsByCampaign, newestMaterials, paginateList, type ListPage } from './lists.ts';
import { KIND_SLUGS, langParam } from './routes.ts';
import { MATERIAL_KINDS, type MaterialKind } from '../schemas/material.ts';
import type { Audience } from '../schemas/audience.ts';
import { loadSettings } from '../collections/settings.ts';
import { citationIndex, type CitationIndex } from '../legal/citations.ts';
import { uiLanguages } from '../i18n/index.ts';
import { entryIndex, type RouteEntry } from './route-data.ts';
import { publicEntries, scheduledSlugs } from './schedule.ts';
import type { Settings } from '../schemas/settings.ts';

/** A localized entry and, when it is a translation, how current it is. */
export type WithStatus<E extends { id: string; data: { draft?: boolean } }> = Localized<E> & {
  /** Set when the text served is a translation (not the Vietnamese original). */
  translationState?: TranslationState;
  /** Version of the Vietnamese source file now. */
  sourceVersion: string;
};
export type Campaign = WithStatus<CollectionEntry<'campaigns'>>;
export type Material = WithStatus<CollectionEntry<'materials'>> & {
  /** Set on the dev server only: the date the material is scheduled for (the public build leaves it out). */
  scheduledFor?: Date;
};
export type LegalDocument = WithStatus<CollectionEntry<'legal'>>;
export type StaticPage = WithStatus<CollectionEntry<'pages'>>;
export type Quiz = WithStatus<CollectionEntry<'quizzes'>>;
export type Hotline = CollectionEntry<'hotlines'>['data'] & { id: string };
/** A calendar entry (Vietnamese only) with its slug. */
export type CalendarEvent = CollectionEntry<'events'>['data'] & { slug: string };
/** A support service (Vietnamese only) with its slug; a confidential one carries no address (src/schemas/service.ts drops it). */
export type SupportService = CollectionEntry<'services'>['data'] & { slug: string };
/** A plan indicator the agency reports on (Vietnamese only), with its slug. */
export type PlanIndicator = CollectionEntry<'indicators'>['data'] & { slug: string };

export interface SiteData {
  settings: Settings;
  languages: readonly string[];
  /** The build's today (src/calendar/dates.ts `buildToday`); materials dated after it are left out (src/site/schedule.ts). */
  today: Date;
  campaigns: Campaign[];
  materials: Material[];
  legal: LegalDocument[];
  pages: StaticPage[];
  quizzes: Quiz[];
  hotlines: Map<string, Hotline>;
  /** Published calendar entries: yearly observances and agency events. */
  events: CalendarEvent[];
  /** The support-services directory. */
  services: SupportService[];
  /** Plan indicators with their assessment, for the reports. */
  indicators: PlanIndicator[];
  /** Every page × enabled language other than Vietnamese, for the translation-status report. */
  translationReport: StatusRow[];
  /** Legal documents by normalised number, in every reader language. */
  legalByNumber: (lang: string, number: string) => LegalDocument | undefined;
  /** The materials citing each legal document, found once per build. */
  citingMaterials: CitationIndex<Material>;
}

let loading: Promise<SiteData> | undefined;

export function getSiteData(): Promise<SiteData> {
  loading ??= load();
  return loading;
}

/**
 * The dev server shows scheduled materials to editors, marked with the date (the material page
 * shows a note); every other build (the public one, tests) leaves them out.
 */
const PREVIEW_SCHEDULED = import.meta.env.MODE === 'development';

async function load(): Promise<SiteData> {
  const settings = loadSettings();
  const languages = settings.languages;
  const today = buildToday();
  const { campaigns, materials: allMaterials, legal, pages, hotlines: hotlineEntries, quizzes, events: eventEntries, services: serviceEntries, indicators: indicatorEntries } = await loadCollections();
  const events = eventEntries
    .map((entry) => ({ ...entry.data, ...splitEntryId(entry.id) }))
    .filter((entry) => entry.lang === DEFAULT_LANGUAGE && !entry.draft)
    .map(({ lang: _lang, ...entry }) => entry);
  const services = serviceEntries.flatMap((entry) => {
    const { lang, slug } = splitEntryId(entry.id);
    return lang === DEFAULT_LANGUAGE ? [publicService(entry.data, slug)] : [];
  });
  const indicators = indicatorEntries.flatMap((entry) => {
    const { lang, slug } = splitEntryId(entry.id);
    return lang === DEFAULT_LANGUAGE ? [{ ...entry.data, slug }] : [];
  });
  const hotlines = new Map<string, Hotline>();
  for (const entry of hotlineEntries) {
    const { lang, slug } = splitEntryId(entry.id);
    if (lang === DEFAULT_LANGUAGE) hotlines.set(slug, { ...entry.data, id: slug });
  }
  const localizedLegal = withStatus(localize(legal, languages));
  const localizedCampaigns = withStatus(localize(campaigns, languages));
  const scheduled = scheduledSlugs(allMaterials, today);
  const materials = PREVIEW_SCHEDULED ? allMaterials : publicEntries(allMaterials, today);
  const localizedMaterials: Material[] = withStatus(localize(materials, languages)).map((item) =>
    scheduled.has(item.slug) ? { ...item, scheduledFor: scheduled.get(item.slug)! } : item,
  );
  const localizedPages = withStatus(localize(pages, languages));
  const localizedQuizzes = withStatus(localize(quizzes, languages));
  const localized: { [N in PageCollection]: WithStatus<CollectionEntry<N>>[] } = {
    campaigns: localizedCampaigns,
    materials: localizedMaterials,
    legal: localizedLegal,
    pages: localizedPages,
    quizzes: localizedQuizzes,
  };
  const legalIndex = new Map(localizedLegal.map((doc) => [`${doc.lang} ${legalNumberKey(doc.entry.data.number)}`, doc]));
  return {
    settings,
    languages,
    today,
    campaigns: localizedCampaigns,
    materials: localizedMaterials,
    legal: localizedLegal,
    pages: localizedPages,
    quizzes: localizedQuizzes,
    translationReport: REPORT_COLLECTIONS.flatMap((name) => statusRows<AnyEntry>(name, localized[name])),
    hotlines,
    events,
    services,
    indicators,
    legalByNumber: (lang, number) => legalIndex.get(`${lang} ${legalNumberKey(number)}`),
    citingMaterials: citationIndex(localizedMaterials),
  };
}

/** What pages may see of a service: never a confidential address, even if a schema change let one through. */
function publicService(data: CollectionEntry<'services'>['data'], slug: string): SupportService {
  if (data.location === 'public') return { ...data, slug };
  const drop = ({ address: _address, ...rest }: typeof data & { address?: string }) => rest;
  return { ...drop(data), slug };
}

type Entries = { [N in CollectionName]: CollectionEntry<N>[] };

/** Every collection of the registry, loaded at once. */
async function loadCollections(): Promise<Entries> {
  const loaded = await Promise.all(REGISTRY_NAMES.map(async (name) => [name, await getCollection(name)] as const));
  return Object.fromEntries(loaded) as Entries;
}

/** The collections with pages, in the translation report's order (that of the content folders, root.ts). */
const REPORT_COLLECTIONS = (Object.keys(COLLECTIONS) as CollectionName[]).filter((name): name is PageCollection => (PAGE_COLLECTIONS as readonly string[]).includes(name));

type AnyEntry = { id: string; filePath?: string | undefined; data: { draft?: boolean; title?: string; number?: string; translation?: { sourceVersion: string; reviewed: boolean } | undefined } };

const versionCache = new Map<string, string>();
function fileVersion(filePath: string | undefined): string {
  if (!filePath) return '';
  if (!versionCache.has(filePath)) versionCache.set(filePath, sourceVersion(readFileSync(filePath, 'utf8')));
  return versionCache.get(filePath)!;
}

/** Adds the source version and, for translations, their state. */
function withStatus<E extends AnyEntry>(items: Localized<E>[]): WithStatus<E>[] {
  return items.map((item) => {
    const version = fileVersion(item.source.filePath);
    const isTranslation = item.contentLang !== DEFAULT_LANGUAGE;
    return { ...item, sourceVersion: version, ...(isTranslation ? { translationState: translationState(version, item.entry.data.translation) } : {}) };
  });
}

/** One row per page and language other than Vietnamese. */
function statusRows<E extends AnyEntry>(collection: string, items: WithStatus<E>[]): StatusRow[] {
  return items
    .filter((item) => item.lang !== DEFAULT_LANGUAGE)
    .map((item) => ({
      collection,
      slug: item.slug,
      title: item.source.data.title ?? item.source.data.number ?? item.slug,
      lang: item.lang,
      state: item.contentLang === item.lang ? translationState(item.sourceVersion, item.entry.data.translation) : 'missing',
      sourceVersion: item.sourceVersion,
    }));
}

/** getStaticPaths for a page that exists once per enabled language. */
export async function languagePaths() {
  const { languages } = await getSiteData();
  return languages.map((lang) => ({ params: { lang: langParam(lang) } }));
}

/** getStaticPaths for one page per localized entry. */
export function entryPaths<T extends { lang: string; slug: string }>(items: readonly T[]) {
  return items.map((item) => ({ params: { lang: langParam(item.lang), slug: item.slug }, props: { item } }));
}

export interface CampaignListProps {
  item: Campaign;
  list: ListPage<Material>;
}

/** getStaticPaths for a campaign's full list of materials: every campaign page's, paginated, page 1 even when empty. */
export async function campaignListPaths() {
  const { campaigns, materials } = await getSiteData();
  const byLanguage = new Map<string, Map<string, Material[]>>();
  return campaigns.flatMap((item) => {
    if (!byLanguage.has(item.lang)) byLanguage.set(item.lang, materialsByCampaign(materials, item.lang));
    return paginateList(byLanguage.get(item.lang)!.get(item.slug) ?? [], KIND_PAGE_SIZE).map((list) => ({
      params: { lang: langParam(item.lang), slug: item.slug, ...(list.page > 1 ? { page: String(list.page) } : {}) },
      props: { item, list } satisfies CampaignListProps,
    }));
  });
}

export interface KindListProps {
  kind: MaterialKind;
  list: ListPage<Material>;
}

/** getStaticPaths for the lists by kind: every kind in every language, paginated, page 1 even when empty. */
export async function kindListPaths() {
  const { languages, materials } = await getSiteData();
  return languages.flatMap((lang) => {
    const newest = newestMaterials(materials, lang, Infinity);
    return MATERIAL_KINDS.flatMap((kind) =>
      paginateList(
        newest.filter((m) => m.entry.data.kind === kind),
        KIND_PAGE_SIZE,
      ).map((list) => ({
        params: { lang: langParam(lang), kind: KIND_SLUGS[kind], ...(list.page > 1 ? { page: String(list.page) } : {}) },
        props: { kind, list } satisfies KindListProps,
      })),
    );
  });
}

export interface AudienceListProps {
  audience: Audience;
  list: ListPage<Material>;
}

/** getStaticPaths for the lists by audience: every audience in every language, paginated, page 1 even when empty. */
export async function audienceListPaths() {
  const { languages, materials } = await getSiteData();
  return languages.flatMap((lang) =>
    [...materialsByAudience(materials, lang)].flatMap(([audience, items]) =>
      paginateList(items, KIND_PAGE_SIZE).map((list) => ({
        params: { lang: langParam(lang), audience, ...(list.page > 1 ? { page: String(list.page) } : {}) },
        props: { audience, list } satisfies AudienceListProps,
      })),
    ),
  );
}

/** What the middleware needs to compute each page's route data (src/site/route-data.ts), built once. */
export interface RouteIndex {
  enabled: readonly string[];
  uiTranslations: readonly string[];
  entries: ReadonlyMap<string, RouteEntry>;
}

let routeIndex: Promise<RouteIndex> | undefined;

export function getRouteIndex(): Promise<RouteIndex> {
  routeIndex ??= getSiteData().then((site) => ({
    enabled: site.languages,
    uiTranslations: uiLanguages(site.languages),
    entries: entryIndex(site),
  }));
  return routeIndex;
}
