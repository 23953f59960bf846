import { describe, expect, it } from 'vitest';
import { createTranslate, missingKeys, splitDictionary, validateDictionary } from '../../../src/i18n/translate.ts';
import vi from '../../../src/i18n/vi.json';

const dictionaries = {
  vi: { 'exit.button': 'Thoát nhanh', 'hotlines.call': 'Gọi {number}', 'a.b': 'vi a.b', 'only.vi': 'chỉ tiếng Việt' },
  tyz: { 'exit.button': 'tyz exit', 'a.b': 'tyz a.b' },
  nut: { 'exit.button': 'nut exit' },
};

describe('createTranslate', () => {
  it('uses the reader’s own language first', () => {
    expect(createTranslate('nut', dictionaries)('exit.button')).toBe('nut exit');
    expect(createTranslate('vi', dictionaries)('exit.button')).toBe('Thoát nhanh');
  });
  it('falls back along the chain: Nùng → Tày → Vietnamese', () => {
    const t = createTranslate('nut', dictionaries);
    expect(t('a.b')).toBe('tyz a.b');
    expect(t('only.vi')).toBe('chỉ tiếng Việt');
  });
  it('falls back to Vietnamese for a language with no dictionary', () => {
    expect(createTranslate('km', dictionaries)('a.b')).toBe('vi a.b');
  });
  it('fills in parameters and leaves unknown placeholders alone', () => {
    const t = createTranslate('vi', { vi: { call: 'Gọi {number}', two: '{a} và {b}, {a}' } });
    expect(t('call', { number: '111' })).toBe('Gọi 111');
    expect(t('call', { number: 113 })).toBe('Gọi 113');
    expect(t('two', { a: 'x' })).toBe('x và {b}, x');
    expect(t('call')).toBe('Gọi {number}');
  });
  it('throws on a key that no language in the chain has', () => {
    expect(() => createTranslate('nut', dictionaries)('nav.nowhere')).toThrow('Thiếu chuỗi giao diện "nav.nowhere"');
  });
  it('throws for an unknown reader language', () => {
    expect(() => createTranslate('khm', dictionaries)).toThrow('Ngôn ngữ dự phòng "khm" chưa được khai báo');
  });
});

describe('validateDictionary', () => {
  const reference = { 'exit.button': 'Thoát nhanh', 'nav.home': 'Trang chủ' };
  it('accepts a partial dictionary of known, non-empty NFC strings', () => {
    expect(validateDictionary('tyz', { 'exit.button': 'Thoát' }, reference)).toEqual([]);
  });
  it('reports an unknown key', () => {
    expect(validateDictionary('tyz', { 'exit.buton': 'x' }, reference)).toEqual([
      'src/i18n/tyz.json: khóa "exit.buton" không có trong vi.json.',
    ]);
  });
  it.each([[''], ['   '], [42], [null]])('reports the empty or non-string value %j', (value) => {
    expect(validateDictionary('tyz', { 'nav.home': value }, reference)).toEqual([
      'src/i18n/tyz.json: khóa "nav.home" phải là chuỗi không rỗng.',
    ]);
  });
  it('reports text that is not NFC', () => {
    expect(validateDictionary('tyz', { 'nav.home': 'Trang chủ'.normalize('NFD') }, reference)).toEqual([
      'src/i18n/tyz.json: khóa "nav.home" chưa ở dạng NFC.',
    ]);
  });
  it('reports an undeclared language', () => {
    expect(validateDictionary('khm', {}, reference)).toEqual(['src/i18n/khm.json: ngôn ngữ "khm" chưa được khai báo.']);
  });
  it('accepts the shipped Vietnamese file against itself', () => {
    expect(validateDictionary('vi', vi, vi)).toEqual([]);
  });
});

describe('missingKeys', () => {
  it('lists the reference keys a language lacks, in reference order', () => {
    expect(missingKeys({ 'b.b': 'x' }, { 'a.a': 'A', 'b.b': 'B', 'c.c': 'C' })).toEqual(['a.a', 'c.c']);
    expect(missingKeys({ 'a.a': 'x' }, { 'a.a': 'A' })).toEqual([]);
  });
});

describe('drafts and t.label()', () => {
  const reviewed = { vi: { 'exit.button': 'Thoát nhanh', 'hotlines.call': 'Gọi {number}', 'nav.home': 'Trang chủ' }, tyz: { 'nav.home': 'tyz home' } };
  const drafts = { tyz: { 'exit.button': 'tyz exit' }, nut: { 'hotlines.call': 'nut call {number}' } };
  it('t() never returns a draft: it goes on along the chain to reviewed text', () => {
    expect(createTranslate('tyz', reviewed, drafts)('exit.button')).toBe('Thoát nhanh');
    expect(createTranslate('nut', reviewed, drafts)('hotlines.call', { number: '111' })).toBe('Gọi 111');
    expect(createTranslate('nut', reviewed, drafts)('nav.home')).toBe('tyz home');
  });
  it('t.label() returns the first draft or reviewed text along the chain, a draft with its Vietnamese', () => {
    expect(createTranslate('nut', reviewed, drafts).label('hotlines.call', { number: '111' })).toEqual({
      text: 'nut call 111',
      lang: 'nut',
      vietnamese: 'Gọi 111',
    });
    expect(createTranslate('nut', reviewed, drafts).label('exit.button')).toEqual({ text: 'tyz exit', lang: 'tyz', vietnamese: 'Thoát nhanh' });
    expect(createTranslate('nut', reviewed, drafts).label('nav.home')).toEqual({ text: 'tyz home', lang: 'tyz' });
    expect(createTranslate('km', reviewed, drafts).label('exit.button')).toEqual({ text: 'Thoát nhanh', lang: 'vi' });
  });
  it('splits a file by its $reviewed list; vi.json is reviewed as a whole', () => {
    expect(splitDictionary('tyz', { $reviewed: ['nav.home'], 'nav.home': 'a', 'exit.button': 'b' })).toEqual({
      reviewed: { 'nav.home': 'a' },
      drafts: { 'exit.button': 'b' },
    });
    expect(splitDictionary('vi', { 'nav.home': 'Trang chủ' })).toEqual({ reviewed: { 'nav.home': 'Trang chủ' }, drafts: {} });
  });
  it('validateDictionary refuses a $reviewed key with no string, and a changed placeholder', () => {
    const reference = { 'hotlines.call': 'Gọi {number}', 'nav.home': 'Trang chủ' };
    expect(validateDictionary('tyz', { $reviewed: ['nav.home'], 'hotlines.call': 'Riệc {number}' }, reference)).toEqual([
      'src/i18n/tyz.json: "$reviewed" ghi khóa "nav.home", nhưng tệp không có chuỗi nào cho khóa đó.',
    ]);
    expect(validateDictionary('tyz', { 'hotlines.call': 'Riệc {so}' }, reference)).toEqual([
      'src/i18n/tyz.json: khóa "hotlines.call" phải giữ nguyên các chỗ trống {number} của bản tiếng Việt, đang có {so}.',
    ]);
  });
});
