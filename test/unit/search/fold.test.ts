import { describe, expect, it } from 'vitest';
import { fold, foldKey, withFoldedVariants, withoutFoldedVariants } from '../../../src/search/fold.ts';
import { khmerSearches, segmentKhmer } from '../../../src/search/khmer.ts';

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
  it('adds only the words Pagefind cannot fold itself', () => {
    expect(withFoldedVariants('Bình đẳng giới, gia đình, Đẳng; ƀuôn')).toBe('Bình đẳng dang giới, gia đình dinh, Đẳng dang; ƀuôn buon');
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
  it('splits a Khmer run into its clusters, base letter with subscripts and signs, and leaves other text alone', () => {
    const segmented = segmentKhmer('ហិង្សាក្នុងគ្រួសារ 111');
    expect(segmented.trim().split(' ')).toEqual(['ហិ', 'ង្សា', 'ក្នុ', 'ង', 'គ្រួ', 'សា', 'រ', '111']);
    expect(segmentKhmer('bình đẳng')).toBe('bình đẳng');
  });
  it('splits the same way whatever surrounds the run, so a word typed alone matches inside a longer run', () => {
    const alone = segmentKhmer('កន្លែងធ្វើការ').trim();
    expect(segmentKhmer('សមភាពយេនឌ័រនៅកន្លែងធ្វើការ។')).toContain(` ${alone} `);
  });
  it('keeps Khmer digits together and signs apart', () => {
    expect(segmentKhmer('ឆ្នាំ២០២២។').trim().split(' ')).toEqual(['ឆ្នាំ', '២០២២', '។']);
  });
});

describe('Khmer queries', () => {
  it('tries one Khmer run as an exact phrase of clusters, then as loose clusters', () => {
    expect(khmerSearches(' កន្លែងធ្វើការ ')).toEqual(['"ក ន្លែ ង ធ្វើ កា រ"', 'ក ន្លែ ង ធ្វើ កា រ']);
  });
  it('searches a mixed or a non-Khmer query once', () => {
    expect(khmerSearches('គ្រួសារ 111')).toEqual(['គ្រួ សា រ 111']);
    expect(khmerSearches('bạo  lực')).toEqual(['bạo lực']);
    expect(khmerSearches('ក')).toEqual(['ក']);
  });
});

describe('excerpt', () => {
  it('marks words a folded query matched and hides the folded spellings', async () => {
    const { makeExcerpt, readerText } = await import('../../../src/search/excerpt.ts');
    const parts = makeExcerpt('Luật Bình đẳng dang giới về gia đình dinh năm 2022', 'gia dinh');
    expect(parts.map((p) => p.text).join('')).toBe('Luật Bình đẳng giới về gia đình năm 2022');
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['gia đình']);
    expect(readerText('Bình đẳng dang giới')).toBe('Bình đẳng giới');
  });
  it('cuts a long text around the first match', async () => {
    const { makeExcerpt } = await import('../../../src/search/excerpt.ts');
    const text = `${Array.from({ length: 50 }, (_, i) => `w${i}`).join(' ')} đường duong dây`;
    const parts = makeExcerpt(text, 'duong', 10);
    const joined = parts.map((p) => p.text).join('');
    expect(joined.startsWith('… ')).toBe(true);
    expect(parts.find((p) => p.mark)?.text).toBe('đường');
    expect(joined).not.toContain('w10 ');
  });
  it('marks a Khmer query as one run inside the unspaced text it matched, and shows no added spaces', async () => {
    const { makeExcerpt } = await import('../../../src/search/excerpt.ts');
    const indexed = segmentKhmer('អត្ថបទសាកល្បង។ សមភាពយេនឌ័រនៅកន្លែងធ្វើការ។');
    const parts = makeExcerpt(indexed, 'កន្លែងធ្វើការ');
    expect(parts.map((p) => p.text).join('')).toBe('អត្ថបទសាកល្បង។សមភាពយេនឌ័រនៅកន្លែងធ្វើការ។');
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['កន្លែងធ្វើការ']);
  });
});

describe('preparing a built page for the index', () => {
  it('indexes detail pages and skips home, lists, search and 404', async () => {
    const { isSearchablePath } = await import('../../../src/search/page.ts');
    expect(['/tai-lieu/x/', '/km/van-ban/y/', '/chien-dich/z/', '/ho-tro/', '/gioi-thieu/', '/tyz/gioi-thieu/'].every(isSearchablePath)).toBe(true);
    expect(['/', '/km/', '/tai-lieu/', '/tim-kiem/', '/km/tim-kiem/', '/404.html'].some(isSearchablePath)).toBe(false);
  });
  it('keeps the written title, weights it, folds đ words and segments Khmer, all in the indexed copy only', async () => {
    const { preparePage } = await import('../../../src/search/page.ts');
    const html =
      '<html lang="km"><body><header>đ</header><main id="noi-dung"><p class="notice notice--fallback">x</p><div lang="vi"><h1>Gia đình &amp; ហិង្សាក្នុងគ្រួសារ</h1><p>Đường dây</p></div></main></body></html>';
    const prepared = preparePage('/km/tai-lieu/x/', html)!;
    expect(prepared.lang).toBe('km');
    expect(prepared.contentLang).toBe('vi');
    expect(prepared.html).toContain('<main data-pagefind-body data-pagefind-filter="language:Tiếng Việt"');
    expect(prepared.html).toContain('data-pagefind-meta="title:Gia đình &amp; ហិង្សាក្នុងគ្រួសារ"');
    expect(prepared.html).toContain('<p>Đường duong dây</p>');
    expect(prepared.html).not.toContain('<header>');
    expect(prepared.html).toMatch(/^<!doctype html><html lang="km"><head>[\s\S]*<body><main data-pagefind-body[\s\S]*<\/main><\/body><\/html>$/);
    expect(prepared.html).toContain('ហិ ង្សា ក្នុ ង គ្រួ សា រ');
    expect(preparePage('/tai-lieu/', html)).toBeNull();
  });
});
