import { describe, expect, it } from 'vitest';
import { KHMER_RANGES, LATIN_RANGES, codePoints, unicodeRange } from '../../../src/fonts/fonts.ts';
import { uncoveredCharacters } from '../../../src/i18n/font-coverage.ts';
import { fontCoverageReport } from '../../../src/build/integrations/font-coverage.ts';
import { ROOT } from '../../helpers/astro.ts';

describe('font ranges', () => {
  it('keep every combining mark, the Vietnamese letters, Jrai letters and Khmer', () => {
    const latin = new Set(codePoints(LATIN_RANGES));
    for (const cp of [0x0300, 0x0306, 0x036f, 0x0111, 0x01a1, 0x01b0, 0x0180, 0x010d, 0x0115, 0x1ea0, 0x1ef9, 0x20ab]) expect(latin.has(cp), cp.toString(16)).toBe(true);
    expect(new Set(codePoints(KHMER_RANGES)).has('ខ'.codePointAt(0)!)).toBe(true);
    expect(unicodeRange([[0x20, 0x7e], [0x20ab, 0x20ab]])).toBe('U+20-7E, U+20AB');
  });
});

describe('uncoveredCharacters', () => {
  it('names each missing character once, with every file it is in, and ignores whitespace', () => {
    const texts = new Map([
      ['a.mdx', 'Bình ✓ ꪀ\n\t'],
      ['b.mdx', 'ꪀ'],
    ]);
    const covered = (cp: number) => cp < 0x2000;
    expect(uncoveredCharacters(texts, covered)).toEqual([
      { char: '✓', codePoint: 'U+2713', files: ['a.mdx'] },
      { char: 'ꪀ', codePoint: 'U+AA80', files: ['a.mdx', 'b.mdx'] },
    ]);
  });
});

describe('the shipped fonts', () => {
  it('cover every character of the sample content, the Jrai test text and the UI strings', () => {
    expect(fontCoverageReport(ROOT, 'content')).toEqual([]);
    expect(fontCoverageReport(ROOT, 'test/fixtures/minimal/content')).toEqual([]);
  });
});
