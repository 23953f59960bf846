/**
 * Tone placement for search. Vietnamese is written with two placements of the tone mark in the
 * open syllables "oa", "oe" and "uy": the old one on the second vowel ("hoà", "khoẻ", "thuỷ") and
 * the new one on the first ("hòa", "khỏe", "thủy"). NFC keeps them apart, so a reader typing one
 * would not get the exact-diacritic match of a page written with the other. Both are brought to
 * the new placement (the one the sample content uses) in the index and in the query; the text
 * shown to a reader stays as the author wrote it (see `withToneVariants`). Pure.
 */

/** Tone marks (grave, acute, tilde, hook above, dot below) in NFD. */
const TONE = '[\\u0300\\u0301\\u0303\\u0309\\u0323]';
/**
 * An open syllable ending "oa"/"oe"/"uy" with the tone on its last vowel, in NFD: no other mark on
 * either vowel, no vowel before them, no final consonant. "qu" + "y" is not "uy" ("quý" is the
 * same in both placements), so "uy" right after q is left alone.
 */
const OLD_PLACEMENT_RE = new RegExp(`(?<![\\p{L}\\p{M}])([^\\P{L}aăâeêioôơuưyAĂÂEÊIOÔƠUƯY]*)(?:([oO])([aAeE])|(?<![qQ])([uU])([yY]))(${TONE})(?![\\p{L}\\p{M}\\d])`, 'gu');
/** Latin words: letters, combining marks and digits. */
const LATIN_WORD_RE = /[\p{Script=Latin}\p{M}\d]+/gu;

/** "hoà" → "hòa", "Thuỷ" → "Thủy", "KHOẺ" → "KHỎE"; every other spelling is returned as it is. The result is NFC. */
export function newTonePlacement(text: string): string {
  return text
    .normalize('NFD')
    .replace(OLD_PLACEMENT_RE, (_m, onset: string, o?: string, ae?: string, u?: string, y?: string, tone = '') =>
      o !== undefined ? `${onset}${o}${tone}${ae}` : `${onset}${u}${tone}${y}`,
    )
    .normalize('NFC');
}

/** "Hoà giải" → "Hoà hòa giải": each word in the old placement followed by its new spelling, for the index. */
export function withToneVariants(text: string): string {
  return text.normalize('NFC').replace(LATIN_WORD_RE, (word) => {
    const placed = newTonePlacement(word);
    return placed === word ? word : `${word} ${placed}`;
  });
}

/** Undoes `withToneVariants` in text Pagefind gives back. */
export function withoutToneVariants(text: string): string {
  // Words at odd indexes, what separates them at even ones.
  const parts = text.split(/([\p{L}\p{M}\d]+)/u);
  const kept: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    kept.push(part);
    if (i % 2 === 1 && parts[i + 1] === ' ' && parts[i + 2] !== part && parts[i + 2] === newTonePlacement(part)) i += 2;
  }
  return kept.join('');
}
