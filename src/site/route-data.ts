/**
 * What every page needs to know about itself, computed once per page by the middleware
 * (`src/middleware.ts`) and read from `Astro.locals` by the layout and components: the reader's
 * language and its `t()`, the collection entry the address shows (and whether it is a fallback
 * copy or a translation), and the links to the same page in the other languages. Pages and
 * components used to re-derive these from props passed down through every level.
 *
 * The lookup from address to entry is built once per build from the localized collections.
 */
import { DEFAULT_LANGUAGE } from '../i18n/languages.ts';
import { languageLinks, type LanguageLink } from '../i18n/alternates.ts';
import type { TranslationState } from '../collections/translation-status.ts';
import { useTranslations } from '../i18n/index.ts';
import { languageOfPath } from './paths.ts';
import { campaignUrl, legalUrl, localizedPath, materialUrl, pageUrl, quizUrl, routeSegments } from './routes.ts';

/** The part of a localized entry the page chrome reads. */
export interface RouteEntry {
  /** The language the served text is really in (differs from the reader's on a fallback page). */
  contentLang: string;
  isFallback: boolean;
  /** Set when the text served is a translation. */
  translationState?: TranslationState | undefined;
  /** Enabled languages with a real version of the page. */
  translations: readonly string[];
}

export interface RouteData {
  /** The reader's language: the URL prefix and `<html lang>`. */
  lang: string;
  /** The collection entry this address shows, if it is an entry's own page. */
  entry?: RouteEntry | undefined;
  /** This page in every enabled language ([] for pages that exist in Vietnamese only). */
  languageLinks: LanguageLink[];
}

/** Localized items of the collections that have a page per entry, keyed by their page's address. */
export function entryIndex(collections: {
  [name in 'materials' | 'campaigns' | 'legal' | 'pages' | 'quizzes']: readonly (RouteEntry & { lang: string; slug: string })[];
}): Map<string, RouteEntry> {
  const urls = { materials: materialUrl, campaigns: campaignUrl, legal: legalUrl, pages: pageUrl, quizzes: quizUrl };
  const index = new Map<string, RouteEntry>();
  for (const name of Object.keys(urls) as (keyof typeof urls)[]) {
    for (const item of collections[name]) index.set(urls[name](item.lang, item.slug), item);
  }
  return index;
}

/**
 * Route data of one address. `localized` is false for the pages outside `[...lang]` (the editors'
 * pages, 404), which exist in Vietnamese only. Other pages link to their own address in each
 * language; the languages with a real version are the entry's translations, or, for pages made
 * of UI text only, `uiTranslations`.
 */
export function routeData(
  urlPath: string,
  options: { localized: boolean; enabled: readonly string[]; uiTranslations: readonly string[]; entries: ReadonlyMap<string, RouteEntry> },
): RouteData {
  const lang = options.localized ? languageOfPath(urlPath) : DEFAULT_LANGUAGE;
  if (!options.localized) return { lang, languageLinks: [] };
  const rest = routeSegments(urlPath);
  const entry = options.entries.get(localizedPath(lang, rest));
  const translations = entry ? entry.translations : options.uiTranslations;
  return { lang, entry, languageLinks: languageLinks(options.enabled, translations, (l) => localizedPath(l, rest)) };
}

/** What the middleware puts in `Astro.locals`; render tests build the same for a language. */
export function routeLocals(route: RouteData): App.Locals {
  return { lang: route.lang, t: useTranslations(route.lang), route };
}
