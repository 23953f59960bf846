/**
 * The one list of languages the site knows. Site settings choose which are enabled;
 * nothing else may list languages. See src/i18n/LANGUAGES.md for how to add one.
 */
import { SCRIPTS, type Script, type WritingSystem } from './scripts.ts';

export interface Language {
  /** BCP-47 tag, used in URLs, `lang` attributes and content folders. */
  tag: string;
  /** Name written in the language itself. */
  endonym: string;
  /** Name in Vietnamese. */
  nameVi: string;
  /** Writing system (ISO 15924), a key of SCRIPTS in scripts.ts: it decides fonts, search splitting and `dir`. */
  script: Script;
  /** Languages to try, in order, when a page has no version in this one. Ends in `vi` implicitly. */
  fallback: readonly string[];
}

export const DEFAULT_LANGUAGE = 'vi';

export const LANGUAGES: readonly Language[] = [
  { tag: 'vi', endonym: 'Tiếng Việt', nameVi: 'Tiếng Việt', script: 'Latn', fallback: [] },
  { tag: 'tyz', endonym: 'Tày', nameVi: 'Tiếng Tày', script: 'Latn', fallback: [] },
  { tag: 'nut', endonym: 'Nùng', nameVi: 'Tiếng Nùng', script: 'Latn', fallback: ['tyz'] },
  { tag: 'hmn-Latn-VN', endonym: 'Hmoob', nameVi: "Tiếng H'Mông", script: 'Latn', fallback: [] },
  { tag: 'jra', endonym: 'Jrai', nameVi: 'Tiếng Jrai', script: 'Latn', fallback: [] },
  { tag: 'bdq', endonym: 'Bahnar', nameVi: 'Tiếng Ba Na', script: 'Latn', fallback: [] },
  { tag: 'km', endonym: 'ភាសាខ្មែរ', nameVi: 'Tiếng Khmer', script: 'Khmr', fallback: [] },
] as const;

const BY_TAG = new Map(LANGUAGES.map((language) => [language.tag, language]));

/** Every known tag, default language first. */
export const LANGUAGE_TAGS: readonly string[] = LANGUAGES.map((language) => language.tag);

/** Looks a language up by tag; throws a Vietnamese message for an unknown tag. */
export function getLanguage(tag: string): Language {
  const language = BY_TAG.get(tag);
  if (!language) {
    throw new Error(`Ngôn ngữ "${tag}" chưa được khai báo trong src/i18n/languages.ts. Các mã hợp lệ: ${LANGUAGE_TAGS.join(', ')}.`);
  }
  return language;
}

export function isLanguageTag(tag: string): boolean {
  return BY_TAG.has(tag);
}

/**
 * The order in which versions are tried for a reader of `tag`: the language itself, its
 * fallbacks (recursively), then Vietnamese. Cycles in the configuration are rejected.
 */
export function fallbackChain(tag: string, languages: readonly Language[] = LANGUAGES): string[] {
  const byTag = new Map(languages.map((language) => [language.tag, language]));
  const chain: string[] = [];
  const visit = (current: string, path: string[]) => {
    if (path.includes(current)) {
      throw new Error(`Chuỗi ngôn ngữ dự phòng bị lặp vòng: ${[...path, current].join(' → ')}. Hãy sửa "fallback" trong src/i18n/languages.ts.`);
    }
    const language = byTag.get(current);
    if (!language) throw new Error(`Ngôn ngữ dự phòng "${current}" chưa được khai báo (trong chuỗi ${path.join(' → ')}).`);
    if (!chain.includes(current)) chain.push(current);
    for (const next of language.fallback) visit(next, [...path, current]);
  };
  visit(tag, []);
  if (!chain.includes(DEFAULT_LANGUAGE)) chain.push(DEFAULT_LANGUAGE);
  return chain;
}

/** The script of a language: its fonts, search splitting and text direction. */
export const scriptOf = (tag: string): WritingSystem => SCRIPTS[getLanguage(tag).script];

/** URL prefix of a language: none for Vietnamese, `/<tag>` otherwise. */
export function languagePrefix(tag: string): string {
  return tag === DEFAULT_LANGUAGE ? '' : `/${tag}`;
}
