import { describe, expect, it } from 'vitest';
import { localize } from '../../../src/i18n/localize.ts';

const entry = (id: string, draft = false) => ({ id, data: { draft, title: id } });
/** What a reader of each language is served for `slug`: reader → language of the text. */
const served = (items: ReturnType<typeof localize<ReturnType<typeof entry>>>, slug: string) =>
  Object.fromEntries(items.filter((item) => item.slug === slug).map((item) => [item.lang, item.contentLang]));

describe('localize', () => {
  it('gives every enabled language one version of each published slug, in slug order', () => {
    const items = localize([entry('vi/b'), entry('vi/a')], ['vi', 'tyz']);
    expect(items.map((i) => `${i.slug} ${i.lang}`)).toEqual(['a vi', 'a tyz', 'b vi', 'b tyz']);
  });

  it('serves a translation to its readers and Vietnamese to the rest', () => {
    const vi = entry('vi/bai');
    const tyz = entry('tyz/bai');
    const items = localize([vi, tyz], ['vi', 'tyz', 'km']);
    const byLang = Object.fromEntries(items.map((i) => [i.lang, i]));
    expect(byLang.tyz).toMatchObject({ entry: tyz, contentLang: 'tyz', isFallback: false, source: vi });
    expect(byLang.km).toMatchObject({ entry: vi, contentLang: 'vi', isFallback: true, source: vi });
    expect(byLang.vi).toMatchObject({ entry: vi, contentLang: 'vi', isFallback: false });
  });

  it('follows the fallback chain: a Nùng reader gets the Tày version when there is one', () => {
    expect(served(localize([entry('vi/bai'), entry('tyz/bai')], ['vi', 'tyz', 'nut']), 'bai')).toEqual({
      vi: 'vi',
      tyz: 'tyz',
      nut: 'tyz',
    });
    expect(served(localize([entry('vi/bai'), entry('tyz/bai'), entry('nut/bai')], ['vi', 'tyz', 'nut']), 'bai')).toEqual({
      vi: 'vi',
      tyz: 'tyz',
      nut: 'nut',
    });
    expect(served(localize([entry('vi/bai')], ['vi', 'tyz', 'nut']), 'bai')).toEqual({ vi: 'vi', tyz: 'vi', nut: 'vi' });
  });

  it('does not use a disabled language as a source', () => {
    const items = localize([entry('vi/bai'), entry('tyz/bai')], ['vi', 'nut']);
    expect(served(items, 'bai')).toEqual({ vi: 'vi', nut: 'vi' });
    expect(items[0]!.translations).toEqual(['vi']);
  });

  it('skips a draft translation, so its readers get the next language in the chain', () => {
    const items = localize([entry('vi/bai'), entry('tyz/bai', true)], ['vi', 'tyz']);
    expect(served(items, 'bai')).toEqual({ vi: 'vi', tyz: 'vi' });
    expect(items[0]!.translations).toEqual(['vi']);
  });

  it('leaves out slugs whose Vietnamese version is a draft or missing', () => {
    const items = localize([entry('vi/nhap', true), entry('tyz/nhap'), entry('tyz/mo-coi'), entry('vi/bai')], ['vi', 'tyz']);
    expect([...new Set(items.map((i) => i.slug))]).toEqual(['bai']);
  });

  it('lists the enabled languages with a real version, in the enabled order', () => {
    const items = localize([entry('nut/bai'), entry('vi/bai'), entry('km/bai'), entry('tyz/bai')], ['vi', 'tyz', 'nut']);
    for (const item of items) expect(item.translations).toEqual(['vi', 'tyz', 'nut']);
  });

  it('returns nothing when there are no entries', () => {
    expect(localize([], ['vi', 'tyz'])).toEqual([]);
  });
});
