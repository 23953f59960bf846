/**
 * The lists by audience and the search filter "Đối tượng" in Chromium at phone size (360 px), on
 * the shipped sample site: a reader opens the audiences, picks one, follows a material and finds
 * its audience linked; on the search page, ticking an audience keeps only the materials aimed at
 * it, and the query stays out of the URL and of storage. axe finds nothing on the new pages.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import vi from '../../src/i18n/vi.json';
import { checkContent } from '../../src/collections/check.ts';
import type { Audience } from '../../src/schemas/audience.ts';
import { ROOT } from '../helpers/astro.ts';
import { axeInitScript, axeViolations } from '../helpers/axe.ts';
import type { StaticServer } from '../helpers/static-server.ts';
import { closeSample, openSample } from '../helpers/sample-browser.ts';

const PHONE = { width: 360, height: 740 };
// Generous: the first search fetches Pagefind's WebAssembly, slow on a loaded 2-core machine.
const WAIT = { timeout: 45_000 };

const parents = new Set(
  checkContent(ROOT, 'content')
    .entries.filter(
      (e) => e.file.collection === 'materials' && e.file.lang === 'vi' && ((e.data.audiences ?? []) as Audience[]).includes('cha-me'),
    )
    .map((e) => `/tai-lieu/${e.file.slug}/`),
);

let browser: Browser;
let page: Page;
let server: StaticServer;
const requests: string[] = [];

beforeAll(async () => {
  ({ browser, server } = await openSample());
  const context = await browser.newContext({ viewport: PHONE });
  await context.addInitScript(axeInitScript);
  page = await context.newPage();
  page.on('request', (request) => requests.push(request.url()));
});
afterAll(() => closeSample(browser, server));

/** Nothing wider than the phone's screen, and nothing for axe to report. */
async function fitsAndPassesAxe() {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  expect(await axeViolations(page)).toEqual([]);
}

describe('lists by audience on a phone', () => {
  it('lead from the materials index to an audience, its list and a material that links back to it', async () => {
    await page.goto(`${server.origin}/tai-lieu/`);
    await page.getByRole('main').getByRole('link', { name: vi['audience.indexTitle'] }).click();
    await page.waitForURL(`${server.origin}/doi-tuong/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(vi['audience.indexTitle']);
    await fitsAndPassesAxe();

    await page.getByRole('main').getByRole('link', { name: vi['audience.cha-me'], exact: true }).click();
    await page.waitForURL(`${server.origin}/doi-tuong/cha-me/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Cha mẹ');
    const materials = page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('link');
    expect(new Set(await materials.evaluateAll((links) => links.map((a) => a.getAttribute('href'))))).toEqual(parents);
    await fitsAndPassesAxe();

    const first = materials.first();
    const href = await first.getAttribute('href');
    await first.click();
    await page.waitForURL(`${server.origin}${href}`);
    const back = page.getByRole('main').getByRole('link', { name: 'Cha mẹ', exact: true });
    expect(await back.getAttribute('href')).toBe('/doi-tuong/cha-me/');
    await fitsAndPassesAxe();
  });

  it('exist in another language, with an empty audience saying so', async () => {
    await page.goto(`${server.origin}/km/doi-tuong/nguoi-khuyet-tat/`);
    expect(await page.getByRole('main').textContent()).toContain(vi['audience.empty']);
    await fitsAndPassesAxe();
  });
});

describe('the search filter "Đối tượng"', () => {
  it('keeps only the materials aimed at the audience ticked, and the query stays out of URLs and storage', async () => {
    requests.length = 0;
    await page.goto(`${server.origin}/tim-kiem/`);
    const filter = page.getByRole('group', { name: vi['search.filter.audience'] });
    await filter.waitFor(WAIT);
    const resultLinks = page.getByRole('main').getByRole('list', { name: vi['search.resultsLabel'] }).getByRole('link');
    const status = page.getByRole('main').getByRole('status');
    const count = async () => Number((await status.textContent())?.match(/\d+/)?.[0] ?? Infinity);
    await page.getByRole('searchbox', { name: vi['search.label'], exact: true }).fill('gia dinh');
    await page.keyboard.press('Enter');
    await expect.poll(() => resultLinks.count(), WAIT).toBeGreaterThan(0);
    const before = await count();
    const hrefs = () => resultLinks.evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect((await hrefs()).some((href) => !parents.has(href))).toBe(true);

    await filter.getByRole('checkbox', { name: 'Cha mẹ' }).check();
    await expect.poll(count, WAIT).toBeLessThan(before);
    await expect.poll(async () => (await hrefs()).length > 0 && (await hrefs()).every((href) => parents.has(href)), WAIT).toBe(true);
    expect(await count()).toBeLessThanOrEqual(parents.size);
    await fitsAndPassesAxe();

    expect(new URL(page.url()).search).toBe('');
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    expect(requests.some((url) => url.includes('gia') && url.includes('dinh'))).toBe(false);
    expect(requests.every((url) => url.startsWith(server.origin))).toBe(true);
  });
});
