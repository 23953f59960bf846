/**
 * The language menu names every language in its own script, on every page. On a page in another
 * script, a name such as "ភាសាខ្មែរ" would need the whole font of its script (Noto Sans Khmer,
 * 32 KB) for one word, so each script other than the base script gets a menu face of its own,
 * subset to the menu's names in that script. `node src/build/cli/build-switcher-fonts.ts` makes it
 * from the shipped face in public/fonts/ (commit the result); src/styles/global.css declares it with
 * a unicode-range, so a browser downloads it only for a page that shows one of those names.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import subsetFont from 'subset-font';
import { LANGUAGES, type Language } from '../i18n/languages.ts';
import { BASE_SCRIPT, SCRIPTS, type Script } from '../i18n/scripts.ts';
import { fontFace, type FontFamily } from './fonts.ts';

export interface SwitcherFace {
  /** CSS family name, declared by an @font-face rule in src/styles/global.css. */
  family: string;
  /** The script whose language names it draws. */
  script: Script;
  /** The shipped family it is cut from: the first font of the script (scripts.ts). */
  sourceFamily: FontFamily;
  /** File under public/fonts/ it is cut from (weight 400: the menu shows other languages unbolded). */
  source: string;
  /** Output file under public/fonts/. */
  file: string;
  /** The languages whose names it draws, by tag. */
  tags: string[];
  /** Every character it must draw: the names of those languages, each character once. */
  text: string;
}

const NO_GLYPH = /\s/u;

/** One menu face per script, other than the base script, that a language's name is written in. */
export function switcherFaces(languages: readonly Language[] = LANGUAGES): SwitcherFace[] {
  const byScript = new Map<Script, Language[]>();
  for (const language of languages) {
    if (language.script === BASE_SCRIPT) continue;
    byScript.set(language.script, [...(byScript.get(language.script) ?? []), language]);
  }
  return [...byScript].map(([script, members]) => {
    const sourceFamily = SCRIPTS[script].fonts[0];
    const source = fontFace(sourceFamily, 400).file;
    const chars = new Set([...members.map((language) => language.endonym.normalize('NFC')).join('')].filter((char) => !NO_GLYPH.test(char)));
    return {
      family: `${sourceFamily} Endonyms`,
      script,
      sourceFamily,
      source,
      file: source.replace(/-400\.woff2$/, '-endonyms-400.woff2'),
      tags: members.map((language) => language.tag),
      text: [...chars].sort().join(''),
    };
  });
}

// Without hinting (hb-subset --no-hinting): the hinting programs were 3 of the 5 KB, for one word that
// phones draw unhinted anyway.
const SUBSET_OPTIONS = { targetFormat: 'woff2' as const, noHinting: true };

/** The WOFF2 of a menu face, cut from its source in public/fonts/ to its text. */
export function cutSwitcherFace(face: SwitcherFace, cwd: string = process.cwd()): Promise<Buffer> {
  return subsetFont(readFileSync(join(cwd, 'public/fonts', face.source)), face.text, SUBSET_OPTIONS);
}

/**
 * What the menu faces in public/fonts/ miss: for each language name in a non-base script, the
 * characters its face has no glyph for, or the missing file. Empty when every name is drawn.
 * Messages are for editors and developers, in Vietnamese.
 */
export function switcherCoverageReport(cwd: string = process.cwd(), languages: readonly Language[] = LANGUAGES): string[] {
  const problems: string[] = [];
  for (const face of switcherFaces(languages)) {
    let font: fontkit.Font;
    try {
      font = fontkit.create(readFileSync(join(cwd, 'public/fonts', face.file))) as fontkit.Font;
    } catch {
      problems.push(`Thiếu phông public/fonts/${face.file} cho tên ngôn ngữ trong menu (${face.tags.join(', ')}): hãy chạy node src/build/cli/build-switcher-fonts.ts.`);
      continue;
    }
    for (const language of languages.filter((l) => face.tags.includes(l.tag))) {
      const missing = [...new Set(language.endonym.normalize('NFC'))].filter((char) => !NO_GLYPH.test(char) && !font.hasGlyphForCodePoint(char.codePointAt(0)!));
      if (missing.length > 0) {
        const list = missing.map((char) => `"${char}" (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ');
        problems.push(
          `Tên ngôn ngữ "${language.endonym}" (${language.tag}, src/i18n/languages.ts) có ${list} không có trong phông public/fonts/${face.file}: hãy chạy node src/build/cli/build-switcher-fonts.ts.`,
        );
      }
    }
  }
  return problems;
}
