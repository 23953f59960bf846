/** Links between the language versions of one page, for the switcher and hreflang. */
import { getLanguage } from './languages.ts';

export interface LanguageLink {
  lang: string;
  href: string;
  /** Name of the language written in itself. */
  endonym: string;
  /** Whether this language has a real version of the page (not a fallback). */
  isTranslation: boolean;
}

/** One link per enabled language; `translations` are the languages with a real version. */
export function languageLinks(enabled: readonly string[], translations: readonly string[], urlFor: (lang: string) => string): LanguageLink[] {
  return enabled.map((lang) => ({ lang, href: urlFor(lang), endonym: getLanguage(lang).endonym, isTranslation: translations.includes(lang) }));
}
