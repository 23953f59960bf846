import { describe, expect, it } from 'vitest';
import { contrastRatio, MIN_CONTRAST } from '../../../src/site/kit.ts';
import {
  SHARE_COLOURS,
  SHARE_IMAGE_SIZES,
  shareImageFile,
  shareImageKey,
  shareImageSvg,
  type ShareImage,
} from '../../../src/permalinks/share-images.ts';

const image: ShareImage = {
  size: 'square',
  lang: 'vi',
  title: 'Làm gì khi bị bạo lực gia đình?',
  message: 'Khi có nguy hiểm, gọi ngay Công an, số 113.',
  agencyName: 'Sở Nội vụ tỉnh Lạng Sơn',
  qrText: 'HTTPS://BINHDANGGIOI.EXAMPLE.ORG/Q/WQGF',
};

describe('share images', () => {
  it('draw at the three sizes, with title, message, agency and a QR code', () => {
    for (const size of ['square', 'portrait', 'story'] as const) {
      const svg = shareImageSvg({ ...image, size });
      const { width, height } = SHARE_IMAGE_SIZES[size];
      expect(svg).toContain(`width="${width}" height="${height}"`);
      expect(svg).toContain('Sở Nội vụ tỉnh Lạng Sơn');
      expect(svg).toContain('113.');
      expect(svg).toMatch(/<path fill="#000000" d="M/);
    }
    expect(shareImageFile('x', 'story')).toBe('x-1080x1920.png');
  });

  it("set the title and message in the page's language, with the font of its script in the stack; the agency stays Vietnamese", () => {
    // Khmer letters standing for a Khmer kit's text; not a translation of anything.
    const svg = shareImageSvg({ ...image, lang: 'km', title: '\u1780\u1781\u1782', message: '\u1783\u1784', size: 'square' });
    const texts = [...svg.matchAll(/<text xml:lang="([^"]+)" [^>]*font-family="([^"]+)"/g)].map((m) => [m[1], m[2]]);
    expect(texts.filter(([lang]) => lang === 'km')).toHaveLength(2);
    expect(texts.every(([, family]) => family!.includes('Noto Sans Khmer') && family!.includes('Noto Sans'))).toBe(true);
    expect(texts.some(([lang]) => lang === 'vi')).toBe(true);
    expect(svg).toContain('\u1780\u1781\u1782'.normalize());
  });

  it('keep the text above the QR code, even for a long title and message', () => {
    const long = {
      ...image,
      title: 'Áp phích: Ngày Gia đình Việt Nam 28 tháng 6 - Gia đình bình đẳng, không bạo lực',
      message:
        'Báo cho trưởng thôn, Công an xã hoặc Ủy ban nhân dân xã; người bị bạo lực được bố trí nơi tạm lánh và được giữ bí mật thông tin.',
    };
    for (const size of ['square', 'portrait', 'story'] as const) {
      const svg = shareImageSvg({ ...long, size });
      const lastLine = Math.max(...[...svg.matchAll(/<tspan x="\d+" y="(\d+)"/g)].map((m) => Number(m[1])));
      const qrTop = Number(/<svg x="[\d.]+" y="(\d+)"/.exec(svg)![1]);
      expect(lastLine, size).toBeLessThan(qrTop);
      // All of the message is drawn: nothing cut off with an ellipsis.
      expect(svg).toContain('thông tin.</tspan>');
      expect(svg).not.toContain('…');
    }
  });

  it('use colours whose text contrast is at least 4.5:1', () => {
    expect(contrastRatio(SHARE_COLOURS.text, SHARE_COLOURS.background)).toBeGreaterThanOrEqual(MIN_CONTRAST);
    expect(contrastRatio(SHARE_COLOURS.message, SHARE_COLOURS.background)).toBeGreaterThanOrEqual(MIN_CONTRAST);
    expect(contrastRatio(SHARE_COLOURS.agency, SHARE_COLOURS.band)).toBeGreaterThanOrEqual(MIN_CONTRAST);
  });

  it('are cached by exactly what they show', () => {
    const key = shareImageKey(image);
    expect(shareImageKey({ ...image })).toBe(key);
    for (const change of [
      { title: 'Khác' },
      { message: 'Khác.' },
      { agencyName: 'Khác' },
      { qrText: 'HTTPS://X/Q/ABCD' },
      { size: 'portrait' as const },
      { lang: 'tyz' },
    ]) {
      expect(shareImageKey({ ...image, ...change })).not.toBe(key);
    }
    // Nothing that is not drawn is part of the key.
    expect(shareImageKey({ ...image, summary: 'Không vẽ.' } as ShareImage)).toBe(key);
  });
});
