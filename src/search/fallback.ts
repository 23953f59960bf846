/**
 * Search over fallback pages without indexing the same text once per language. A page that a
 * language has no version of is shown there in the language its fallback chain reaches (Base.astro:
 * "/tyz/tai-lieu/x/" shows the Vietnamese text of "/tai-lieu/x/"). The build indexes only the page
 * whose text it is, with the reader's language among the values of its FALLBACK_FILTER
 * (src/build/integrations/search-index.ts); the reader's search page also searches the index of
 * each language of its chain, keeping the pages with its own language in that filter
 * (src/scripts/search-ui.ts), and links each result at the reader's own address. Pure.
 */
import { fallbackChain } from '../i18n/languages.ts';
import { languageOfPath, localizedPath, routeSegments } from '../site/paths.ts';

/** The Pagefind filter that names the languages whose fallback pages show a page's text. */
export const FALLBACK_FILTER = 'fallbackFor';

/** The address of the page whose text a fallback page at `urlPath` shows, in `contentLang`. */
export const fallbackSource = (urlPath: string, contentLang: string): string => localizedPath(contentLang, routeSegments(urlPath));

/** The languages whose indexes a search page in `lang` also searches, nearest first. */
export const fallbackIndexes = (lang: string): string[] => fallbackChain(lang).filter((tag) => tag !== lang);

/** A result's address as the reader of `lang` opens it: its own language's page, fallback or not. */
export const readerUrl = (url: string, lang: string): string =>
  languageOfPath(url) === lang ? url : localizedPath(lang, routeSegments(url));
