/**
 * Everything the pages need, loaded and computed once per build: settings, the localized
 * collections, the hotline registry and today's date. Pages only pick from here.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildToday } from './lib/dates.ts';
import { legalNumberKey } from './lib/legal-number.ts';
import { localize, type Localized } from './lib/localize.ts';
import { splitEntryId } from './lib/content-root.ts';
import { langParam } from './lib/routes.ts';
import { loadSettings } from './lib/settings.ts';
import type { Settings } from './schemas/settings.ts';

export type Campaign = Localized<CollectionEntry<'campaigns'>>;
export type Material = Localized<CollectionEntry<'materials'>>;
export type LegalDocument = Localized<CollectionEntry<'legal'>>;
export type StaticPage = Localized<CollectionEntry<'pages'>>;
export type Hotline = CollectionEntry<'hotlines'>['data'] & { id: string };

export interface SiteData {
  settings: Settings;
  languages: readonly string[];
  today: Date;
  campaigns: Campaign[];
  materials: Material[];
  legal: LegalDocument[];
  pages: StaticPage[];
  hotlines: Map<string, Hotline>;
  /** Legal documents by normalised number, in every reader language. */
  legalByNumber: (lang: string, number: string) => LegalDocument | undefined;
}

let loading: Promise<SiteData> | undefined;

export function getSiteData(): Promise<SiteData> {
  loading ??= load();
  return loading;
}

async function load(): Promise<SiteData> {
  const settings = loadSettings();
  const languages = settings.languages;
  const [campaigns, materials, legal, pages, hotlineEntries] = await Promise.all([
    getCollection('campaigns'),
    getCollection('materials'),
    getCollection('legal'),
    getCollection('pages'),
    getCollection('hotlines'),
  ]);
  const hotlines = new Map<string, Hotline>();
  for (const entry of hotlineEntries) {
    const { lang, slug } = splitEntryId(entry.id);
    if (lang === 'vi') hotlines.set(slug, { ...entry.data, id: slug });
  }
  const localizedLegal = localize(legal, languages);
  const legalIndex = new Map(localizedLegal.map((doc) => [`${doc.lang} ${legalNumberKey(doc.entry.data.number)}`, doc]));
  return {
    settings,
    languages,
    today: buildToday(),
    campaigns: localize(campaigns, languages),
    materials: localize(materials, languages),
    legal: localizedLegal,
    pages: localize(pages, languages),
    hotlines,
    legalByNumber: (lang, number) => legalIndex.get(`${lang} ${legalNumberKey(number)}`),
  };
}

/** getStaticPaths for a page that exists once per enabled language. */
export async function languagePaths() {
  const { languages } = await getSiteData();
  return languages.map((lang) => ({ params: { lang: langParam(lang) }, props: { lang } }));
}

/** getStaticPaths for one page per localized entry. */
export function entryPaths<T extends { lang: string; slug: string }>(items: readonly T[]) {
  return items.map((item) => ({ params: { lang: langParam(item.lang), slug: item.slug }, props: { item } }));
}
