/** A poster page in real Chromium: printed at its paper size, with the QR at its stated millimetres and scannable. */
import jsQR from 'jsqr';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/astro.ts';
import type { StaticServer } from '../helpers/static-server.ts';
import { closeSample, openSample } from '../helpers/sample-browser.ts';
import { loadLinks } from '../../src/permalinks/links-data.ts';
import { mmToPt, POSTER_SIZES, type PosterSize } from '../../src/permalinks/poster-pdf.ts';
import { ownCode, posterUrl } from '../../src/permalinks/posters.ts';
import { qrText } from '../../src/permalinks/short-links.ts';

let browser: Browser;
let page: Page;
let server: StaticServer;
const links = loadLinks(ROOT, 'content');
const SLUG = 'noi-tam-lanh-la-gi';

beforeAll(async () => {
  ({ browser, server } = await openSample());
  page = await browser.newPage();
});
afterAll(() => closeSample(browser, server));

describe('poster pages in Chromium', () => {
  for (const size of Object.keys(POSTER_SIZES) as PosterSize[]) {
    it(`prints ${size.toUpperCase()} with only the poster, the QR at ${POSTER_SIZES[size].qrMm} mm, and a QR that scans`, async () => {
      await page.goto(`${server.origin}${posterUrl('vi', SLUG, size)}`);
      await page.emulateMedia({ media: 'print' });
      const qr = page.getByRole('img', { name: /Quét mã QR/ });
      const box = (await qr.boundingBox())!;
      const expectedPx = (POSTER_SIZES[size].qrMm * 96) / 25.4;
      expect(box.width).toBeCloseTo(expectedPx, 0);
      expect(
        await page
          .locator('body > header')
          .first()
          .isVisible()
          .catch(() => false),
      ).toBe(false);
      expect(await page.locator('.poster-actions').isVisible()).toBe(false);

      const shot = await qr.screenshot();
      const padded = await sharp(shot)
        .extend({ top: 20, bottom: 20, left: 20, right: 20, background: '#fff' })
        .flatten({ background: '#fff' })
        .ensureAlpha()
        .raw()
        .toBuffer({ resolveWithObject: true });
      const decoded = jsQR(
        new Uint8ClampedArray(padded.data.buffer, padded.data.byteOffset, padded.data.length),
        padded.info.width,
        padded.info.height,
      );
      expect(decoded?.data).toBe(qrText(links.settings.baseUrl, ownCode(links, `materials/${SLUG}`, 'vi')!));

      const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
      const box2 = /MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf)!;
      expect(Math.abs(Number(box2[1]) - mmToPt(POSTER_SIZES[size].width))).toBeLessThan(1.5); // Chromium rounds to CSS pixels
      expect(Math.abs(Number(box2[2]) - mmToPt(POSTER_SIZES[size].height))).toBeLessThan(1.5);
      expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
      await page.emulateMedia({ media: 'screen' });
    });
  }
});
