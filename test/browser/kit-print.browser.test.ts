/**
 * The meeting kit printed from Chromium, as a village communicator prints it (Ctrl + P): on A4,
 * only the kit (no page chrome, no links), nothing wider than the paper, on one sheet.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from '../helpers/static-server.ts';
import { closeSample, openSample } from '../helpers/sample-browser.ts';
import { meetingKitUrl } from '../../src/site/routes.ts';

let browser: Browser;
let page: Page;
let server: StaticServer;
/** A4 at 96 CSS pixels per inch, less the kit's 12 mm margins. */
const A4_CONTENT_WIDTH = Math.floor(((210 - 24) * 96) / 25.4);

beforeAll(async () => {
  ({ browser, server } = await openSample());
  page = await browser.newPage({ viewport: { width: A4_CONTENT_WIDTH, height: 1100 } });
});
afterAll(() => closeSample(browser, server));

describe('meeting kit printed on A4', () => {
  for (const slug of ['lam-gi-khi-bi-bao-luc-gia-dinh', 'ngay-gia-dinh-viet-nam-28-6']) {
    it(`${slug}: only the kit, nothing wider than the paper, one A4 sheet`, async () => {
      await page.goto(`${server.origin}${meetingKitUrl('vi', slug)}`);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.kit__tools').first().isVisible()).toBe(false);
      expect(await page.locator('header').first().isVisible()).toBe(false);
      expect(await page.getByRole('heading', { level: 2, name: 'Thông điệp chính' }).isVisible()).toBe(true);
      expect(await page.getByRole('img', { name: /Quét mã QR/ }).isVisible()).toBe(true);
      const overflowing = await page.evaluate((width) => {
        const wide = [...document.querySelectorAll('.kit, .kit *')].filter(
          (el) => el.getBoundingClientRect().right > width + 1 || el.scrollWidth > el.clientWidth + 1,
        );
        return wide.map((el) => `${el.tagName}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`);
      }, A4_CONTENT_WIDTH);
      expect(overflowing).toEqual([]);
      const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
      const box = /MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf)!;
      expect(Math.abs(Number(box[1]) - 595.28)).toBeLessThan(1.5);
      expect(Math.abs(Number(box[2]) - 841.89)).toBeLessThan(1.5);
      expect((pdf.match(/\/Type \/Page\b/g) ?? []).length).toBe(1);
    });
  }
});
