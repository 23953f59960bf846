/**
 * Every built page of the sample site in real Chromium: no request to another origin, no cookie,
 * no storage write, no Content-Security-Policy violation and no console error.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { privacyInitScript, privacyReport } from '../helpers/privacy.ts';
import { allPages } from '../helpers/sample.ts';
import type { StaticServer } from '../helpers/static-server.ts';
import { closeSample, openSample } from '../helpers/sample-browser.ts';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let server: StaticServer;
let foreign: string[] = [];
let consoleErrors: string[] = [];

beforeAll(async () => {
  ({ browser, server } = await openSample());
  context = await browser.newContext();
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${server.origin}/`) || url.startsWith('data:')) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  await context.addInitScript(privacyInitScript);
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
});

afterAll(() => closeSample(browser, server));

const reset = () => {
  foreign = [];
  consoleErrors = [];
};

describe('the privacy check can fail', () => {
  it('sees a storage write, a cookie, a CSP violation and a request to another origin', async () => {
    // A context of its own, so that nothing written here is seen by the checks of the real pages.
    const own = await browser.newContext();
    const requests: string[] = [];
    await own.route('**/*', (route) => {
      if (!route.request().url().startsWith(`${server.origin}/`)) {
        requests.push(route.request().url());
        return route.abort();
      }
      return route.continue();
    });
    await own.addInitScript(privacyInitScript);
    const probe = await own.newPage();
    await probe.goto(`${server.origin}/`);
    await probe.evaluate(() => {
      localStorage.setItem('visited', '1');
      document.cookie = 'tracker=1; path=/';
      // The page's own policy allows connections to its origin only.
      return fetch('https://example.com/pixel').catch(() => null);
    });
    await probe.waitForTimeout(200);
    const report = await privacyReport(probe);
    expect(report).toContain('localStorage.setItem visited');
    expect(report).toContain('document.cookie tracker');
    expect(report.some((line) => line.startsWith('csp: connect-src https://example.com/pixel'))).toBe(true);
    expect(await own.cookies()).not.toEqual([]);
    // Without the page's policy (a blank page), a foreign request reaches the network and is seen.
    const blank = await own.newPage();
    await blank.setContent('<img src="https://example.com/tracker.gif" alt="">');
    await blank.waitForTimeout(200);
    expect(requests).toContain('https://example.com/tracker.gif');
    await own.close();
  });
});

describe('every built page keeps the reader private', () => {
  const pages = allPages();
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(100);
  });
  it.each(pages)('%s', async (path) => {
    reset();
    const response = await page.goto(server.origin + path, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(await privacyReport(page)).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(foreign).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
