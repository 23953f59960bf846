declare module 'fontverter' {
  /** Converts a font between sfnt (TrueType/OpenType), woff and woff2. */
  export function convert(font: Buffer, toFormat: 'truetype' | 'sfnt' | 'woff' | 'woff2', fromFormat?: string): Promise<Buffer>;
  const fontverter: { convert: typeof convert };
  export default fontverter;
}
