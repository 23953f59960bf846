/**
 * Easy-read versions (bản dễ đọc): which version a reader of each language gets, and how long its
 * sentences are. A material has an easy-read version where a language version's own entry has
 * `easyRead` (src/schemas/material.ts); a reader whose language has none gets the first one along
 * the language's fallback chain, as for every other page. Sentences and words are found with
 * Intl.Segmenter for the text's language, so Khmer (written without spaces) counts real words.
 * Pure: the content check (src/collections/easy-read-warnings.ts), the route list and the pages
 * all use it.
 */
import { fallbackChain } from '../i18n/languages.ts';
import { countWords } from './loudspeaker.ts';

/** The part of a localized material this module reads. */
export interface EasyReadItem {
  lang: string;
  slug: string;
  contentLang: string;
  entry: { data: { easyRead?: readonly unknown[] | undefined } };
}

export interface EasyReadPage<M extends EasyReadItem> {
  /** The material as the reader's language shows it (the page's address and chrome). */
  item: M;
  /** The real language version whose easy-read text the page shows. */
  version: M;
  /** Enabled languages whose own version has an easy-read text, for the language links. */
  translations: string[];
  /** Enabled languages that have this easy-read page (their own text or a fallback), for the language links. */
  languages: string[];
}

/**
 * One easy-read page per material and enabled language that can show one: the reader's own
 * version if it has an easy-read text, otherwise the first version along the fallback chain that
 * has one. A material with no easy-read text in any language has no page.
 */
export function easyReadPages<M extends EasyReadItem>(materials: readonly M[], chain: (lang: string) => readonly string[] = fallbackChain): EasyReadPage<M>[] {
  const withText = new Map<string, M>();
  for (const item of materials) {
    if (item.contentLang === item.lang && (item.entry.data.easyRead?.length ?? 0) > 0) withText.set(`${item.lang} ${item.slug}`, item);
  }
  const translations = new Map<string, string[]>();
  for (const item of withText.values()) translations.set(item.slug, [...(translations.get(item.slug) ?? []), item.lang]);
  const pages = materials.flatMap((item) => {
    const lang = chain(item.lang).find((tag) => withText.has(`${tag} ${item.slug}`));
    return lang === undefined ? [] : [{ item, version: withText.get(`${lang} ${item.slug}`)!, translations: translations.get(item.slug)!, languages: [] as string[] }];
  });
  const languages = new Map<string, string[]>();
  for (const page of pages) languages.set(page.item.slug, [...(languages.get(page.item.slug) ?? []), page.item.lang]);
  for (const page of pages) page.languages = languages.get(page.item.slug)!;
  return pages;
}

/** The sentences of a text, as Intl.Segmenter finds them for `lang` (line breaks also end one), trimmed. */
export function sentencesOf(text: string, lang = 'vi'): string[] {
  return [...segmenter(lang, 'sentence').segment(text.normalize('NFC'))].map((s) => s.segment.trim()).filter((s) => countWords(s, lang) > 0);
}

export interface LongSentence {
  /** The sentence's first words, followed by "…" when it goes on. */
  start: string;
  /** Its length in words (Vietnamese: syllables, as written). */
  words: number;
}

/** The sentences of `text` with more than `maxWords` words, in order. */
export function longSentences(text: string, maxWords: number, lang = 'vi'): LongSentence[] {
  return sentencesOf(text, lang).flatMap((sentence) => {
    const words = countWords(sentence, lang);
    return words > maxWords ? [{ start: sentenceStart(sentence, lang), words }] : [];
  });
}

/** The first `count` words of a sentence (with what lies between them), then "…" if it goes on. */
export function sentenceStart(sentence: string, lang = 'vi', count = 8): string {
  let out = '';
  let words = 0;
  for (const segment of segmenter(lang, 'word').segment(sentence)) {
    if (segment.isWordLike) {
      if (words === count) return `${out.trimEnd()}…`;
      words++;
    }
    out += segment.segment;
  }
  return out.trim();
}

/** A segmenter for the language; a tag ICU does not know segments with the root rules. */
function segmenter(lang: string, granularity: 'sentence' | 'word'): Intl.Segmenter {
  try {
    return new Intl.Segmenter(lang, { granularity });
  } catch {
    return new Intl.Segmenter(undefined, { granularity });
  }
}
