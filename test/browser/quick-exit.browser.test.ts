/**
 * Quick exit in real Chromium: the button, Escape and Shift×3 hide the page at once and replace the
 * current history entry with the neutral page from site settings; the button stays in reach on a
 * scrolled phone screen; without JavaScript it is still a working link.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/astro.ts';
import type { StaticServer } from '../helpers/static-server.ts';
import { closeSample, openSample } from '../helpers/sample-browser.ts';

const EXIT_URL: string = (parse(readFileSync(join(ROOT, 'content/settings/site.yaml'), 'utf8')) as { quickExitUrl: string }).quickExitUrl;
const FIRST = '/';
const SECOND = '/tai-lieu/lam-gi-khi-bi-bao-luc-gia-dinh/';
const PAGES = [SECOND, '/km/tai-lieu/lam-gi-khi-bi-bao-luc-gia-dinh/', '/tyz/ho-tro/'];

let browser: Browser;
let server: StaticServer;

/** A context whose neutral page is answered locally (slowly, so the hidden page can be seen). */
async function newContext(options: { javaScriptEnabled?: boolean; viewport?: { width: number; height: number } } = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(server.origin)) return route.continue();
    if (url === EXIT_URL) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>neutral</title><p>neutral</p>' });
    }
    return route.abort();
  });
  return context;
}

beforeAll(async () => {
  ({ browser, server } = await openSample());
});
afterAll(() => closeSample(browser, server));

/** Opens FIRST then `path`, runs `trigger`, and checks the exit replaced `path` in the history. */
async function expectExit(path: string, trigger: (page: Page) => Promise<void>) {
  const context = await newContext();
  const page = await context.newPage();
  await page.goto(server.origin + FIRST);
  await page.goto(server.origin + path);
  const before = await page.evaluate(() => history.length);
  await trigger(page);
  // The page hides at once, before the neutral page has arrived.
  expect(await page.evaluate(() => getComputedStyle(document.body).visibility).catch(() => 'gone')).toMatch(/hidden|gone/);
  await page.waitForURL(EXIT_URL);
  expect(await page.evaluate(() => history.length)).toBe(before);
  await page.goBack();
  expect(page.url()).toBe(server.origin + FIRST);
  await context.close();
}

describe.each(PAGES)('quick exit on %s', (path) => {
  it('the button hides the page and replaces the history entry', async () => {
    await expectExit(path, (page) => page.getByRole('link', { name: 'Thoát nhanh' }).click({ noWaitAfter: true }));
  });
  it('Escape exits', async () => {
    await expectExit(path, (page) => page.keyboard.press('Escape'));
  });
  it('Shift pressed three times exits', async () => {
    await expectExit(path, async (page) => {
      for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    });
  });
});

describe('quick exit does not fire by accident', () => {
  it('Shift pressed twice, or capitals typed with Shift, leave the reader on the page', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(server.origin + SECOND);
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.waitForTimeout(2100);
    for (const key of ['Shift+H', 'Shift+N', 'Shift+L']) await page.keyboard.press(key);
    await page.waitForTimeout(400);
    expect(page.url()).toBe(server.origin + SECOND);
    expect(await page.evaluate(() => getComputedStyle(document.body).visibility)).toBe('visible');
    await context.close();
  });
});

describe('quick exit on a phone', () => {
  it('stays on screen after scrolling to the end of a long page', async () => {
    const context = await newContext({ viewport: { width: 360, height: 640 } });
    const page = await context.newPage();
    await page.goto(server.origin + SECOND);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(640 * 2);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(640);
    const box = await page.getByRole('link', { name: 'Thoát nhanh' }).boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(640);
    expect(box!.height).toBeGreaterThanOrEqual(44);
    await context.close();
  });
});

describe('quick exit without JavaScript', () => {
  it('is a plain link to the neutral page', async () => {
    const context = await newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.origin + SECOND);
    await page.getByRole('link', { name: 'Thoát nhanh' }).click();
    await page.waitForURL(EXIT_URL);
    expect(await page.textContent('p')).toBe('neutral');
    await context.close();
  });
});
