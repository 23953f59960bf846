import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LANGUAGE,
  LANGUAGE_TAGS,
  fallbackChain,
  getLanguage,
  isLanguageTag,
  languagePrefix,
  type Language,
} from '../../../src/i18n/languages.ts';

const lang = (tag: string, fallback: string[] = []): Language => ({
  tag,
  endonym: tag,
  nameVi: tag,
  script: 'Latn',
  fallback,
});

describe('the language list', () => {
  it('starts with Vietnamese and uses km for Khmer, not khm', () => {
    expect(LANGUAGE_TAGS[0]).toBe(DEFAULT_LANGUAGE);
    expect(isLanguageTag('km')).toBe(true);
    expect(isLanguageTag('khm')).toBe(false);
  });
});

describe('fallbackChain', () => {
  it('is just the language, then Vietnamese', () => {
    expect(fallbackChain('vi')).toEqual(['vi']);
    expect(fallbackChain('tyz')).toEqual(['tyz', 'vi']);
    expect(fallbackChain('km')).toEqual(['km', 'vi']);
  });
  it('goes from Nùng to Tày before Vietnamese', () => {
    expect(fallbackChain('nut')).toEqual(['nut', 'tyz', 'vi']);
  });
  it('follows fallbacks recursively in a custom configuration, listing each language once', () => {
    const languages = [lang('vi'), lang('a', ['b', 'c']), lang('b', ['c']), lang('c')];
    expect(fallbackChain('a', languages)).toEqual(['a', 'b', 'c', 'vi']);
  });
  it('does not list Vietnamese twice when a chain names it', () => {
    expect(fallbackChain('a', [lang('vi'), lang('a', ['vi', 'b']), lang('b')])).toEqual(['a', 'vi', 'b']);
  });
  it('rejects a cycle with a Vietnamese message naming it', () => {
    const languages = [lang('vi'), lang('a', ['b']), lang('b', ['c']), lang('c', ['a'])];
    expect(() => fallbackChain('a', languages)).toThrow('Chuỗi ngôn ngữ dự phòng bị lặp vòng: a → b → c → a.');
  });
  it('rejects a language that falls back to itself', () => {
    expect(() => fallbackChain('a', [lang('vi'), lang('a', ['a'])])).toThrow('lặp vòng: a → a');
  });
  it('rejects an undeclared fallback', () => {
    expect(() => fallbackChain('a', [lang('vi'), lang('a', ['zz'])])).toThrow('Ngôn ngữ dự phòng "zz" chưa được khai báo (trong chuỗi a).');
  });
});

describe('languagePrefix', () => {
  it('is empty for Vietnamese and /<tag> otherwise', () => {
    expect(languagePrefix('vi')).toBe('');
    expect(languagePrefix('tyz')).toBe('/tyz');
    expect(languagePrefix('hmn-Latn-VN')).toBe('/hmn-Latn-VN');
  });
});

describe('getLanguage', () => {
  it('finds a declared language', () => {
    expect(getLanguage('km')).toMatchObject({ tag: 'km', script: 'Khmr', nameVi: 'Tiếng Khmer' });
  });
  it('explains an unknown tag in Vietnamese, listing the valid tags', () => {
    expect(() => getLanguage('khm')).toThrow(
      `Ngôn ngữ "khm" chưa được khai báo trong src/i18n/languages.ts. Các mã hợp lệ: ${LANGUAGE_TAGS.join(', ')}.`,
    );
  });
});
