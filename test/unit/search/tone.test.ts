import { describe, expect, it } from 'vitest';
import { makeExcerpt, readerText } from '../../../src/search/excerpt.ts';
import { newTonePlacement, withToneVariants, withoutToneVariants } from '../../../src/search/tone.ts';

describe('tone placement', () => {
  it('moves the tone of open "oa", "oe", "uy" to the first vowel, in any case', () => {
    expect(newTonePlacement('hoà thuỷ khoẻ oà xoá hoạ tuỳ')).toBe('hòa thủy khỏe òa xóa họa tùy');
    expect(newTonePlacement('HOÀ Thuỷ Uỷ ban')).toBe('HÒA Thủy Ủy ban');
  });
  it('leaves the new placement, closed syllables and "qu" + "y" alone', () => {
    for (const word of ['hòa', 'thủy', 'hoàn', 'toàn', 'khuyến', 'quý', 'quỷ', 'khuya', 'đoàn']) expect(newTonePlacement(word)).toBe(word);
  });
  it('gives the same key for NFD input', () => {
    expect(newTonePlacement('thuỷ'.normalize('NFD'))).toBe('thủy');
  });
  it('follows an old-placement word with its new spelling for the index, and can undo it', () => {
    const text = 'Giúp hoà giải; Uỷ ban xã, thuỷ lợi';
    expect(withToneVariants(text)).toBe('Giúp hoà hòa giải; Uỷ Ủy ban xã, thuỷ thủy lợi');
    expect(withoutToneVariants(withToneVariants(text))).toBe(text);
  });
  it('does not remove a word that only repeats the one before', () => {
    expect(withoutToneVariants('hòa hòa')).toBe('hòa hòa');
  });
});

describe('excerpts of an old-placement page', () => {
  it('shows the text as written and marks the word for either placement of the query', () => {
    const indexed = withToneVariants('Nhờ trưởng thôn giúp hoà giải trong gia đình.');
    expect(readerText(indexed)).toBe('Nhờ trưởng thôn giúp hoà giải trong gia đình.');
    for (const query of ['hòa giải', 'hoà giải', 'hoa giai']) {
      expect(makeExcerpt(indexed, query).filter((part) => part.mark).map((part) => part.text)).toEqual(['hoà giải']);
    }
  });
});
