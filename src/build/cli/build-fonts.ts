/**
 * `npm run fonts`: makes the WOFF2 subsets in public/fonts/ from Debian's Noto fonts
 * (apt-get install fonts-noto-core), and src/styles/fonts.css. Run it when src/fonts/fonts.ts changes;
 * commit the result.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import subsetFont from 'subset-font';
import { fontsCss, FONTS_CSS_PATH } from '../../fonts/css.ts';
import { FONT_FACES, codePoints } from '../../fonts/fonts.ts';

for (const face of FONT_FACES) {
  if (!existsSync(face.source)) {
    console.error(`Missing ${face.source}. Install it with: apt-get install fonts-noto-core`);
    process.exit(1);
  }
  const text = String.fromCodePoint(...codePoints(face.ranges));
  const subset = await subsetFont(readFileSync(face.source), text, { targetFormat: 'woff2' });
  writeFileSync(`public/fonts/${face.file}`, subset);
  console.log(`public/fonts/${face.file}: ${subset.length} bytes`);
}

// The @font-face and :lang() rules, generated from the same lists so that ranges never drift.
writeFileSync(FONTS_CSS_PATH, fontsCss());
console.log(FONTS_CSS_PATH);
