/**
 * The writing systems the site can show, and what each needs, so that a language only names its
 * script (languages.ts) and everything else follows from here: the fonts of pages, share cards and
 * posters, how search splits words, and the text direction. See LANGUAGES.md for adding a script.
 */
import type { FontFamily } from '../fonts/fonts.ts';
import { khmerSearches, segmentKhmer } from '../search/khmer.ts';

export interface WritingSystem {
  /** ISO 15924 code. */
  code: string;
  /** Font families, in CSS order; each is a family of src/fonts/fonts.ts. */
  fonts: readonly FontFamily[];
  /** The script's letters, as [first, last] code points: what marks a run of text as written in it. */
  ranges: readonly (readonly [number, number])[];
  /** Text direction of the `<html>` element. */
  dir: 'ltr' | 'rtl';
  /**
   * For a script written without spaces between words: how the search index splits its runs into
   * clusters (`segment`), and the searches to try for a query in it (`searches`). Absent: words are
   * split on spaces.
   */
  clusters?: { segment: (text: string) => string; searches: (query: string) => string[] };
}

/** Every script a language of languages.ts may name; the first is the site's base script. */
export const SCRIPTS = {
  Latn: {
    code: 'Latn',
    fonts: ['Noto Sans'],
    ranges: [
      [0x0041, 0x005a],
      [0x0061, 0x007a],
      [0x00c0, 0x024f],
      [0x0300, 0x036f],
      [0x1e00, 0x1eff],
    ],
    dir: 'ltr',
  },
  Khmr: {
    code: 'Khmr',
    fonts: ['Noto Sans Khmer', 'Noto Sans'],
    ranges: [
      [0x1780, 0x17ff],
      [0x19e0, 0x19ff],
    ],
    dir: 'ltr',
    clusters: { segment: segmentKhmer, searches: khmerSearches },
  },
} as const satisfies Record<string, WritingSystem>;

export type Script = keyof typeof SCRIPTS;

/** The site's base script: its text takes the family of `:root`, and it needs no language-menu face. */
export const BASE_SCRIPT = Object.keys(SCRIPTS)[0] as Script;

/** Every family of every script, base script first, each once: the font stack of text in any language. */
export const FONT_STACK: readonly FontFamily[] = [...new Set(Object.values(SCRIPTS).flatMap((script: WritingSystem) => script.fonts))];

/** A regular-expression character class of the ranges, e.g. `[\u1780-\u17ff]`. */
export function characterClass(ranges: WritingSystem['ranges']): string {
  const hex = (n: number) => `\\u{${n.toString(16)}}`;
  return `[${ranges.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join('')}]`;
}
