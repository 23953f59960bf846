/**
 * UI text: one flat file of dotted keys per language in src/i18n/, and one `t()`.
 * A key missing in a language falls back along that language's chain, ending in Vietnamese;
 * never in English. Pure: the dictionaries are passed in (src/i18n/index.ts loads them).
 */
import { DEFAULT_LANGUAGE, fallbackChain, isLanguageTag } from './languages.ts';
import type vi from './vi.json';

/** A key of the reference dictionary, vi.json: `t()` accepts nothing else, so a typo is a type error. */
export type UiKey = keyof typeof vi;
export type Dictionary = Record<string, string>;
export type Translate<K extends string = UiKey> = (key: K, params?: Record<string, string | number>) => string;

/** Checks a language file: known keys only, non-empty NFC strings. Returns problems in Vietnamese. */
export function validateDictionary(lang: string, dictionary: Record<string, unknown>, reference: Dictionary): string[] {
  const problems: string[] = [];
  if (!isLanguageTag(lang)) problems.push(`src/i18n/${lang}.json: ngôn ngữ "${lang}" chưa được khai báo.`);
  for (const [key, value] of Object.entries(dictionary)) {
    if (!Object.hasOwn(reference, key)) problems.push(`src/i18n/${lang}.json: khóa "${key}" không có trong vi.json.`);
    else if (typeof value !== 'string' || value.trim() === '')
      problems.push(`src/i18n/${lang}.json: khóa "${key}" phải là chuỗi không rỗng.`);
    else if (value !== value.normalize('NFC')) problems.push(`src/i18n/${lang}.json: khóa "${key}" chưa ở dạng NFC.`);
  }
  return problems;
}

/** Keys of the reference (Vietnamese) file that a language does not translate. */
export function missingKeys(dictionary: Dictionary, reference: Dictionary): string[] {
  return Object.keys(reference).filter((key) => !Object.hasOwn(dictionary, key));
}

/** Builds `t()` for a language from the dictionaries available. */
export function createTranslate<K extends string = string>(lang: string, dictionaries: Readonly<Record<string, Dictionary>>): Translate<K> {
  const chain = fallbackChain(lang).map((tag) => dictionaries[tag] ?? {});
  return (key, params) => {
    const template = chain
      .map((dictionary) => (Object.hasOwn(dictionary, key) ? dictionary[key] : undefined))
      .find((value) => value !== undefined);
    if (template === undefined) throw new Error(`Thiếu chuỗi giao diện "${key}" trong src/i18n/${DEFAULT_LANGUAGE}.json.`);
    return params
      ? template.replace(/\{(\w+)\}/g, (match, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : match))
      : template;
  };
}
