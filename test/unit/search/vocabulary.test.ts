import { describe, expect, it } from 'vitest';
import { preparePage } from '../../../src/search/page.ts';
import { collectVocabulary, editDistance, FEW_RESULTS, indexedText, indexVocabulary, suggestSpelling } from '../../../src/search/vocabulary.ts';

/** Text of a small site: domestic violence said often, "trẻ em gái" once, as on the sample site. */
const SITE = [
  'Bạo lực gia đình là hành vi cố ý. Phòng, chống bạo lực gia đình.',
  'Làm gì khi bị bạo lực gia đình? Gọi đường dây nóng 111.',
  'Luật Phòng, chống bạo lực gia đình năm 2022. Hòa giải ở cơ sở.',
  'An toàn trên mạng cho phụ nữ và trẻ em gái.',
  'Bình đẳng giới trong gia đình. Ngày Gia đình Việt Nam.',
];
const vocabulary = () => indexVocabulary(collectVocabulary(SITE, { minPairCount: 1 }));

describe('editDistance', () => {
  it('counts one edit for a substitution, insertion, deletion or swap of adjacent letters', () => {
    expect(editDistance('gai', 'gia')).toBe(1);
    expect(editDistance('dinh', 'dihn')).toBe(1);
    expect(editDistance('gioi', 'gioii')).toBe(1);
    expect(editDistance('luat', 'lut')).toBe(1);
    expect(editDistance('luc', 'luc')).toBe(0);
  });
  it('counts more than one for words further apart', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('gai', 'giao')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
  });
  it('counts code points, so a Khmer vowel sign is one edit', () => {
    expect(editDistance('ធ្វើ', 'ធ្វ')).toBe(1);
    expect(editDistance('នៅ', 'នា')).toBe(1);
  });
});

describe('indexedText', () => {
  it('keeps what Pagefind indexes: not the ignored sections, not the fallback notice, not the folded spellings', () => {
    const html =
      '<main data-pagefind-body><p class="notice notice--fallback">Bài này chưa được dịch</p><div lang="vi"><h1>Gia đình dinh</h1>' +
      '<section data-pagefind-ignore><h2>Tài liệu</h2><section><p>Bên trong</p></section></section><p>Hòa <strong>giải</strong> &amp; bạo lực</p></div></main>';
    const text = indexedText(html);
    expect(text).toContain('Gia đình');
    expect(text).not.toContain('dinh');
    expect(text).toContain('Hòa giải & bạo lực');
    expect(text).not.toMatch(/Tài liệu|Bên trong|chưa được dịch/);
  });
  it('reads the copy the index is made from, without the words it adds for search alone', () => {
    const built = '<!doctype html><html lang="vi"><head><meta name="description" content="Hoà giải"></head><body><header>Trang chủ</header><main><h1>Hoà giải ở cơ sở</h1><p>Bạo lực gia đình.</p></main></body></html>';
    const prepared = preparePage('/tai-lieu/hoa-giai/', built);
    expect(prepared).not.toBeNull();
    const vocab = collectVocabulary([indexedText(prepared!.html)], { minPairCount: 1 });
    expect(vocab.syllables.split(' ').sort()).toEqual(['bao', 'co', 'dinh', 'gia', 'giai', 'hoa', 'luc', 'o', 'so']);
    expect(vocab.pairs.split('|').sort()).toEqual(['bao luc', 'co so', 'gia dinh', 'giai o', 'hoa giai', 'luc gia', 'o co']);
  });
  it('breaks the phrase at every block element, so a heading and the paragraph after it make no pair', () => {
    const vocab = collectVocabulary([indexedText('<main><h1>Bạo lực</h1><p>Gia đình</p><li>Gia</li><li>đình</li></main>')], { minPairCount: 1 });
    expect(vocab.pairs.split('|')).toEqual(['bao luc', 'gia dinh']);
  });
});

