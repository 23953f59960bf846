/**
 * The one loader of UI text, for pages, build integrations, CLI scripts and print files alike, so a
 * new dictionary reaches every one of them: the dictionaries are the files src/i18n/<tag>.json.
 * Where Vite runs the code (pages, components, the CMS bundle, tests) `import.meta.glob` bundles
 * them; where plain Node does (integrations loaded by astro.config.mjs, CLI scripts) there is no
 * `import.meta.glob`, and the same files are read from this folder. `t()` falls back along the
 * language's chain (translate.ts).
 */
import { DEFAULT_LANGUAGE } from './languages.ts';
import { createTranslate, type Dictionary, type Translate, type UiKey } from './translate.ts';

const DICTIONARY_FILE = /^(?:.*\/)?([^/]+)\.json$/;

function bundled(): Record<string, Dictionary> | undefined {
  try {
    return import.meta.glob<Dictionary>('./*.json', { eager: true, import: 'default' });
  } catch {
    return undefined; // plain Node: import.meta.glob is not a function
  }
}

function fromFolder(): Record<string, Dictionary> {
  const fs = process.getBuiltinModule('node:fs');
  const folder = new URL('./', import.meta.url);
  return Object.fromEntries(
    fs
      .readdirSync(folder)
      .filter((name) => name.endsWith('.json'))
      .map((name) => [name, JSON.parse(fs.readFileSync(new URL(name, folder), 'utf8')) as Dictionary]),
  );
}

/** Every UI dictionary by language tag. */
export const dictionaries: Readonly<Record<string, Dictionary>> = Object.fromEntries(
  Object.entries(bundled() ?? fromFolder()).map(([file, dictionary]) => [DICTIONARY_FILE.exec(file)![1]!, dictionary]),
);

const cache = new Map<string, Translate>();

/** `t()` for a language, built once. */
export function useTranslations(lang: string): Translate {
  if (!cache.has(lang)) cache.set(lang, createTranslate<UiKey>(lang, dictionaries));
  return cache.get(lang)!;
}

/** Languages whose UI strings exist: pages made only of UI text are real translations in these. */
export function uiLanguages(enabled: readonly string[]): string[] {
  return enabled.filter((lang) => lang in dictionaries);
}

/**
 * The Vietnamese names of a set of values, read from vi.json: the CMS's option labels and the
 * editors' messages use the same words readers see through `t()`.
 */
export function vietnameseLabels<const V extends string>(values: readonly V[], key: (value: V) => UiKey): Record<V, string> {
  const t = useTranslations(DEFAULT_LANGUAGE);
  return Object.fromEntries(values.map((value) => [value, t(key(value))])) as Record<V, string>;
}
