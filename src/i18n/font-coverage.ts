/**
 * Which characters of a text no shipped font covers. Whitespace and control characters need no
 * glyph; everything else, combining marks included, must be in one of the fonts.
 */

/** Characters that never need a glyph of their own. */
const NO_GLYPH = /[\s\u0000-\u001f\u007f\u00ad\u200b-\u200d\u2060\ufeff]/u;

export interface UncoveredChar {
  char: string;
  codePoint: string;
  /** Where it was found, e.g. content/materials/jra/x.mdx. */
  files: string[];
}

/** `covered(codePoint)` says whether any shipped font has a glyph for it. */
export function uncoveredCharacters(texts: ReadonlyMap<string, string>, covered: (codePoint: number) => boolean): UncoveredChar[] {
  const found = new Map<number, Set<string>>();
  for (const [file, text] of texts) {
    for (const char of text.normalize('NFC')) {
      if (NO_GLYPH.test(char)) continue;
      const codePoint = char.codePointAt(0)!;
      if (covered(codePoint)) continue;
      if (!found.has(codePoint)) found.set(codePoint, new Set());
      found.get(codePoint)!.add(file);
    }
  }
  return [...found]
    .sort(([a], [b]) => a - b)
    .map(([codePoint, files]) => ({
      char: String.fromCodePoint(codePoint),
      codePoint: `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`,
      files: [...files].sort(),
    }));
}
