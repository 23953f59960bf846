/** The search page and the header search box in Chromium, by role and name, with the keyboard. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import vi from '../../src/i18n/vi.json';
import { axeInitScript, axeViolations } from '../helpers/axe.ts';
import type { StaticServer } from '../helpers/static-server.ts';
import { closeSample, openSample } from '../helpers/sample-browser.ts';

let browser: Browser;
let page: Page;
let server: StaticServer;
const requests: string[] = [];

beforeAll(async () => {
  ({ browser, server } = await openSample());
  page = await browser.newPage();
  page.on('request', (request) => requests.push(request.url()));
});
afterAll(() => closeSample(browser, server));

const results = (where: 'main' | 'banner' = 'main') => page.getByRole(where).getByRole('list', { name: vi['search.resultsLabel'] });
const resultLinks = (where: 'main' | 'banner' = 'main') => results(where).getByRole('link');
const status = (where: 'main' | 'banner' = 'main') => page.getByRole(where).getByRole('status');
// Generous: the first search fetches Pagefind's WebAssembly, slow on a loaded 2-core machine.
const WAIT = { timeout: 45_000 };

describe('search page', () => {
  it('finds pages for a query typed without marks, with kind, campaign and date, and keeps the query out of URLs and storage', async () => {
    await page.goto(`${server.origin}/tim-kiem/`);
    const box = page.getByRole('searchbox', { name: vi['search.label'], exact: true });
    await box.focus();
    await page.keyboard.type('lam gi khi bi bao luc gia dinh');
    await page.keyboard.press('Enter');
    await expect.poll(() => resultLinks().count(), WAIT).toBeGreaterThan(0);
    expect(await resultLinks().first().textContent()).toBe('Làm gì khi bị bạo lực gia đình?');
    const hrefs = await resultLinks().evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs.every((href) => href.startsWith('/') && !href.includes('?') && !href.includes('#'))).toBe(true);
    const first = results().getByRole('listitem').first();
    const meta = await first.locator('.search__meta').textContent();
    expect(meta).toContain('Ngày Gia đình Việt Nam');
    expect(meta).toMatch(/ngày \d{2} tháng \d+ năm 2026/);
    expect(await first.locator('mark').count()).toBeGreaterThan(0);
    expect(await status().textContent()).toMatch(/^Có \d+ kết quả cho «lam gi khi bi bao luc gia dinh»\.$/);
    expect(new URL(page.url()).search).toBe('');
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    expect(requests.some((url) => url.includes('bao') || url.includes('dinh'))).toBe(false);
    expect(requests.every((url) => url.startsWith(server.origin))).toBe(true);
  });
  it('offers filters for campaign, kind, language and year, and narrows results with them', async () => {
    const filterChunks = () => requests.filter((url) => new URL(url).pathname.startsWith('/pagefind/filter/'));
    requests.length = 0;
    await page.goto(`${server.origin}/tim-kiem/`);
    for (const key of ['campaign', 'kind', 'year'])
      await page.getByRole('group', { name: vi[`search.filter.${key}` as keyof typeof vi] }).waitFor();
    await page.getByRole('searchbox', { name: vi['search.label'], exact: true }).fill('binh dang gioi');
    await page.keyboard.press('Enter');
    await expect.poll(() => resultLinks().count(), WAIT).toBeGreaterThan(0);
    // The boxes come from the small list of values (src/search/filter-values.ts): Pagefind's filter
    // chunks, with the pages of every value, are fetched only for a filter a reader checks.
    expect(requests.some((url) => url.endsWith('/pagefind/filter-values/vi.json'))).toBe(true);
    expect(filterChunks()).toEqual([]);
    const before = Number((await status().textContent())!.match(/\d+/)![0]);
    await page.getByRole('group', { name: vi['search.filter.year'] }).getByRole('checkbox', { name: '2006' }).check();
    // While a search runs the status says so without a number: wait for the new count, then the list.
    await expect.poll(async () => Number((await status().textContent())?.match(/\d+/)?.[0] ?? Infinity), WAIT).toBeLessThan(before);
    await expect.poll(() => resultLinks().allTextContents(), WAIT).toContain('Luật Bình đẳng giới');
    expect(filterChunks()).toHaveLength(1);
  });
  it('speaks Vietnamese when nothing is found', async () => {
    await page.goto(`${server.origin}/tim-kiem/`);
    await page.getByRole('searchbox', { name: vi['search.label'], exact: true }).fill('xyzzyq');
    await page.keyboard.press('Enter');
    await expect.poll(() => status().textContent(), WAIT).toBe(vi['search.noResults'].replace('{query}', 'xyzzyq'));
  });
  it("in another language, finds the pages shown there in Vietnamese, at that language's addresses", async () => {
    // No Tày version of this material: /tyz/tai-lieu/binh-dang-gioi-la-gi/ shows its Vietnamese text,
    // which the index holds once, under the Vietnamese address (src/search/fallback.ts).
    await page.goto(`${server.origin}/tyz/tim-kiem/`);
    await page.getByRole('main').getByRole('searchbox').fill('bình đẳng giới là gì');
    await page.keyboard.press('Enter');
    await expect.poll(() => resultLinks().count(), WAIT).toBeGreaterThan(0);
    const hrefs = await resultLinks().evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs[0]).toBe('/tyz/tai-lieu/binh-dang-gioi-la-gi/');
    expect(hrefs.filter((href) => !href.startsWith('/tyz/'))).toEqual([]);
    expect(new Set(hrefs).size).toBe(hrefs.length);
  });
  it('in another language, offers to search the Vietnamese pages', async () => {
    await page.goto(`${server.origin}/km/tim-kiem/`);
    expect(await page.getByRole('link', { name: vi['search.searchVietnamese'] }).getAttribute('href')).toBe('/tim-kiem/');
  });
});

describe('accessibility with results and filters on screen', () => {
  it('passes axe on the search page showing results, filters and the header box', async () => {
    const context = await browser.newContext();
    await context.addInitScript(axeInitScript);
    page = await context.newPage();
    await page.goto(`${server.origin}/tim-kiem/`);
    await page.getByRole('group', { name: vi['search.filter.year'] }).waitFor();
    await page.getByRole('searchbox', { name: vi['search.label'], exact: true }).fill('gia dinh');
    await page.keyboard.press('Enter');
    await expect.poll(() => resultLinks().count(), WAIT).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('header search box', () => {
  it('searches from any page with the keyboard, and loads no search code until used', async () => {
    page = await browser.newPage();
    page.on('request', (request) => requests.push(request.url()));
    requests.length = 0;
    await page.goto(`${server.origin}/tai-lieu/tong-dai-111/`);
    expect(requests.some((url) => url.includes('/pagefind/'))).toBe(false);
    await page.getByRole('searchbox', { name: vi['search.title'], exact: true }).focus();
    await page.keyboard.type('duong day nong');
    await page.keyboard.press('Enter');
    // On failure, the status line says why (searching, unavailable, or no results).
    await expect
      .poll(async () => ((await resultLinks('banner').count()) > 0 ? 'results' : await status('banner').textContent()), WAIT)
      .toBe('results');
    expect(await resultLinks('banner').first().textContent()).toBe('Đường dây nóng và hỗ trợ');
    expect(new URL(page.url()).pathname).toBe('/tai-lieu/tong-dai-111/');
  });
  it('keeps a query sent with Enter before the search code has loaded (a slow network), and searches it once loaded', async () => {
    page = await browser.newPage();
    // The search module arrives 2 s after it is asked for, as on a slow 3G line.
    await page.route('**/_astro/search-ui.*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      await route.continue();
    });
    await page.goto(`${server.origin}/tai-lieu/tong-dai-111/`);
    await page.getByRole('searchbox', { name: vi['search.title'], exact: true }).focus();
    await page.keyboard.type('duong day nong');
    await page.keyboard.press('Enter');
    expect(await page.locator('header [data-search]').getAttribute('data-mounted')).toBeNull();
    await expect.poll(() => resultLinks('banner').count(), WAIT).toBeGreaterThan(0);
    expect(await resultLinks('banner').first().textContent()).toBe('Đường dây nóng và hỗ trợ');
    expect(new URL(page.url()).pathname).toBe('/tai-lieu/tong-dai-111/');
    expect(await page.getByRole('searchbox', { name: vi['search.title'], exact: true }).inputValue()).toBe('duong day nong');
  });
});
