/**
 * The self-hosted fonts: which source font each subset comes from and which code points it keeps.
 * Subsets are made once by `npm run fonts` (from Debian's fonts-noto-core) and committed in
 * public/fonts/; the build checks that they cover every character used in content/.
 */

/** The families the site ships; the script table (src/i18n/scripts.ts) says which script uses which. */
export const FONT_FAMILIES = ['Noto Sans', 'Noto Sans Khmer'] as const;
export type FontFamily = (typeof FONT_FAMILIES)[number];

export interface FontFace {
  family: FontFamily;
  weight: 400 | 700;
  /** Source file of Debian's fonts-noto-core. */
  source: string;
  /** Output file under public/fonts/. */
  file: string;
  /** Unicode ranges kept, as [first, last] code points. */
  ranges: [number, number][];
}

const NOTO = '/usr/share/fonts/truetype/noto';

/** Latin for Vietnamese and the Latin-script minority languages, with every combining mark. */
export const LATIN_RANGES: [number, number][] = [
  [0x0020, 0x007e], // Basic Latin
  [0x00a0, 0x00ff], // Latin-1
  [0x0100, 0x024f], // Latin Extended-A and -B: Đ đ Ơ ơ Ư ư ƀ č ñ ĕ ŏ ŭ…
  [0x0300, 0x036f], // Combining marks, incl. U+0306 for Ê̆ Ô̆ Ơ̆ Ư̆ (no precomposed form)
  [0x1e00, 0x1eff], // Latin Extended Additional: Vietnamese tone-marked vowels
  [0x2010, 0x2027], // dashes, quotes, bullet, ellipsis
  [0x2030, 0x203a], // per mille, guillemets
  [0x20ab, 0x20ab], // ₫
  [0x2116, 0x2116], // №
];

/** Khmer and Khmer Symbols, with the joiners Khmer text uses. */
export const KHMER_RANGES: [number, number][] = [
  [0x1780, 0x17ff],
  [0x19e0, 0x19ff],
  [0x200b, 0x200d],
  [0x25cc, 0x25cc],
];

export const FONT_FACES: FontFace[] = [
  { family: 'Noto Sans', weight: 400, source: `${NOTO}/NotoSans-Regular.ttf`, file: 'noto-sans-400.woff2', ranges: LATIN_RANGES },
  { family: 'Noto Sans', weight: 700, source: `${NOTO}/NotoSans-Bold.ttf`, file: 'noto-sans-700.woff2', ranges: LATIN_RANGES },
  { family: 'Noto Sans Khmer', weight: 400, source: `${NOTO}/NotoSansKhmer-Regular.ttf`, file: 'noto-sans-khmer-400.woff2', ranges: KHMER_RANGES },
  { family: 'Noto Sans Khmer', weight: 700, source: `${NOTO}/NotoSansKhmer-Bold.ttf`, file: 'noto-sans-khmer-700.woff2', ranges: KHMER_RANGES },
];

/** The face of a family in a weight. */
export function fontFace(family: FontFamily, weight: FontFace['weight']): FontFace {
  const face = FONT_FACES.find((f) => f.family === family && f.weight === weight);
  if (!face) throw new Error(`Không có phông "${family}" đậm ${weight} trong src/fonts/fonts.ts.`);
  return face;
}

/** Every code point of the ranges. */
export function codePoints(ranges: readonly [number, number][]): number[] {
  return ranges.flatMap(([first, last]) => Array.from({ length: last - first + 1 }, (_, i) => first + i));
}

/** The CSS unicode-range descriptor of a face, so a browser downloads a font only when needed. */
export function unicodeRange(ranges: readonly [number, number][]): string {
  const hex = (n: number) => n.toString(16).toUpperCase();
  return ranges.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`)).join(', ');
}
