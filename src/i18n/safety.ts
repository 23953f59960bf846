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
