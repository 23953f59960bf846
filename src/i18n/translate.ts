/**
 * UI text: one flat file of dotted keys per language in src/i18n/, and one `t()`.
 * A key missing in a language falls back along that language's chain, ending in Vietnamese;
 * never in English. Pure: the dictionaries are passed in (src/i18n/index.ts loads them).
 *
 * A language file other than vi.json lists in `$reviewed` the keys a native speaker has reviewed;
 * the others are drafts. `t()` returns reviewed text only, so no surface shows a draft by
 * accident; `t.label()` returns a draft too, with the Vietnamese it must be shown beside.
 */
import { DEFAULT_LANGUAGE, fallbackChain, isLanguageTag } from './languages.ts';
import type vi from './vi.json';

/** A key of the reference dictionary, vi.json: `t()` accepts nothing else, so a typo is a type error. */
export type UiKey = keyof typeof vi;
export type Dictionary = Record<string, string>;
type Params = Record<string, string | number>;

/** The key of a language file that lists its reviewed keys. */
export const REVIEWED_KEY = '$reviewed';

/** A UI string as a control shows it: the text, its language, and the Vietnamese when the text is an unreviewed draft. */
export interface UiLabel {
  text: string;
  /** The language `text` is in: the reader's, a fallback's, or Vietnamese. */
  lang: string;
  /** Present when `text` is a translation no native speaker has reviewed: it is never shown alone. */
  vietnamese?: string;
}

export interface Translate<K extends string = UiKey> {
  /** The reviewed text of `key` along the reader's chain (Vietnamese at worst). */
  (key: K, params?: Params): string;
  /** The text a control shows, draft or reviewed, with the Vietnamese to show beside a draft. */
  label(key: K, params?: Params): UiLabel;
}

/** A language file split into its reviewed strings and its drafts. vi.json is reviewed as a whole. */
export function splitDictionary(lang: string, file: Record<string, unknown>): { reviewed: Dictionary; drafts: Dictionary } {
  const listed = new Set(lang === DEFAULT_LANGUAGE ? Object.keys(file) : ((file[REVIEWED_KEY] as string[] | undefined) ?? []));
  const reviewed: Dictionary = {};
  const drafts: Dictionary = {};
  for (const [key, value] of Object.entries(file)) {
    if (key === REVIEWED_KEY || typeof value !== 'string') continue;
    (listed.has(key) ? reviewed : drafts)[key] = value;
  }
  return { reviewed, drafts };
}

/** Checks a language file: known keys only, non-empty NFC strings. Returns problems in Vietnamese. */
export function validateDictionary(lang: string, dictionary: Record<string, unknown>, reference: Dictionary): string[] {
  const problems: string[] = [];
  if (!isLanguageTag(lang)) problems.push(`src/i18n/${lang}.json: ngôn ngữ "${lang}" chưa được khai báo.`);
  for (const [key, value] of Object.entries(dictionary)) {
    if (key === REVIEWED_KEY) {
      const listed = Array.isArray(value) ? (value as unknown[]) : [value];
      for (const item of listed) {
        if (typeof item !== 'string' || !Object.hasOwn(dictionary, item) || item === REVIEWED_KEY)
          problems.push(`src/i18n/${lang}.json: "${REVIEWED_KEY}" ghi khóa ${JSON.stringify(item)}, nhưng tệp không có chuỗi nào cho khóa đó.`);
      }
      continue;
    }
    if (!Object.hasOwn(reference, key)) problems.push(`src/i18n/${lang}.json: khóa "${key}" không có trong vi.json.`);
    else if (typeof value !== 'string' || value.trim() === '')
      problems.push(`src/i18n/${lang}.json: khóa "${key}" phải là chuỗi không rỗng.`);
    else if (value !== value.normalize('NFC')) problems.push(`src/i18n/${lang}.json: khóa "${key}" chưa ở dạng NFC.`);
    else if (placeholders(value) !== placeholders(reference[key]!))
      problems.push(
        `src/i18n/${lang}.json: khóa "${key}" phải giữ nguyên các chỗ trống ${placeholders(reference[key]!) || '(không có)'} của bản tiếng Việt, đang có ${placeholders(value) || '(không có)'}.`,
      );
  }
  return problems;
}

/** The `{name}` placeholders of a template, sorted and joined: equal for a faithful translation. */
export const placeholders = (template: string) => [...new Set(template.match(/\{\w+\}/g) ?? [])].sort().join(' ');

/** Keys of the reference (Vietnamese) file that a language does not translate. */
export function missingKeys(dictionary: Dictionary, reference: Dictionary): string[] {
  return Object.keys(reference).filter((key) => !Object.hasOwn(dictionary, key));
}

const fill = (template: string, params?: Params) =>
  params ? template.replace(/\{(\w+)\}/g, (match, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : match)) : template;

/**
 * Builds `t()` for a language from the reviewed strings of each language and, for `t.label()`,
 * their drafts. Along the chain the first language holding the key wins, reviewed or draft.
 */
export function createTranslate<K extends string = string>(
  lang: string,
  dictionaries: Readonly<Record<string, Dictionary>>,
  drafts: Readonly<Record<string, Dictionary>> = {},
): Translate<K> {
  const chain = fallbackChain(lang);
  const reference = dictionaries[DEFAULT_LANGUAGE] ?? {};
  const missing = (key: string) => new Error(`Thiếu chuỗi giao diện "${key}" trong src/i18n/${DEFAULT_LANGUAGE}.json.`);
  const t = (key: K, params?: Params) => {
    const tag = chain.find((tag) => Object.hasOwn(dictionaries[tag] ?? {}, key));
    if (tag === undefined) throw missing(key);
    return fill(dictionaries[tag]![key]!, params);
  };
  t.label = (key: K, params?: Params): UiLabel => {
    for (const tag of chain) {
      if (Object.hasOwn(dictionaries[tag] ?? {}, key)) return { text: fill(dictionaries[tag]![key]!, params), lang: tag };
      if (tag !== DEFAULT_LANGUAGE && Object.hasOwn(drafts[tag] ?? {}, key) && Object.hasOwn(reference, key))
        return { text: fill(drafts[tag]![key]!, params), lang: tag, vietnamese: fill(reference[key]!, params) };
    }
    throw missing(key);
  };
  return t;
}
