/**
 * Folding for search: how a reader who types without marks ("binh dang gioi") still finds
 * "bình đẳng giới". Pure; used at build time (extra index words) and in the browser (excerpts).
 *
 * Pagefind 1.6 already folds combining marks (tones, circumflex, breve, horn, caron, tilde), but
 * not letters that have no decomposition: Vietnamese đ/Đ and Jrai/Bahnar ƀ/Ƀ. In the copy of a
 * page that Pagefind indexes, each such word is followed by its folded spelling ("đẳng dang");
 * the search page removes those pairs again before showing a title or an excerpt.
 */

/** Letters with no Unicode decomposition, which Pagefind therefore does not fold. */
const UNDECOMPOSABLE: Readonly<Record<string, string>> = { đ: 'd', Đ: 'D', ƀ: 'b', Ƀ: 'B' };
const UNDECOMPOSABLE_RE = /[đĐƀɃ]/u;
/** Combining diacritical marks (tones, circumflex, breve, horn, caron, tilde); not Khmer vowel signs. */
const COMBINING_MARKS_RE = /[\u0300-\u036f]/gu;
/** Latin words: letters, combining marks and digits. Khmer and other scripts are left alone. */
const LATIN_WORD_RE = /[\p{Script=Latin}\p{M}\d]+/gu;

/**
 * Removes every mark and maps đ→d, ƀ→b: "Bình đẳng giới" → "Binh dang gioi",
 * "Ê̆" → "E", "č ñ ĕ ŏ ŭ" → "c n e o u". Case is kept; the result is NFC.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS_RE, '')
    .replace(/[đĐƀɃ]/gu, (letter) => UNDECOMPOSABLE[letter]!)
    .normalize('NFC');
}

/** `fold` plus lower case: the key two spellings share when they should match. */
export const foldKey = (word: string): string => fold(word).toLocaleLowerCase('vi');

/** "Bình đẳng giới" → "Bình đẳng dang giới": each đ/ƀ word followed by its folded spelling. */
export function withFoldedVariants(text: string): string {
  return text.normalize('NFC').replace(LATIN_WORD_RE, (word) => (UNDECOMPOSABLE_RE.test(word) ? `${word} ${foldKey(word)}` : word));
}

/** Undoes `withFoldedVariants` in text Pagefind gives back (titles, content). */
export function withoutFoldedVariants(text: string): string {
  return text.replace(/(?<![\p{L}\p{M}\d])([\p{L}\p{M}\d]*[đĐƀɃ][\p{L}\p{M}\d]*) ([\p{L}\d]+)(?![\p{L}\p{M}\d])/gu, (pair, word: string, next: string) =>
    next === foldKey(word) ? word : pair,
  );
}
