/** The UI dictionaries, one JSON file per language tag, and `t()` for a language. */
import { createTranslate, type Dictionary, type Translate } from './translate.ts';

const files = import.meta.glob<Dictionary>('./*.json', { eager: true, import: 'default' });

export const dictionaries: Record<string, Dictionary> = Object.fromEntries(
  Object.entries(files).map(([path, dictionary]) => [path.replace(/^\.\/(.*)\.json$/, '$1'), dictionary]),
);

const cache = new Map<string, Translate>();

/** `t()` for a language, built once. */
export function useTranslations(lang: string): Translate {
  if (!cache.has(lang)) cache.set(lang, createTranslate(lang, dictionaries));
  return cache.get(lang)!;
}

/** Languages whose UI strings exist: pages made only of UI text are real translations in these. */
export function uiLanguages(enabled: readonly string[]): string[] {
  return enabled.filter((lang) => lang in dictionaries);
}
