declare module 'subset-font' {
  /** Subsets a font to the characters of `text` (harfbuzz), keeping layout features. */
  export default function subsetFont(font: Buffer, text: string, options?: { targetFormat?: 'woff2' | 'woff' | 'truetype' | 'sfnt'; /** Drop hinting instructions (smaller; phones ignore most hinting). */ noHinting?: boolean }): Promise<Buffer>;
}
