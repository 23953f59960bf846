/**
 * Addresses and their language prefix, with no other dependency, so that browser scripts can use
 * them (src/search/fallback.ts) without the schemas routes.ts imports. routes.ts re-exports them.
 */
import { DEFAULT_LANGUAGE, isLanguageTag, languagePrefix } from '../i18n/languages.ts';

/** `/tyz/tai-lieu/x/` → `['tai-lieu', 'x']`: the segments after an optional language prefix. */
export function routeSegments(urlPath: string): string[] {
  const segments = urlPath.split('/').filter(Boolean).map(decodeURIComponent);
  return segments.length > 0 && segments[0] !== DEFAULT_LANGUAGE && isLanguageTag(segments[0]!) ? segments.slice(1) : segments;
}

/** The address made of `segments` (after the language prefix) in `lang`: the same page in another language. */
export const localizedPath = (lang: string, segments: readonly string[]): string =>
  `${languagePrefix(lang)}/${segments.map(encodeURIComponent).join('/')}${segments.length ? '/' : ''}`;

/** The language of an address: its prefix, or the default language. */
export function languageOfPath(urlPath: string): string {
  const first = decodeURIComponent(urlPath.split('/').filter(Boolean)[0] ?? '');
  return first !== DEFAULT_LANGUAGE && isLanguageTag(first) ? first : DEFAULT_LANGUAGE;
}
