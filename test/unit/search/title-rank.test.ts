import { describe, expect, it } from 'vitest';
import { holdsPhrase, orderByTitle, phraseCount } from '../../../src/search/title-rank.ts';

describe('holdsPhrase', () => {
  it('finds the syllables together and in order, whatever the marks, case, tone placement or punctuation', () => {
    expect(holdsPhrase('luat binh dang gioi', 'Luật Bình đẳng giới')).toBe(true);
    expect(holdsPhrase('hoà giải', 'Hòa giải ở cơ sở')).toBe(true);
    expect(holdsPhrase('phong chong bao luc', 'Luật Phòng, chống bạo lực gia đình')).toBe(true);
    expect(holdsPhrase('125/2021', 'Nghị định 125/2021/NĐ-CP')).toBe(true);
  });
  it('refuses syllables apart, out of order, or inside a longer syllable', () => {
    expect(holdsPhrase('luat binh dang gioi', 'Hỏi đáp pháp luật về bình đẳng giới')).toBe(false);
    expect(holdsPhrase('gia dinh', 'đình gia')).toBe(false);
    expect(holdsPhrase('gia', 'giai đoạn')).toBe(false);
    expect(holdsPhrase('', 'Luật')).toBe(false);
  });
  it('leaves Khmer queries alone (their words are not spaced)', () => {
    expect(holdsPhrase('គ្រួសារ', 'គ្រួសារ')).toBe(false);
  });
});

describe('phraseCount', () => {
  it('counts each place where the syllables stand together', () => {
    expect(phraseCount('gia đình', 'Ngày Gia đình Việt Nam - Gia đình bình đẳng')).toBe(2);
    expect(phraseCount('gia dinh', 'Làm gì khi bị bạo lực gia đình?')).toBe(1);
    expect(phraseCount('gia dinh', 'đình gia')).toBe(0);
  });
});

describe('orderByTitle', () => {
  const titles = [
    'Bình đẳng giới là gì?',
    'Phổ biến pháp luật 2026',
    'Hỏi đáp pháp luật về bình đẳng giới',
    'Luật Bình đẳng giới',
    'Luật Bình đẳng giới năm 2006 có gì',
  ];
  it('moves up the titles that hold the query, each group in its own order', () => {
    expect(orderByTitle('luat binh dang gioi', titles, (t) => t)).toEqual([
      'Luật Bình đẳng giới',
      'Luật Bình đẳng giới năm 2006 có gì',
      'Bình đẳng giới là gì?',
      'Phổ biến pháp luật 2026',
      'Hỏi đáp pháp luật về bình đẳng giới',
    ]);
  });
  it('puts first, among those, the titles that hold the query more often', () => {
    const family = [
      'Làm gì khi bị bạo lực gia đình?',
      'Quyết định về công tác dân số',
      'Áp phích: Ngày Gia đình Việt Nam - Gia đình bình đẳng, không bạo lực',
      'Những hành vi nào là bạo lực gia đình?',
    ];
    expect(orderByTitle('gia dinh', family, (t) => t)).toEqual([family[2], family[0], family[3], family[1]]);
  });
  it('keeps the order when no title holds the query', () => {
    expect(orderByTitle('nơi tạm lánh', titles, (t) => t)).toEqual(titles);
  });
});
