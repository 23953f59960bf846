import { describe, expect, it } from 'vitest';
import { easyReadPages, longSentences, sentenceStart, sentencesOf, type EasyReadItem } from '../../../src/site/easy-read.ts';

describe('sentences and words of easy-read text', () => {
  it('splits Vietnamese into sentences at full stops, question marks and line breaks', () => {
    expect(sentencesOf('Em có thể tự gọi 111. Em không cần xin phép ai!\nGọi thì nói gì? Nói chậm')).toEqual([
      'Em có thể tự gọi 111.',
      'Em không cần xin phép ai!',
      'Gọi thì nói gì?',
      'Nói chậm',
    ]);
  });
  it('counts each Vietnamese syllable as a word, and a number as one', () => {
    expect(longSentences('Gọi được từ mọi điện thoại, ở mọi nơi trong cả nước.', 11)).toEqual([
      { start: 'Gọi được từ mọi điện thoại, ở mọi…', words: 12 },
    ]);
    expect(longSentences('Gọi được từ mọi điện thoại, ở mọi nơi trong cả nước.', 12)).toEqual([]);
    expect(longSentences('Tổng đài nghe máy 24 giờ mỗi ngày.', 7)).toEqual([{ start: 'Tổng đài nghe máy 24 giờ mỗi ngày.', words: 8 }]);
  });
  it('splits Khmer at ។ and counts its words although they are written without spaces', () => {
    const text = 'ខ្ញុំស្រឡាញ់ប្រទេសកម្ពុជា។ កុមារអាចហៅលេខ១១១ដោយខ្លួនឯង។';
    const sentences = sentencesOf(text, 'km');
    expect(sentences).toHaveLength(2);
    expect(sentences[0]).toBe('ខ្ញុំស្រឡាញ់ប្រទេសកម្ពុជា។');
    // ខ្ញុំ ស្រឡាញ់ ប្រទេស កម្ពុជា: several words, not one run of letters.
    const [first] = longSentences(sentences[0]!, 1, 'km');
    expect(first!.words).toBeGreaterThanOrEqual(3);
    expect(longSentences(text, 20, 'km')).toEqual([]);
  });
  it('quotes the first words of a long sentence, in Khmer by words too', () => {
    expect(sentenceStart('Một hai ba bốn năm sáu bảy tám chín mười.', 'vi', 3)).toBe('Một hai ba…');
    expect(sentenceStart('Một hai.', 'vi', 3)).toBe('Một hai.');
    const khmer = sentenceStart('ខ្ញុំស្រឡាញ់ប្រទេសកម្ពុជា។', 'km', 2);
    expect(khmer.endsWith('…')).toBe(true);
    expect('ខ្ញុំស្រឡាញ់ប្រទេសកម្ពុជា។'.startsWith(khmer.slice(0, -1))).toBe(true);
  });
});

const item = (lang: string, slug: string, contentLang: string, easyRead?: string[]): EasyReadItem => ({ lang, slug, contentLang, entry: { data: { easyRead } } });
const chain = (lang: string) => (lang === 'nut' ? ['nut', 'tyz', 'vi'] : lang === 'vi' ? ['vi'] : [lang, 'vi']);

describe('easyReadPages', () => {
  it('gives every language the first easy-read text along its fallback chain', () => {
    const materials = [
      item('vi', 'a', 'vi', ['Câu.']),
      item('tyz', 'a', 'tyz', ['Tày.']),
      item('nut', 'a', 'tyz'),
      item('km', 'a', 'km'),
      item('vi', 'b', 'vi'),
      item('tyz', 'b', 'vi'),
    ];
    const pages = easyReadPages(materials, chain);
    expect(pages.map((p) => [p.item.lang, p.item.slug, p.version.lang])).toEqual([
      ['vi', 'a', 'vi'],
      ['tyz', 'a', 'tyz'],
      // Nùng falls back to the Tày version, which has its own easy-read text.
      ['nut', 'a', 'tyz'],
      // The Khmer version has none: its readers get the Vietnamese one.
      ['km', 'a', 'vi'],
    ]);
    expect(pages[0]!.translations).toEqual(['vi', 'tyz']);
    expect(pages[0]!.languages).toEqual(['vi', 'tyz', 'nut', 'km']);
  });
  it('makes no page where no version has an easy-read text, nor from an empty list', () => {
    expect(easyReadPages([item('vi', 'b', 'vi', []), item('km', 'b', 'km')], chain)).toEqual([]);
  });
});
