import { describe, expect, it } from 'vitest';
import { fold, foldKey, foldedVariants, withFoldedVariants, withoutFoldedVariants } from '../../src/lib/search-fold.ts';
import { segmentKhmer } from '../../src/lib/search-khmer.ts';

describe('fold', () => {
  it('removes Vietnamese tone and vowel marks and maps đ/Đ to d/D', () => {
    expect(fold('Bình đẳng giới')).toBe('Binh dang gioi');
    expect(fold('ĐƯỜNG dây nóng')).toBe('DUONG day nong');
    expect(fold('Đồng Tháp')).toBe('Dong Thap');
  });
  it('folds NFD input the same as NFC input', () => {
    expect(fold('Bình đẳng giới'.normalize('NFD'))).toBe('Binh dang gioi');
  });
  it('folds Jrai/Bahnar letters, including the combining breve that has no precomposed form', () => {
    expect(fold('ƀ Ƀ č Č ñ ĕ ŏ ŭ')).toBe('b B c C n e o u');
    expect(fold('ê\u0306 ô\u0306 ơ\u0306 ư\u0306 Ư\u0306')).toBe('e o o u U');
  });
  it('leaves Khmer and digits alone', () => {
    expect(fold('សមភាព 125/2021')).toBe('សមភាព 125/2021');
  });
  it('lower-cases in foldKey', () => {
    expect(foldKey('Đẳng')).toBe('dang');
  });
});

describe('folded variants', () => {
  it('lists only words Pagefind cannot fold itself, once each', () => {
    expect(foldedVariants('Bình đẳng giới, gia đình, Đẳng; ƀuôn')).toEqual(['dang', 'dinh', 'buon']);
  });
  it('follows each đ/ƀ word with its folded spelling and can undo it', () => {
    const text = 'Luật Bình đẳng giới về gia đình';
    const indexed = withFoldedVariants(text);
    expect(indexed).toBe('Luật Bình đẳng dang giới về gia đình dinh');
    expect(withoutFoldedVariants(indexed)).toBe(text);
  });
  it('does not remove a real word that only looks like a fold', () => {
    expect(withoutFoldedVariants('đa dạng')).toBe('đa dạng');
    expect(withoutFoldedVariants('Đà Nẵng da')).toBe('Đà Nẵng da');
  });
});

describe('Khmer segmentation', () => {
  it('splits a Khmer run into words with spaces and leaves other text alone', () => {
    const segmented = segmentKhmer('ហិង្សាក្នុងគ្រួសារ 111');
    expect(segmented.trim().split(' ').length).toBeGreaterThan(2);
    expect(segmented.replace(/ /g, '')).toBe('ហិង្សាក្នុងគ្រួសារ111');
    expect(segmented).toContain('គ្រួសារ');
    expect(segmentKhmer('bình đẳng')).toBe('bình đẳng');
  });
});
