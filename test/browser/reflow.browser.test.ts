/**
 * Text zoom to 200% without loss (WCAG 1.4.4 / 1.4.10): at 320 CSS px wide, the width a 1280 px
 * screen has at 400% zoom, no page type scrolls sideways, and at 200% browser zoom on a phone the
 * quick exit still fits.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allPages } from '../helpers/sample.ts';
import type { StaticServer } from '../helpers/static-server.ts';
import { closeSample, openSample } from '../helpers/sample-browser.ts';

let browser: Browser;
let page: Page;
let server: StaticServer;

beforeAll(async () => {
  ({ browser, server } = await openSample());
  page = await browser.newPage({ viewport: { width: 320, height: 640 } });
});
afterAll(() => closeSample(browser, server));

/** One page of each type, in Vietnamese and in each other language the sample has. */
const TYPES = [/^\/$/, /\/chien-dich\/$/, /\/chien-dich\/[^/]+\/$/, /\/tai-lieu\/$/, /\/tai-lieu\/[^/]+\/$/, /\/van-ban\/$/, /\/van-ban\/[^/]+\/$/, /\/ho-tro\/$/, /\/lich\/$/, /\/su-dung-an-toan\/$/, /^\/404\.html$/, /\/phat-thanh\/$/, /\/de-doc\/$/, /^\/bien-tap\/bao-cao\/$/, /^\/bien-tap\/bao-cao\/[^/]+\/$/];
const pages = allPages();
const prefixes = ['', '/km', '/hmn-Latn-VN'];
const sampled = [...new Set(prefixes.flatMap((prefix) => TYPES.map((type) => pages.find((path) => path.startsWith(`${prefix}/`) && (prefix === '' ? !/^\/(tyz|nut|hmn-Latn-VN|jra|bdq|km)\//.test(path) : true) && type.test(path.slice(prefix.length)))).filter((p): p is string => !!p)))];

describe('no horizontal scrolling at 320 CSS px', () => {
  it('samples every page type', () => {
    expect(sampled.length).toBeGreaterThanOrEqual(TYPES.length * 2);
  });
  it.each(sampled)('%s', async (path) => {
    await page.goto(server.origin + path);
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const wide = [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > width + 1 && !el.closest('.table-scroll') && getComputedStyle(el).position !== 'absolute')
        .slice(0, 3)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
      return { scroll: document.documentElement.scrollWidth - width, wide };
    });
    expect(overflow).toEqual({ scroll: 0, wide: [] });
  });
});

describe('the check can fail', () => {
  it('sees a page wider than the screen', async () => {
    await page.setContent('<!doctype html><meta name="viewport" content="width=device-width"><body><pre>' + 'x'.repeat(200) + '</pre></body>');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeGreaterThan(320);
  });
});
