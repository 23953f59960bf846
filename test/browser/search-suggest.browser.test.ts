/**
 * Search as you type and "Có phải bạn muốn tìm …?" on the built sample site, in Chromium, by role
 * and name: the suggestion from the site's vocabulary runs its search, results come without
 * Enter, the status line says the count, the focus stays in the box and the query stays out of
 * URLs, history and storage.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import vi from '../../src/i18n/vi.json';
import { FEW_RESULTS, indexVocabulary, suggestSpelling, VOCABULARY_DIR, type VocabularyFile } from '../../src/search/vocabulary.ts';
import { ROOT } from '../helpers/astro.ts';
import { axeInitScript, axeViolations } from '../helpers/axe.ts';
import { privacyInitScript, privacyReport } from '../helpers/privacy.ts';
import { SAMPLE_DIST } from '../helpers/sample.ts';
import { loadQueries } from '../helpers/search-runner.ts';
import type { StaticServer } from '../helpers/static-server.ts';
import { closeSample, openSample } from '../helpers/sample-browser.ts';

let browser: Browser;
let server: StaticServer;
// Generous: the first search fetches Pagefind's WebAssembly, slow on a loaded 2-core machine.
const WAIT = { timeout: 45_000 };
const [SUGGEST_BEFORE = '', SUGGEST_AFTER = ''] = vi['search.suggestion'].split('{suggestion}');

beforeAll(async () => {
  ({ browser, server } = await openSample());
});
afterAll(() => closeSample(browser, server));

const vocabularyFile = (lang: string) => join(ROOT, SAMPLE_DIST, VOCABULARY_DIR, `${lang}.json`);

/** A fresh page that records every request and every text the status line takes. */
async function searchPage(path: string): Promise<{ page: Page; requests: string[]; historyLength: number }> {
  const context = await browser.newContext();
  await context.addInitScript(privacyInitScript);
  await context.addInitScript(axeInitScript);
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${server.origin}${path}`);
  await page.evaluate(() => {
    const status = document.querySelector('main [data-search-status]')!;
    const said: string[] = ((window as unknown as { said: string[] }).said = []);
    new MutationObserver(() => said.push(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });
  });
  return { page, requests, historyLength: await page.evaluate(() => history.length) };
}

const box = (page: Page) => page.getByRole('main').getByRole('searchbox', { name: vi['search.label'], exact: true });
const resultLinks = (page: Page) => page.getByRole('main').getByRole('list', { name: vi['search.resultsLabel'] }).getByRole('link');
const said = (page: Page) => page.evaluate(() => (window as unknown as { said: string[] }).said.filter(Boolean));
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id);

/** Nothing of the query in the address, the history (no entry added), storage, or any request. */
async function expectQueryKeptPrivate({ page, requests, historyLength }: Awaited<ReturnType<typeof searchPage>>, words: string[]) {
  expect(new URL(page.url()).search).toBe('');
  expect(new URL(page.url()).hash).toBe('');
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
  expect(await privacyReport(page)).toEqual([]);
  expect(requests.filter((url) => words.some((word) => decodeURIComponent(url).includes(word)))).toEqual([]);
}

describe('the vocabulary in the build', () => {
  it('is written for every index language, small, unmarked', () => {
    for (const lang of ['vi', 'km', 'tyz']) {
      const bytes = statSync(vocabularyFile(lang)).size;
      // Measured on the sample: about 19 KB (vi) and 20 KB (km) before compression, 8 KB gzipped.
      expect(bytes).toBeGreaterThan(1_000);
      expect(bytes).toBeLessThan(60_000);
      const file = JSON.parse(readFileSync(vocabularyFile(lang), 'utf8')) as VocabularyFile;
      expect(file.pairs.split('|')).toContain('gia dinh');
      expect(file.syllables).not.toMatch(/[àáảãạăâđèéêìíòóôơùúưỳý]/u);
    }
    expect(readFileSync(vocabularyFile('km'), 'utf8')).toMatch(/[\u1780-\u17FF]/u);
  });
  it('suggests the right spelling for every misspelt query of the query set, and nothing for those typed right', () => {
    const vocabulary = indexVocabulary(JSON.parse(readFileSync(vocabularyFile('vi'), 'utf8')) as VocabularyFile);
    const queries = loadQueries().filter((query) => query.lang === undefined);
    const misspelt = queries.filter((query) => query.type === 'misspelling');
    expect(misspelt.length).toBeGreaterThanOrEqual(3);
    for (const query of misspelt) {
      const offer = suggestSpelling(query.q, vocabulary, FEW_RESULTS)?.text;
      expect(offer, query.q).toMatch(/^[a-z ]+$/);
      expect(offer).not.toBe(query.q);
    }
    expect(suggestSpelling('bao luc gai dinh', vocabulary, FEW_RESULTS)?.text).toBe('bao luc gia dinh');
    // Typed right, these find many pages: a suggestion would only be noise.
    const typedRight = queries.filter((query) => query.type !== 'misspelling').map((query) => [query.q, suggestSpelling(query.q, vocabulary, FEW_RESULTS)?.text]);
    expect(typedRight.filter(([, offer]) => offer !== undefined)).toEqual([]);
  });
});

describe('"Có phải bạn muốn tìm …?"', () => {
  it('offers "bao luc gia dinh" for "bao luc gai dinh" as it is typed, and its button runs that search', async () => {
    const opened = await searchPage('/tim-kiem/');
    const { page } = opened;
    await box(page).focus();
    await page.keyboard.type('bao luc gai dinh');
    const offer = page.getByRole('main').getByRole('button', { name: 'bao luc gia dinh', exact: true });
    await offer.waitFor(WAIT);
    expect(await page.locator('main [data-search-suggestion]').textContent()).toBe(`${SUGGEST_BEFORE}bao luc gia dinh${SUGGEST_AFTER}`);
    expect(await page.locator('main [data-search-suggestion]').getAttribute('aria-live')).toBe('polite');
    expect(await focusedId(page)).toBe('tim-kiem-q');
    expect(await axeViolations(page)).toEqual([]);

    await offer.click();
    expect(await box(page).inputValue()).toBe('bao luc gia dinh');
    await expect.poll(async () => (await said(page)).at(-1), WAIT).toMatch(/^Có \d+ kết quả cho «bao luc gia dinh»\.$/);
    await expect.poll(() => resultLinks(page).count(), WAIT).toBeGreaterThan(2);
    const top = await resultLinks(page).evaluateAll((links) => links.slice(0, 3).map((a) => a.getAttribute('href') ?? ''));
    expect(top.filter((href) => href.includes('bao-luc-gia-dinh')).length, top.join(', ')).toBeGreaterThanOrEqual(2);
    expect(await resultLinks(page).allTextContents()).toContain('Làm gì khi bị bạo lực gia đình?');
    // The offer is gone with its search; the reader is back in the box.
    expect(await offer.count()).toBe(0);
    expect(await focusedId(page)).toBe('tim-kiem-q');
    await expectQueryKeptPrivate(opened, ['bao luc', 'bao+luc', 'gai dinh', 'gia dinh']);
  });
  it('works on another language\'s search page, in Vietnamese where the language has no string of its own', async () => {
    const { page } = await searchPage('/km/tim-kiem/');
    await box(page).fill('bao luc gai dinh');
    const offer = page.getByRole('main').getByRole('button', { name: 'bao luc gia dinh', exact: true });
    await offer.waitFor(WAIT);
    expect(await page.locator('main [data-search-suggestion]').textContent()).toBe(`${SUGGEST_BEFORE}bao luc gia dinh${SUGGEST_AFTER}`);
    await offer.click();
    await expect.poll(() => resultLinks(page).count(), WAIT).toBeGreaterThan(0);
    expect(new URL(page.url()).pathname).toBe('/km/tim-kiem/');
  });
  it('offers nothing for a query typed right, or for one far from every word of the site', async () => {
    const { page } = await searchPage('/tim-kiem/');
    for (const query of ['bao luc gia dinh', 'xyzzyq']) {
      await box(page).fill(query);
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await said(page)).at(-1) ?? '', WAIT).toContain(`«${query}»`);
      // The vocabulary is fetched after the results: give it the time to answer.
      await page.waitForLoadState('networkidle');
      expect(await page.locator('main [data-search-suggestion]').textContent()).toBe('');
    }
  });
});

describe('search as you type', () => {
  it('shows results without Enter once the reader stops typing, says the count once, and keeps the focus in the box', async () => {
    const opened = await searchPage('/tim-kiem/');
    const { page } = opened;
    await box(page).focus();
    // Faster than the debounce: no search may start before the last key.
    await page.keyboard.type('duong day nong', { delay: 40 });
    await expect.poll(() => resultLinks(page).count(), WAIT).toBeGreaterThan(0);
    expect(await resultLinks(page).first().textContent()).toBe('Đường dây nóng và hỗ trợ');
    const status = page.getByRole('main').getByRole('status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await status.textContent()).toMatch(/^Có \d+ kết quả cho «duong day nong»\.$/);
    // What the live region said: at most "searching…" and the count, never a half-typed query.
    const texts = await said(page);
    expect(texts.filter((text) => text !== vi['search.searching'])).toEqual([await status.textContent()]);
    expect(await focusedId(page)).toBe('tim-kiem-q');
    await expectQueryKeptPrivate(opened, ['duong', 'nong']);
  });
  it('still searches at once on Enter, and empties the results when the box is emptied', async () => {
    const opened = await searchPage('/tim-kiem/');
    const { page } = opened;
    await box(page).focus();
    await page.keyboard.type('binh dang gioi');
    await page.keyboard.press('Enter');
    await expect.poll(() => resultLinks(page).count(), WAIT).toBeGreaterThan(0);
    expect(await resultLinks(page).allTextContents()).toContain('Bình đẳng giới là gì?');
    await box(page).fill('');
    await expect.poll(() => resultLinks(page).count(), WAIT).toBe(0);
    expect(await page.locator('main [data-search-status]').textContent()).toBe('');
    expect(await focusedId(page)).toBe('tim-kiem-q');
    await expectQueryKeptPrivate(opened, ['binh', 'gioi']);
  });
});
