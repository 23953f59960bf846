/**
 * Every page in every enabled language: which version a reader of a language gets, following
 * the language's fallback chain, and which languages have a real version of the page.
 */
import { DEFAULT_LANGUAGE, fallbackChain } from './languages.ts';
import { splitEntryId } from '../collections/root.ts';

export interface EntryLike {
  id: string;
  data: { draft?: boolean };
}

export interface Localized<E extends EntryLike> {
  /** Language-neutral key shared by all versions: the file name. */
  slug: string;
  /** The reader's language: the URL prefix and `<html lang>`. */
  lang: string;
  /** The version served. */
  entry: E;
  /** The language the served text is really in (differs from `lang` on a fallback page). */
  contentLang: string;
  /** True when `contentLang !== lang`. */
  isFallback: boolean;
  /** Enabled languages that have a real, published version of this page, default first. */
  translations: string[];
  /** The Vietnamese source version. */
  source: E;
}

/**
 * Resolves each published slug for each enabled language. A slug is published when its
 * Vietnamese version exists and is not a draft; a translation marked draft is skipped, so its
 * readers get the next language in the chain.
 */
export function localize<E extends EntryLike>(entries: readonly E[], enabled: readonly string[]): Localized<E>[] {
  const bySlug = new Map<string, Map<string, E>>();
  for (const entry of entries) {
    const { lang, slug } = splitEntryId(entry.id);
    if (entry.data.draft) continue;
    if (!bySlug.has(slug)) bySlug.set(slug, new Map());
    bySlug.get(slug)!.set(lang, entry);
  }
  const result: Localized<E>[] = [];
  for (const [slug, versions] of [...bySlug].sort(([a], [b]) => a.localeCompare(b))) {
    const source = versions.get(DEFAULT_LANGUAGE);
    if (!source) continue;
    const translations = enabled.filter((tag) => versions.has(tag));
    for (const lang of enabled) {
      const contentLang = fallbackChain(lang).find((tag) => versions.has(tag) && enabled.includes(tag)) ?? DEFAULT_LANGUAGE;
      result.push({ slug, lang, entry: versions.get(contentLang)!, contentLang, isFallback: contentLang !== lang, translations, source });
    }
  }
  return result;
}
