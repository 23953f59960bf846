/** The language menu's own faces: every language name in a non-Latin script drawn by a small shipped subset. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../../src/i18n/languages.ts';
import { cutSwitcherFace, switcherCoverageReport, switcherFaces } from '../../../src/fonts/switcher.ts';
import { ROOT } from '../../helpers/astro.ts';

const fontFile = (file: string) => readFileSync(join(ROOT, 'public/fonts', file));
const load = (file: string) => fontkit.create(fontFile(file)) as fontkit.Font;
const nonLatin = LANGUAGES.filter((language) => language.script !== 'Latn');
// The generated font rules (src/fonts/css.ts), as shipped.
const css = readFileSync(join(ROOT, 'src/styles/fonts.css'), 'utf8');

/** The code points of a CSS unicode-range value, e.g. "U+1780-17FF, U+25CC". */
function inRange(range: string): (codePoint: number) => boolean {
  const spans = range.split(',').map((part) => {
    const [first = '', last = first] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(first, 16), parseInt(last, 16)] as const;
  });
  return (codePoint) => spans.some(([first, last]) => codePoint >= first && codePoint <= last);
}

describe('switcherFaces', () => {
  it('makes one face per non-Latin script, from the first font of that script, with every character of its names', () => {
    expect(nonLatin.length).toBeGreaterThan(0);
    const faces = switcherFaces();
    expect(faces.map((face) => face.script)).toEqual([...new Set(nonLatin.map((language) => language.script))]);
    const khmer = faces.find((face) => face.script === 'Khmr')!;
    expect(khmer).toMatchObject({ family: 'Noto Sans Khmer Endonyms', source: 'noto-sans-khmer-400.woff2', file: 'noto-sans-khmer-endonyms-400.woff2', tags: ['km'] });
    for (const char of 'ភាសាខ្មែរ') expect(khmer.text).toContain(char);
    expect(new Set(khmer.text).size).toBe([...khmer.text].length);
  });
  it('follows the language list: a new name in a script adds its characters; Latin names need no face', () => {
    const extra: Language = { tag: 'x-test', endonym: 'ឃ ង', nameVi: 'Thử', script: 'Khmr', fallback: [] };
    const faces = switcherFaces([...LANGUAGES, extra]);
    const khmer = faces.find((face) => face.script === 'Khmr')!;
    expect(khmer.tags).toEqual(['km', 'x-test']);
    expect(khmer.text).toContain('ឃ');
    expect(khmer.text).not.toContain(' ');
    expect(switcherFaces(LANGUAGES.filter((language) => language.script === 'Latn'))).toEqual([]);
  });
});

describe('the shipped menu faces', () => {
  it('have a glyph for every code point of every non-Latin language name', () => {
    expect(switcherCoverageReport(ROOT)).toEqual([]);
    for (const language of nonLatin) {
      const face = switcherFaces().find((f) => f.tags.includes(language.tag))!;
      const font = load(face.file);
      for (const char of language.endonym.normalize('NFC')) expect(font.hasGlyphForCodePoint(char.codePointAt(0)!), `${language.tag} ${char}`).toBe(true);
    }
  });
  it('report, in Vietnamese with the file, a name their face does not cover', () => {
    const extra: Language = { tag: 'x-test', endonym: 'ឃ', nameVi: 'Thử', script: 'Khmr', fallback: [] };
    const report = switcherCoverageReport(ROOT, [...LANGUAGES, extra]);
    expect(report).toHaveLength(1);
    expect(report[0]).toContain('"ឃ" (U+1783)');
    expect(report[0]).toContain('x-test');
    expect(report[0]).toContain('public/fonts/noto-sans-khmer-endonyms-400.woff2');
    expect(report[0]).toContain('build-switcher-fonts.ts');
  });
  it('shape every name exactly as the full font does (same glyphs drawn, same positions, no missing glyph)', () => {
    for (const face of switcherFaces()) {
      const subset = load(face.file);
      const full = load(face.source);
      for (const language of nonLatin.filter((l) => face.tags.includes(l.tag))) {
        const cut = subset.layout(language.endonym);
        const whole = full.layout(language.endonym);
        expect(cut.glyphs.length, language.tag).toBe(whole.glyphs.length);
        expect(cut.glyphs.every((glyph) => glyph.id !== 0), language.tag).toBe(true);
        expect(cut.positions).toEqual(whole.positions);
        expect(cut.glyphs.map((glyph) => glyph.path.toSVG())).toEqual(whole.glyphs.map((glyph) => glyph.path.toSVG()));
      }
    }
  });
  it('are small: at most 3 KB each, a tenth of the face they are cut from', () => {
    for (const face of switcherFaces()) {
      const size = fontFile(face.file).length;
      expect(size, face.file).toBeLessThanOrEqual(3000);
      expect(size * 10, face.file).toBeLessThanOrEqual(fontFile(face.source).length);
    }
  });
  it('are what build-switcher-fonts.ts makes from the shipped fonts today', async () => {
    for (const face of switcherFaces()) expect(Buffer.compare(await cutSwitcherFace(face, ROOT), fontFile(face.file)), face.file).toBe(0);
  });
});

describe('global.css', () => {
  it('declares each menu face with a unicode-range of its script, and gives it to the names on other languages’ pages', () => {
    for (const face of switcherFaces()) {
      const rule = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map((m) => m[1]!).find((body) => body.includes(`'${face.family}'`));
      expect(rule, face.family).toBeDefined();
      expect(rule).toContain(`url('/fonts/${face.file}') format('woff2')`);
      expect(rule).toMatch(/font-weight:\s*400;/);
      const range = /unicode-range:\s*([^;]+);/.exec(rule!)?.[1];
      expect(range, `${face.family} unicode-range`).toBeDefined();
      const covers = inRange(range!);
      for (const char of face.text) expect(covers(char.codePointAt(0)!), `${face.family} ${char}`).toBe(true);
      // Latin letters and digits must not fetch it.
      expect(covers(0x61) || covers(0x30)).toBe(false);
      for (const tag of face.tags) {
        const menuRule = new RegExp(`html:not\\(:lang\\(${tag}\\)\\) \\.languages :lang\\(${tag}\\) \\{ font-family: '${face.family}', `);
        expect(css, tag).toMatch(menuRule);
      }
    }
  });
});
