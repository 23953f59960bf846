/**
 * `node src/build/cli/build-switcher-fonts.ts`: cuts the language menu's faces (src/fonts/switcher.ts)
 * from the shipped fonts in public/fonts/, each down to the menu's language names in its script.
 * Run it after `npm run fonts` and whenever a language name in a script other than Latin changes
 * (test/unit/fonts/switcher.test.ts fails until then), and rewrites src/styles/fonts.css; commit the result.
 */
import { writeFileSync } from 'node:fs';
import { fontsCss, FONTS_CSS_PATH } from '../../fonts/css.ts';
import { cutSwitcherFace, switcherFaces } from '../../fonts/switcher.ts';

for (const face of switcherFaces()) {
  const subset = await cutSwitcherFace(face);
  writeFileSync(`public/fonts/${face.file}`, subset);
  console.log(`public/fonts/${face.file}: ${subset.length} bytes, ${[...face.text].length} characters (${face.tags.join(', ')})`);
}
// Their @font-face rules and the menu's :lang() rules follow the languages too.
writeFileSync(FONTS_CSS_PATH, fontsCss());
console.log(FONTS_CSS_PATH);
