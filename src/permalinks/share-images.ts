/**
 * The share images of a material's social-media pack: square (1080×1080), portrait (1080×1350)
 * and story (1080×1920), each with the title, the key message the editor chose, the QR code of
 * the short link and the agency's name, in the page's language and the site's fonts. Pure: the SVG
 * and its cache key; the build integration renders them with sharp.
 */
import QRCode from 'qrcode';
import { FONT_STACK } from '../i18n/scripts.ts';
import { assertContrast } from '../site/kit.ts';
import { ogCacheKey, wrapTitle } from './og-image.ts';
import { QR_OPTIONS } from './qr.ts';

export const SHARE_IMAGE_SIZES = {
  square: { width: 1080, height: 1080 },
  portrait: { width: 1080, height: 1350 },
  story: { width: 1080, height: 1920 },
} as const;
export type ShareImageSize = keyof typeof SHARE_IMAGE_SIZES;
export const SHARE_IMAGE_NAMES = Object.keys(SHARE_IMAGE_SIZES) as ShareImageSize[];

/** The file name of one image, e.g. `lam-gi-1080x1350.png`. */
export const shareImageFile = (slug: string, size: ShareImageSize) =>
  `${slug}-${SHARE_IMAGE_SIZES[size].width}x${SHARE_IMAGE_SIZES[size].height}.png`;

/** Colours of the images; every text colour is checked against its background (WCAG 1.4.3). */
export const SHARE_COLOURS = {
  background: '#5b2a86',
  text: '#ffffff',
  message: '#ffe9a8',
  band: '#ffbf47',
  agency: '#1d1d1b',
  qrDark: '#000000',
  qrLight: '#ffffff',
} as const;

/** Exactly what an image shows; the cache key is made of this and nothing else. */
export interface ShareImage {
  size: ShareImageSize;
  lang: string;
  title: string;
  message: string;
  agencyName: string;
  /** What the QR code holds (src/permalinks/short-links.ts qrText). */
  qrText: string;
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The QR code as one SVG path of unit squares, quiet zone included, `side` modules wide. */
function qrPath(text: string): { d: string; side: number } {
  const { modules } = QRCode.create(text, QR_OPTIONS);
  const m = QR_OPTIONS.margin;
  let d = '';
  for (let y = 0; y < modules.size; y++) for (let x = 0; x < modules.size; x++) if (modules.get(y, x)) d += `M${x + m} ${y + m}h1v1h-1z`;
  return { d, side: modules.size + 2 * m };
}

/** The SVG of one image. Throws if a text colour fails the contrast check. */
export function shareImageSvg(image: ShareImage): string {
  const { width, height } = SHARE_IMAGE_SIZES[image.size];
  const c = SHARE_COLOURS;
  assertContrast([
    { text: c.text, background: c.background, what: 'tiêu đề trên ảnh chia sẻ' },
    { text: c.message, background: c.background, what: 'thông điệp trên ảnh chia sẻ' },
    { text: c.agency, background: c.band, what: 'tên cơ quan trên ảnh chia sẻ' },
    { text: c.qrDark, background: c.qrLight, what: 'mã QR' },
  ]);
  const font = FONT_STACK.join(', ');
  const pad = 80;
  const tall = height / width;
  const band = 140;
  const qrBox = tall > 1.5 ? 440 : tall > 1.2 ? 360 : 280;
  const qr = qrPath(image.qrText);
  const qrTop = height - band - qrBox - 50;
  const top = tall > 1.5 ? 200 : 90;
  // The largest type at which the whole title (up to 4 lines) and message (up to 6) fit above the
  // QR code; at the smallest, what still does not fit ends in an ellipsis.
  const layout = (titleSize: number, cut = false) => {
    const messageSize = Math.round(titleSize * 0.68);
    const titleLines = wrapTitle(image.title, image.lang, Math.floor((width - 2 * pad) / (titleSize * 0.55)), cut ? 4 : Infinity);
    const messageLines = wrapTitle(image.message, image.lang, Math.floor((width - 2 * pad) / (messageSize * 0.52)), cut ? 6 : Infinity);
    const bottom = top + (titleLines.length * titleSize + messageLines.length * messageSize) * 1.25 + 40;
    return {
      titleSize,
      messageSize,
      titleLines,
      messageLines,
      fits: titleLines.length <= 4 && messageLines.length <= 6 && bottom <= qrTop - 30,
    };
  };
  let fit = layout(tall > 1.5 ? 76 : 64);
  while (!fit.fits && fit.titleSize > 36) fit = layout(fit.titleSize - 4);
  if (!fit.fits) fit = layout(fit.titleSize, true);
  let y = top;
  const tspans = (lines: string[], size: number) =>
    lines
      .map((line) => {
        y += size * 1.25;
        return `<tspan x="${pad}" y="${Math.round(y)}">${escapeXml(line)}</tspan>`;
      })
      .join('');
  const title = tspans(fit.titleLines, fit.titleSize);
  y += 40;
  const message = tspans(fit.messageLines, fit.messageSize);
  const titleSize = fit.titleSize;
  const messageSize = fit.messageSize;
  const lang = escapeXml(image.lang);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<rect width="${width}" height="${height}" fill="${c.background}"/>
<text xml:lang="${lang}" font-family="${font}" font-weight="700" font-size="${titleSize}" fill="${c.text}">${title}</text>
<text xml:lang="${lang}" font-family="${font}" font-size="${messageSize}" fill="${c.message}">${message}</text>
<svg x="${(width - qrBox) / 2}" y="${qrTop}" width="${qrBox}" height="${qrBox}" viewBox="0 0 ${qr.side} ${qr.side}" shape-rendering="crispEdges"><rect width="${qr.side}" height="${qr.side}" fill="${c.qrLight}"/><path fill="${c.qrDark}" d="${qr.d}"/></svg>
<rect y="${height - band}" width="${width}" height="${band}" fill="${c.band}"/>
<text xml:lang="vi" x="${pad}" y="${height - band / 2 + 14}" font-family="${font}" font-weight="700" font-size="38" fill="${c.agency}">${escapeXml(image.agencyName)}</text>
</svg>`;
}

/** Cache key of an image: the hash of exactly what it shows (and the drawing that shows it, through the SVG). */
export function shareImageKey(image: ShareImage): string {
  return ogCacheKey(shareImageSvg(image));
}
