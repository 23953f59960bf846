import { describe, expect, it } from 'vitest';
import { isInSitemap, routeSegments } from '../../../src/site/routes.ts';
import { posterUrl } from '../../../src/permalinks/posters.ts';

describe('routeSegments', () => {
  it('drops a language prefix, and only a language prefix', () => {
    expect(routeSegments('/tyz/tai-lieu/x/')).toEqual(['tai-lieu', 'x']);
    expect(routeSegments('/tai-lieu/x/')).toEqual(['tai-lieu', 'x']);
    expect(routeSegments('/hmn-Latn-VN/')).toEqual([]);
    expect(routeSegments('/gioi-thieu/')).toEqual(['gioi-thieu']);
  });
});

describe('isInSitemap', () => {
  it('keeps readers’ pages in every language', () => {
    for (const path of ['/', '/km/', '/tai-lieu/tong-dai-111/', '/tyz/tai-lieu/loai/ap-phich/', '/ho-tro/', '/gioi-thieu/']) {
      expect(isInSitemap(path), path).toBe(true);
    }
  });

  it('leaves out the editors’ pages, the CMS and the poster print pages in every language', () => {
    for (const path of ['/bien-tap/', '/bien-tap/bao-cao/2026/', '/admin/', posterUrl('vi', 'tong-dai-111', 'a4'), posterUrl('km', 'tong-dai-111', 'a3')]) {
      expect(isInSitemap(path), path).toBe(false);
    }
  });
});
