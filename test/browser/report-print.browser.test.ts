/**
 * The communication report printed from Chromium, as an officer prints it (Ctrl + P): on A4, only
 * the report (no page chrome, no tools), every table within the page width, and the sections of an
 * administrative report in order.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from '../helpers/static-server.ts';
import { closeSample, openSample } from '../helpers/sample-browser.ts';
import { reportUrl } from '../../src/site/routes.ts';

let browser: Browser;
let page: Page;
let server: StaticServer;
/** A4 at 96 CSS pixels per inch, less Chromium's default 1 cm margins. */
const A4_CONTENT_WIDTH = Math.floor(((210 - 20) * 96) / 25.4);

beforeAll(async () => {
  ({ browser, server } = await openSample());
  page = await browser.newPage({ viewport: { width: A4_CONTENT_WIDTH, height: 1100 } });
});
afterAll(() => closeSample(browser, server));

describe('report printed on A4', () => {
  for (const period of ['2026', 'so-ket-2021-2025']) {
    it(`${period}: only the report, no table wider than the paper, A4 pages`, async () => {
      await page.goto(`${server.origin}${reportUrl(period)}`);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.report__tools').first().isVisible()).toBe(false);
      expect(
        await page
          .getByRole('button', { name: 'Thoát nhanh' })
          .isVisible()
          .catch(() => false),
      ).toBe(false);
      const overflowing = await page.evaluate((width) => {
        const wide = [...document.querySelectorAll('.report table, .report h1, .report h2, .report p')].filter(
          (el) => el.getBoundingClientRect().right > width + 1,
        );
        return wide.map((el) => `${el.tagName}#${el.id} ${Math.round(el.getBoundingClientRect().right)}`);
      }, A4_CONTENT_WIDTH);
      expect(overflowing).toEqual([]);
      const headings = await page.locator('.report h2').allTextContents();
      expect(headings[0]).toMatch(/^I\. Số liệu tổng hợp/);
      expect(headings).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^[IVX]+\. Hoạt động truyền thông$/),
          expect.stringMatching(/^[IVX]+\. Kết quả thực hiện chỉ tiêu$/),
          expect.stringMatching(/^[IVX]+\. Lượt tiếp cận$/),
        ]),
      );
      const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
      const box = /MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf)!;
      // A4 is 595.28 × 841.89 pt; Chromium rounds the page to whole CSS pixels.
      expect(Math.abs(Number(box[1]) - 595.28)).toBeLessThan(1.5);
      expect(Math.abs(Number(box[2]) - 841.89)).toBeLessThan(1.5);
      expect((pdf.match(/\/Type \/Page\b/g) ?? []).length).toBeGreaterThan(1);
    });
  }
});
