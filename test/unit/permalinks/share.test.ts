import { describe, expect, it } from 'vitest';
import { shareLinks } from '../../../src/permalinks/share.ts';

describe('share links', () => {
  const page = 'https://binhdanggioi.example.gov.vn/tai-lieu/lam-gi-khi-bi-bao-luc-gia-dinh/?a=1&b=2';

  it('gives Zalo then Facebook, each carrying the whole page address, encoded once', () => {
    const links = shareLinks(page);
    expect(links.map((link) => link.network)).toEqual(['zalo', 'facebook']);
    for (const link of links) {
      const target = new URL(link.href);
      expect(target.protocol).toBe('https:');
      expect([...target.searchParams.values()]).toContain(page);
    }
    expect(new URL(links[0]!.href).host).toBe('sp.zalo.me');
    expect(new URL(links[1]!.href).host).toBe('www.facebook.com');
  });

  it('keeps a Vietnamese path intact', () => {
    const vi = 'https://example.gov.vn/tai-lieu/bình-đẳng/';
    expect(new URL(shareLinks(vi)[0]!.href).searchParams.get('url')).toBe(vi);
  });
});
