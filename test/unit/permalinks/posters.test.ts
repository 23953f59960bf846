import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/astro.ts';
import { fontFace, type FontFamily } from '../../../src/fonts/fonts.ts';
import { dictionaries } from '../../../src/i18n/index.ts';
import { posterPdf, posterTexts, textByFamily, type PosterContent } from '../../../src/permalinks/poster-pdf.ts';
import { posterFamilies, uiTextLanguage } from '../../../src/permalinks/posters.ts';

const vi = dictionaries.vi!;
const LATIN: FontFamily = 'Noto Sans';
const KHMER: FontFamily = 'Noto Sans Khmer';
/** Any Khmer letters, standing for a Khmer dictionary's label; not a translation of anything. */
const KHMER_LETTERS = '\u1780\u1781\u1782';

describe('uiTextLanguage', () => {
  it('is the first language of the fallback chain whose dictionary has the key, Vietnamese at the end', () => {
    expect(uiTextLanguage('nut', ['poster.scan'], { vi, tyz: { 'poster.scan': 'x' } })).toBe('tyz');
    expect(uiTextLanguage('nut', ['poster.scan'], { vi, nut: { 'poster.scan': 'y' }, tyz: { 'poster.scan': 'x' } })).toBe('nut');
    expect(uiTextLanguage('km', ['poster.scan'], { vi })).toBe('vi');
    expect(uiTextLanguage('km', ['poster.or', 'poster.scan'], { vi, km: { 'poster.scan': KHMER_LETTERS } })).toBe('vi');
  });
});

describe('posterFamilies', () => {
  it('sets everything on a Vietnamese or Latin-script poster in the Latin font', () => {
    for (const lang of ['vi', 'tyz', 'hmn-Latn-VN']) expect(new Set(Object.values(posterFamilies(lang, { vi })))).toEqual(new Set([LATIN]));
  });
  it('sets a Khmer poster’s title and summary in the Khmer font, and labels that fall back to Vietnamese in the Latin one', () => {
    expect(posterFamilies('km', { vi })).toEqual({
      agencyName: LATIN,
      title: KHMER,
      summary: KHMER,
      scan: LATIN,
      or: LATIN,
      shortUrlText: LATIN,
      hotlines: LATIN,
      hotlineNumber: LATIN,
      hotlineName: LATIN,
    });
  });
  it('sets in the Latin font a Khmer poster’s title or summary that holds no Khmer letter (a title not yet translated)', () => {
    const families = posterFamilies('km', { vi }, { title: 'Đây là bản dịch mẫu (18)', summary: `${KHMER_LETTERS} 2` });
    expect(families).toMatchObject({ title: LATIN, summary: KHMER });
  });
  it('sets a label a Khmer dictionary has in the Khmer font; the agency, URL and hotlines stay Latin', () => {
    const families = posterFamilies('km', { vi, km: { 'poster.scan': KHMER_LETTERS, 'poster.hotlines': KHMER_LETTERS } });
    expect(families).toMatchObject({
      scan: KHMER,
      hotlines: KHMER,
      or: LATIN,
      agencyName: LATIN,
      shortUrlText: LATIN,
      hotlineNumber: LATIN,
      hotlineName: LATIN,
    });
  });
});

const khmerPoster: Omit<PosterContent, 'fonts'> = {
  lang: 'km',
  title: `${KHMER_LETTERS} 1`,
  summary: `${KHMER_LETTERS} 2`,
  agencyName: 'Sở Văn hóa',
  shortUrlText: 'example.org/q/7K2P',
  qrText: 'https://example.org/q/7K2P',
  hotlines: [
    { number: '111', name: 'Tổng đài 111', caveat: '', caveatFamily: LATIN },
    { number: '1900', name: 'Ngôi nhà', caveat: KHMER_LETTERS, caveatFamily: KHMER },
  ],
  labels: { scan: KHMER_LETTERS, or: 'hoặc', hotlines: 'Số' },
  families: { ...posterFamilies('km', { vi }), scan: KHMER },
};

describe('posterTexts and textByFamily', () => {
  it('give each family’s font exactly the texts set in it', () => {
    const byFamily = textByFamily(posterTexts(khmerPoster));
    expect([...byFamily.keys()].sort()).toEqual([LATIN, KHMER]);
    expect(byFamily.get(KHMER)).toBe(`${KHMER_LETTERS} 1${KHMER_LETTERS} 2…${KHMER_LETTERS} (${KHMER_LETTERS})`);
    const latin = byFamily.get(LATIN)!;
    for (const text of ['Sở Văn hóa', 'hoặc', 'example.org/q/7K2P', 'Số', '111', '  Tổng đài 111', '1900', '  Ngôi nhà'])
      expect(latin).toContain(text);
    expect(latin).not.toMatch(/[\u1780-\u17ff]/);
  });
});

describe('posterPdf', () => {
  const subset = async (family: FontFamily, chars: string) => {
    const face = (weight: 400 | 700) =>
      subsetFont(readFileSync(join(ROOT, 'public/fonts', fontFace(family, weight).file)), chars, { targetFormat: 'truetype' });
    return { regular: await face(400), bold: await face(700) };
  };
  const pdfOf = async (content: Omit<PosterContent, 'fonts'>) => {
    const fonts: PosterContent['fonts'] = {};
    for (const [family, chars] of textByFamily(posterTexts(content))) fonts[family] = await subset(family, chars);
    return (await posterPdf({ ...content, fonts }, 'a4')).toString('latin1');
  };
  const embedded = (pdf: string) => [...new Set([...pdf.matchAll(/\/BaseFont \/[A-Z]{6}\+([\w-]+)/g)].map((m) => m[1]))].sort();

  it('embeds the Khmer font a Khmer label needs, and only the Latin font on a Vietnamese poster', async () => {
    expect(embedded(await pdfOf(khmerPoster))).toEqual([
      'NotoSans-Bold',
      'NotoSans-Regular',
      'NotoSansKhmer-Bold',
      'NotoSansKhmer-Regular',
    ]);
    const vietnamese: Omit<PosterContent, 'fonts'> = {
      ...khmerPoster,
      lang: 'vi',
      title: 'Nơi tạm lánh',
      summary: 'Là gì',
      labels: { scan: vi['poster.scan']!, or: vi['poster.or']!, hotlines: vi['poster.hotlines']! },
      hotlines: [{ number: '1900', name: 'Ngôi nhà', caveat: 'có thể mất cước', caveatFamily: LATIN }],
      families: posterFamilies('vi', { vi }),
    };
    expect(embedded(await pdfOf(vietnamese))).toEqual(['NotoSans-Bold', 'NotoSans-Regular']);
  });
});