describe('collectVocabulary', () => {
  it('lists folded syllables and adjacent pairs, most frequent first, without marks or digits', () => {
    const vocab = collectVocabulary(SITE, { minPairCount: 1 });
    const syllables = vocab.syllables.split(' ');
    const pairs = vocab.pairs.split('|');
    // Equal counts: in alphabetical order, so every build writes the same file.
    expect(syllables.slice(0, 3)).toEqual(['dinh', 'gia', 'bao']);
    expect(syllables).toContain('gai');
    expect(syllables).not.toContain('111');
    expect(vocab.syllables).toBe(vocab.syllables.normalize('NFC'));
    expect(vocab.syllables).not.toMatch(/[^a-z ]/);
    expect(pairs[0]).toBe('gia dinh');
    expect(pairs).toContain('em gai');
    // Not across punctuation: "… gia đình. Ngày …", "… gia đình? Gọi …".
    expect(pairs).not.toContain('dinh ngay');
    expect(pairs).not.toContain('dinh goi');
    expect(pairs.some((pair) => /\d/.test(pair))).toBe(false);
  });
  it('leaves out pairs seen fewer times than asked, and keeps at most maxPairs', () => {
    expect(collectVocabulary(SITE).pairs.split('|')).not.toContain('em gai');
    expect(collectVocabulary(SITE).pairs.split('|')).toContain('bao luc');
    expect(collectVocabulary(SITE, { minPairCount: 1, maxPairs: 2 }).pairs.split('|')).toEqual(['gia dinh', 'bao luc']);
  });
  it('splits Khmer into its clusters, the syllables of the Khmer index', () => {
    const vocab = collectVocabulary(['សមភាពយេនឌ័រនៅកន្លែងធ្វើការ។ ច្បាប់។'], { minPairCount: 1 });
    const syllables = vocab.syllables.split(' ');
    expect(syllables).toEqual(expect.arrayContaining(['ស', 'ភា', 'ន្លែ', 'ធ្វើ', 'ច្បា']));
    expect(vocab.pairs.split('|')).toEqual(expect.arrayContaining(['ង ធ្វើ', 'ធ្វើ កា']));
    expect(vocab.pairs.split('|')).not.toContain('រ ច្បា');
  });
});

describe('suggestSpelling', () => {
  it('corrects a slip that makes another real syllable, by the pairs the site writes', () => {
    expect(suggestSpelling('bao luc gai dinh', vocabulary())?.text).toBe('bao luc gia dinh');
    expect(suggestSpelling('gai dinh', vocabulary())?.text).toBe('gia dinh');
  });
  it('corrects a syllable the site never uses, and swapped letters', () => {
    expect(suggestSpelling('binh dang gioii', vocabulary())?.text).toBe('binh dang gioi');
    expect(suggestSpelling('hoa giia', vocabulary())?.text).toBe('hoa giai');
    expect(suggestSpelling('bao lcu gia dinh', vocabulary())?.text).toBe('bao luc gia dinh');
  });
  it('keeps the words it does not change as the reader typed them, and the changed ones unmarked', () => {
    expect(suggestSpelling('Bạo lực gái đình', vocabulary())).toEqual({ text: 'Bạo lực gia đình', key: 'bao luc gia dinh' });
    expect(suggestSpelling('luat 2022 bao lcu', vocabulary())?.text).toBe('luat 2022 bao luc');
  });
  it('suggests nothing for a spelling of the site, nothing far from it, and nothing for digits', () => {
    for (const query of ['bạo lực gia đình', 'bao luc gia dinh', 'tre em gai', 'Hòa giải', 'xyzzyq', '111', '', '  ']) {
      expect(suggestSpelling(query, vocabulary())).toBeNull();
    }
  });
  it('with many results, offers only a whole phrase of the site, made of syllables the site uses more', () => {
    expect(suggestSpelling('bao luc gai dinh', vocabulary(), 14)?.text).toBe('bao luc gia dinh');
    // "gioii" → "gioi" does not make "dang gioi viet" a phrase of the site: with few results only.
    expect(suggestSpelling('dang gioii viet', vocabulary(), FEW_RESULTS - 1)?.text).toBe('dang gioi viet');
    expect(suggestSpelling('dang gioii viet', vocabulary(), FEW_RESULTS)).toBeNull();
  });
  it('changes one syllable only, and a frequent one for a rarer one only when that makes two pairs', () => {
    // "em gai" is a pair of the site, but "gia" is far more frequent than "gai": one pair is not enough.
    expect(suggestSpelling('tre em gia', vocabulary())).toBeNull();
    expect(suggestSpelling('trẻ em gia', vocabulary())).toBeNull();
    // Two slips are two edits away: the syllable the site never uses is corrected first.
    expect(suggestSpelling('bao lcu gai dinh', vocabulary())?.text).toBe('bao luc gai dinh');
  });
  it('corrects a Khmer cluster and gives the run back without the spaces between clusters', () => {
    const khmer = indexVocabulary(collectVocabulary(['សមភាពយេនឌ័រនៅកន្លែងធ្វើការ។ អត្ថបទសាកល្បង។'], { minPairCount: 1 }));
    expect(suggestSpelling('កន្លែងធ្វការ', khmer)?.text).toBe('កន្លែងធ្វើការ');
    expect(suggestSpelling('កន្លែងធ្វើការ', khmer)).toBeNull();
  });
});
