/** The script table: every language names a script it has, and every script's fonts are shipped. */
import { describe, expect, it } from 'vitest';
import { FONT_FACES, FONT_FAMILIES } from '../../../src/fonts/fonts.ts';
import { LANGUAGES, scriptOf } from '../../../src/i18n/languages.ts';
import { characterClass, FONT_STACK, SCRIPTS, type WritingSystem } from '../../../src/i18n/scripts.ts';
import { khmerSearches, segmentKhmer } from '../../../src/search/khmer.ts';

const scripts = Object.entries(SCRIPTS) as [string, WritingSystem][];

describe('the script table', () => {
  it('has an entry for the script of every language', () => {
    for (const language of LANGUAGES) expect(Object.keys(SCRIPTS), language.tag).toContain(language.script);
  });
  it('keys each script by its ISO 15924 code', () => {
    for (const [key, script] of scripts) expect(script.code).toBe(key);
  });
  it('names only shipped font families, each in a regular and a bold face', () => {
    for (const [, script] of scripts) {
      expect(script.fonts.length).toBeGreaterThan(0);
      for (const family of script.fonts) {
        expect(
          FONT_FACES.filter((face) => face.family === family)
            .map((face) => face.weight)
            .sort(),
        ).toEqual([400, 700]);
      }
    }
  });
  it('uses every shipped family in some script', () => {
    expect([...FONT_FAMILIES].sort()).toEqual([...new Set(scripts.flatMap(([, script]) => script.fonts))].sort());
  });
  it('gives Khmer its own font first, then the Latin one for Latin text in it', () => {
    expect(scriptOf('km').fonts).toEqual(['Noto Sans Khmer', 'Noto Sans']);
    expect(scriptOf('vi').fonts).toEqual(['Noto Sans']);
    expect(scriptOf('jra').fonts).toEqual(['Noto Sans']);
  });
  it('searches Khmer by clusters and Latin by words', () => {
    expect(scriptOf('km').clusters).toEqual({ segment: segmentKhmer, searches: khmerSearches });
    expect(scriptOf('vi').clusters).toBeUndefined();
  });
  it('sets every current language left to right', () => {
    for (const language of LANGUAGES) expect(scriptOf(language.tag).dir, language.tag).toBe('ltr');
  });
  it('stacks every family once, base script first', () => {
    expect(FONT_STACK).toEqual(['Noto Sans', 'Noto Sans Khmer']);
  });
  it('makes a character class that matches the script and nothing else', () => {
    const khmer = new RegExp(characterClass(SCRIPTS.Khmr.ranges), 'u');
    expect(khmer.test('ខ')).toBe(true);
    expect(khmer.test('\u19e0')).toBe(true);
    expect(khmer.test('đ')).toBe(false);
    const latin = new RegExp(`^${characterClass(SCRIPTS.Latn.ranges)}+$`, 'u');
    expect(latin.test('Bình đẳng ƀ ư\u0306'.replace(/ /g, ''))).toBe(true);
    expect(latin.test('ខ')).toBe(false);
  });
});
