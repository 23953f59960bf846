import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/astro.ts';
import { prepareFonts, renderCards } from '../../../src/build/integrations/og-images.ts';
import { cardsToDraw, likelyCards, ogImagePath, ogSvg, wrapTitle } from '../../../src/permalinks/og-image.ts';

const work = mkdtempSync(join(tmpdir(), 'og-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('ogImagePath', () => {
  it('maps page paths to card files', () => {
    expect(ogImagePath('/')).toBe('/og/index.jpg');
    expect(ogImagePath('/km/tai-lieu/x/')).toBe('/og/km/tai-lieu/x.jpg');
  });
});

describe('likelyCards', () => {
  it("guesses one card per published entry titled by itself, in the entry's own language", () => {
    const cards = likelyCards(
      [
        { collection: 'materials', lang: 'km', title: 'ពេលឃើញ' },
        { collection: 'campaigns', lang: 'vi', title: 'Tha\u0301ng ha\u0300nh đô\u0323ng' },
        { collection: 'materials', lang: 'vi', title: 'Bản nháp', draft: true },
        { collection: 'legal', lang: 'vi', title: 'Luật Bình đẳng giới' },
        { collection: 'hotlines', lang: 'vi', title: '111' },
        { collection: 'pages', lang: 'vi', title: '  ' },
      ],
      'Sở X',
    );
    expect(cards).toEqual([
      { title: 'ពេលឃើញ', site: 'Sở X', lang: 'km' },
      { title: 'Tháng hành động', site: 'Sở X', lang: 'vi' },
    ]);
  });
});

describe('ogSvg fonts', () => {
  it('names every script’s families from the script table, base script first', () => {
    const svg = ogSvg({ title: 'ពេលឃើញ', site: 'Sở X', lang: 'km' });
    expect(svg.match(/font-family="([^"]+)"/g)).toEqual(['font-family="Noto Sans, Noto Sans Khmer"', 'font-family="Noto Sans, Noto Sans Khmer"']);
  });
});

describe('wrapTitle', () => {
  it('wraps Vietnamese at spaces and Khmer at word boundaries, without losing text', () => {
    const vi = 'Luật Phòng, chống bạo lực gia đình năm 2022 có gì mới cho người dân';
    expect(wrapTitle(vi, 'vi', 30).every((line) => [...line].length <= 30)).toBe(true);
    expect(wrapTitle(vi, 'vi', 30).join(' ')).toBe(vi);
    const km = 'ពេលឃើញអំពើហិង្សាក្នុងគ្រួសារ តើត្រូវធ្វើអ្វី';
    const lines = wrapTitle(km, 'km', 12, 10);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('').replace(/\s/g, '')).toBe(km.replace(/\s/g, ''));
  });
  it('keeps punctuation with the word before it', () => {
    const title = 'Áp phích: Ngày Gia đình Việt Nam 28 tháng 6 - Gia đình bình đẳng, không bạo lực';
    const lines = wrapTitle(title, 'vi', 22, 6);
    expect(lines.some((line) => /^[,.;:]/.test(line))).toBe(false);
    expect(lines.join(' ')).toBe(title);
  });
  it('escapes markup in titles', () => {
    expect(ogSvg({ title: 'A < B & "C"', site: 'S', lang: 'vi' })).not.toMatch(/A < B/);
  });
});

/** Renders one SVG with a given fontconfig and returns its raw pixels. */
async function pixels(svg: string, conf: string, name: string) {
  const out = join(work, `${name}.jpg`);
  await renderCards(ROOT, conf, [{ svg, out }], work);
  return sharp(readFileSync(out)).greyscale().raw().toBuffer();
}

const difference = (a: Buffer, b: Buffer) => a.reduce((sum, value, i) => sum + Math.abs(value - b[i]!), 0) / a.length;

describe('share cards use the site fonts, not system fonts', () => {
  it('draws a Khmer title with Khmer glyphs: it differs from a rendering where only the Latin font exists (tofu)', async () => {
    const fonts = await prepareFonts(ROOT, join(work, 'cache'));
    const latinOnly = join(work, 'latin');
    mkdirSync(latinOnly);
    writeFileSync(join(latinOnly, 'noto-sans-700.ttf'), readFileSync(join(work, 'cache/og-fonts/noto-sans-700.ttf')));
    const latinConf = join(latinOnly, 'fonts.conf');
    writeFileSync(latinConf, `<?xml version="1.0"?><fontconfig><dir>${latinOnly}</dir><cachedir>${join(latinOnly, 'c')}</cachedir></fontconfig>`);

    const khmer = ogSvg({ title: 'ពេលឃើញអំពើហិង្សាក្នុងគ្រួសារ', site: 'x', lang: 'km' });
    const withKhmer = await pixels(khmer, fonts, 'km');
    const tofu = await pixels(khmer, latinConf, 'km-tofu');
    expect(difference(withKhmer, tofu)).toBeGreaterThan(1);

    // The check can fail: a Latin title renders the same with or without the Khmer font.
    const latin = ogSvg({ title: 'Bình đẳng giới', site: 'x', lang: 'vi' });
    expect(difference(await pixels(latin, fonts, 'vi'), await pixels(latin, latinConf, 'vi-latin'))).toBeLessThan(0.5);
  }, 60_000);
});

describe('which cards are drawn', () => {
  const site = 'Sở Văn hóa tỉnh Mẫu';
  const material = { path: '/tai-lieu/a/', image: '/og/tai-lieu/a.jpg', title: 'Tài liệu A', site, lang: 'vi' };
  const poster = { path: '/ap-phich/a/a4/', image: '/og/tai-lieu/a.jpg', title: 'Áp phích A4: Tài liệu A', site, lang: 'vi' };

  it('draws one card per image, from the page that owns it, whichever comes first', () => {
    for (const pages of [[material, poster], [poster, material]]) {
      const cards = cardsToDraw(pages);
      expect([...cards.keys()]).toEqual(['/og/tai-lieu/a.jpg']);
      expect(cards.get('/og/tai-lieu/a.jpg')!.title).toBe('Tài liệu A');
    }
  });

  it('draws a borrowed card from the borrower when no page owns it', () => {
    expect(cardsToDraw([poster]).get('/og/tai-lieu/a.jpg')!.title).toBe('Áp phích A4: Tài liệu A');
  });

  it('gives every other page its own card', () => {
    const km = { ...material, path: '/km/tai-lieu/a/', image: '/og/km/tai-lieu/a.jpg', lang: 'km' };
    expect(cardsToDraw([material, km, poster]).size).toBe(2);
  });
});
