/**
 * Every built page of the sample site in real Chromium: axe (WCAG 2.2 AA) finds nothing, and no
 * page asks another origin for anything.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeInitScript, axeViolations } from '../helpers/axe.ts';
import { allPages } from '../helpers/sample.ts';
import type { StaticServer } from '../helpers/static-server.ts';
import { closeSample, openSample } from '../helpers/sample-browser.ts';

let browser: Browser;
let page: Page;
let server: StaticServer;
const foreignRequests: string[] = [];

beforeAll(async () => {
  ({ browser, server } = await openSample());
  const context = await browser.newContext();
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.origin) || url.startsWith('data:')) return route.continue();
    foreignRequests.push(url);
    return route.abort();
  });
  // One tab for every page, with axe loaded before the page's own scripts: about 0.6 s a page.
  await context.addInitScript(axeInitScript);
  page = await context.newPage();
});

afterAll(() => closeSample(browser, server));

describe('axe can fail', () => {
  it('reports an image without alt text and unlabeled link', async () => {
    await page.setContent('<!doctype html><html lang="vi"><head><title>x</title></head><body><main><img src="data:,"><a href="/"></a></main></body></html>');
    const violations = await axeViolations(page);
    expect(violations.some((v) => v.startsWith('image-alt'))).toBe(true);
    expect(violations.some((v) => v.startsWith('link-name'))).toBe(true);
  });
});

describe('every built page passes axe (wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa)', () => {
  const pages = allPages();
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(100);
  });
  it.each(pages)('%s', async (path) => {
    const response = await page.goto(server.origin + path);
    expect(response?.status()).toBe(200);
    expect(await axeViolations(page)).toEqual([]);
  });
  it('no page asked another origin for anything', () => {
    expect(foreignRequests).toEqual([]);
  });
});
