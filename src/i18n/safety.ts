/**
 * The safety strings: what a reader in danger must understand on any page, in any language. They
 * come first in every dictionary, and an enabled language whose chain (before Vietnamese) lacks
 * one of them is a defect that a unit test and `npm run check:content` report.
 */
import { DEFAULT_LANGUAGE, fallbackChain } from './languages.ts';
import type { Dictionary, UiKey } from './translate.ts';

/** Quick exit, the safety page link, "Gọi", the hotline facts, and the fallback and unreviewed notices. */
export const SAFETY_KEYS = [
  'exit.button',
  'exit.help',
  'footer.safety',
  'hotlines.stripLabel',
  'hotlines.call',
  'hotlines.free',
  'hotlines.paid',
  'hotlines.stateRun',
  'hotlines.notStateRun',
  'hotlines.caveat.paid',
  'hotlines.caveat.notStateRun',
  'hotlines.emergency',
  'nav.support',
  'lang.fallbackNotice',
  'translation.unreviewed',
] as const satisfies readonly UiKey[];

/**
 * The safety keys that neither `lang` nor any language of its chain before Vietnamese has, as a
 * draft or reviewed: shown to that language's readers in Vietnamese alone.
 */
export function missingSafetyStrings(lang: string, ...dictionaries: Readonly<Record<string, Dictionary>>[]): UiKey[] {
  if (lang === DEFAULT_LANGUAGE) return [];
  const chain = fallbackChain(lang).filter((tag) => tag !== DEFAULT_LANGUAGE);
  return SAFETY_KEYS.filter((key) => !chain.some((tag) => dictionaries.some((set) => Object.hasOwn(set[tag] ?? {}, key))));
}

export interface DictionaryStatus {
  lang: string;
  /** Strings of this language a native speaker has reviewed, drafts, and keys it lacks (shown in its chain's language or Vietnamese). */
  reviewed: number;
  drafts: number;
  missing: number;
  /** The same for the safety strings alone. */
  safety: { reviewed: number; drafts: number; missing: number };
}

/** How far each language's own UI dictionary is, for the translation-status page. Vietnamese is the reference and left out. */
export function dictionaryStatus(
  languages: readonly string[],
  dictionaries: Readonly<Record<string, Dictionary>>,
  drafts: Readonly<Record<string, Dictionary>>,
): DictionaryStatus[] {
  const keys = Object.keys(dictionaries[DEFAULT_LANGUAGE] ?? {});
  const count = (lang: string, subset: readonly string[]) => {
    const reviewed = subset.filter((key) => Object.hasOwn(dictionaries[lang] ?? {}, key)).length;
    const drafted = subset.filter((key) => !Object.hasOwn(dictionaries[lang] ?? {}, key) && Object.hasOwn(drafts[lang] ?? {}, key)).length;
    return { reviewed, drafts: drafted, missing: subset.length - reviewed - drafted };
  };
  return languages.filter((lang) => lang !== DEFAULT_LANGUAGE).map((lang) => ({ lang, ...count(lang, keys), safety: count(lang, SAFETY_KEYS) }));
}
