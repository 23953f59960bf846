/**
 * `node src/build/cli/build-switcher-fonts.ts`: cuts the language menu's faces (src/fonts/switcher.ts)
 * from the shipped fonts in public/fonts/, each down to the menu's language names in its script.
 * Run it after `npm run fonts` and whenever a language name in a script other than Latin changes
 * (test/unit/fonts/switcher.test.ts fails until then); commit the result.
 */
import { writeFileSync } from 'node:fs';
import { cutSwitcherFace, switcherFaces } from '../../fonts/switcher.ts';

for (const face of switcherFaces()) {
  const subset = await cutSwitcherFace(face);
  writeFileSync(`public/fonts/${face.file}`, subset);
  console.log(`public/fonts/${face.file}: ${subset.length} bytes, ${[...face.text].length} characters (${face.tags.join(', ')})`);
}
