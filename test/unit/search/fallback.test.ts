import { describe, expect, it } from 'vitest';
import { FALLBACK_FILTER, fallbackIndexes, fallbackSource, readerUrl } from '../../../src/search/fallback.ts';
import { pageLanguages, preparePage } from '../../../src/search/page.ts';

const FALLBACK_PAGE =
  '<html lang="nut"><body><main id="noi-dung"><p class="notice notice--fallback">x</p><div lang="tyz"><h1>Bài</h1><p>Chữ</p></div></main></body></html>';
const OWN_PAGE = '<html lang="vi"><body><main id="noi-dung"><div><h1>Bình đẳng giới</h1><p>Chữ</p></div></main></body></html>';

describe('fallback pages in search', () => {
  it('reads the language of a page and of its text', () => {
    expect(pageLanguages(FALLBACK_PAGE)).toEqual({ lang: 'nut', contentLang: 'tyz' });
    expect(pageLanguages(OWN_PAGE)).toEqual({ lang: 'vi', contentLang: 'vi' });
    expect(pageLanguages('<html lang="vi"><body></body></html>')).toBeNull();
  });

  it('finds the page whose text a fallback page shows', () => {
    expect(fallbackSource('/nut/tai-lieu/bai-a/', 'tyz')).toBe('/tyz/tai-lieu/bai-a/');
    expect(fallbackSource('/hmn-Latn-VN/van-ban/luat-x/', 'vi')).toBe('/van-ban/luat-x/');
  });

  it('searches the indexes of the fallback chain, nearest first, and none for Vietnamese', () => {
    expect(fallbackIndexes('nut')).toEqual(['tyz', 'vi']);
    expect(fallbackIndexes('km')).toEqual(['vi']);
    expect(fallbackIndexes('vi')).toEqual([]);
  });

  it('links a result at the reader’s own address', () => {
    expect(readerUrl('/tai-lieu/bai-a/', 'tyz')).toBe('/tyz/tai-lieu/bai-a/');
    expect(readerUrl('/tyz/tai-lieu/bai-a/', 'nut')).toBe('/nut/tai-lieu/bai-a/');
    expect(readerUrl('/km/tai-lieu/bai-a/', 'km')).toBe('/km/tai-lieu/bai-a/');
    expect(readerUrl('/tai-lieu/bai-a/', 'vi')).toBe('/tai-lieu/bai-a/');
    expect(readerUrl('/van-ban/luat-x/', 'hmn-Latn-VN')).toBe('/hmn-Latn-VN/van-ban/luat-x/');
  });

  it('names the languages that show a page in its filter, with no word added to its text', () => {
    const prepared = preparePage('/tai-lieu/bai-a/', OWN_PAGE, ['tyz', 'hmn-Latn-VN'])!;
    expect(prepared.html).toContain(
      `<span data-pagefind-filter="${FALLBACK_FILTER}:tyz"></span><span data-pagefind-filter="${FALLBACK_FILTER}:hmn-Latn-VN"></span>`,
    );
    expect(preparePage('/tai-lieu/bai-a/', OWN_PAGE)!.html).not.toContain(FALLBACK_FILTER);
  });
});
