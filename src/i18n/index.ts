/**
 * The one loader of UI text, for pages, build integrations, CLI scripts and print files alike, so a
 * new dictionary reaches every one of them: the dictionaries are the files src/i18n/<tag>.json.
 * Where Vite runs the code (pages, components, the CMS bundle, tests) `import.meta.glob` bundles
 * them; where plain Node does (integrations loaded by astro.config.mjs, CLI scripts) there is no
 * `import.meta.glob`, and the same files are read from this folder. `t()` falls back along the
 * language's chain (translate.ts).
 */
import { DEFAULT_LANGUAGE, fallbackChain } from './languages.ts';
import { createTranslate, splitDictionary, type Dictionary, type Translate, type UiKey } from './translate.ts';

const DICTIONARY_FILE = /^(?:.*\/)?([^/]+)\.json$/;

function bundled(): Record<string, Record<string, unknown>> | undefined {
  try {
    return import.meta.glob<Record<string, unknown>>('./*.json', { eager: true, import: 'default' });
  } catch {
    return undefined; // plain Node: import.meta.glob is not a function
  }
}

function fromFolder(): Record<string, Record<string, unknown>> {
  const fs = process.getBuiltinModule('node:fs');
  const folder = new URL('./', import.meta.url);
  return Object.fromEntries(
    fs
      .readdirSync(folder)
      .filter((name) => name.endsWith('.json'))
      .map((name) => [name, JSON.parse(fs.readFileSync(new URL(name, folder), 'utf8')) as Record<string, unknown>]),
  );
}

const files: Readonly<Record<string, Record<string, unknown>>> = Object.fromEntries(
  Object.entries(bundled() ?? fromFolder()).map(([file, dictionary]) => [DICTIONARY_FILE.exec(file)![1]!, dictionary]),
);
const split = Object.fromEntries(Object.entries(files).map(([lang, file]) => [lang, splitDictionary(lang, file)]));

/** The reviewed UI strings of every language by tag: all of vi.json, and what `$reviewed` lists elsewhere. */
export const dictionaries: Readonly<Record<string, Dictionary>> = Object.fromEntries(Object.entries(split).map(([lang, { reviewed }]) => [lang, reviewed]));

/** The UI strings no native speaker has reviewed yet, by tag: shown only beside the Vietnamese. */
export const drafts: Readonly<Record<string, Dictionary>> = Object.fromEntries(Object.entries(split).map(([lang, { drafts }]) => [lang, drafts]));

const cache = new Map<string, Translate>();

/** `t()` for a language, built once. */
export function useTranslations(lang: string): Translate {
  if (!cache.has(lang)) cache.set(lang, createTranslate<UiKey>(lang, dictionaries, drafts));
  return cache.get(lang)!;
}

/**
 * Languages whose UI is translated and reviewed in full: pages made only of UI text are real
 * translations in these. A language with drafts or gaps shows such pages mostly in Vietnamese.
 */
export function uiLanguages(enabled: readonly string[]): string[] {
  const reference = Object.keys(dictionaries[DEFAULT_LANGUAGE] ?? {});
  return enabled.filter((lang) => {
    const chain = fallbackChain(lang).filter((tag) => tag !== DEFAULT_LANGUAGE);
    return lang === DEFAULT_LANGUAGE || reference.every((key) => chain.some((tag) => Object.hasOwn(dictionaries[tag] ?? {}, key)));
  });
}

/**
 * The Vietnamese names of a set of values, read from vi.json: the CMS's option labels and the
 * editors' messages use the same words readers see through `t()`.
 */
export function vietnameseLabels<const V extends string>(values: readonly V[], key: (value: V) => UiKey): Record<V, string> {
  const t = useTranslations(DEFAULT_LANGUAGE);
  return Object.fromEntries(values.map((value) => [value, t(key(value))])) as Record<V, string>;
}
