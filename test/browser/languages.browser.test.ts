/** Switching languages, and every letter of every script drawn by the site's own fonts. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from '../helpers/static-server.ts';
import { closeSample, openSample } from '../helpers/sample-browser.ts';

let browser: Browser;
let page: Page;
let server: StaticServer;

beforeAll(async () => {
  ({ browser, server } = await openSample());
  page = await browser.newPage();
});
afterAll(() => closeSample(browser, server));

const htmlLang = () => page.evaluate(() => document.documentElement.lang);

describe('language switcher', () => {
  it('goes to the Khmer translation and back, and to a fallback page with its notice', async () => {
    await page.goto(`${server.origin}/tai-lieu/tong-dai-111/`);
    const switcher = page.getByRole('navigation', { name: 'Ngôn ngữ' });
    await switcher.getByRole('link', { name: /ភាសាខ្មែរ/ }).click();
    await page.waitForURL('**/km/tai-lieu/tong-dai-111/');
    expect(await htmlLang()).toBe('km');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('ខ្សែទូរស័ព្ទ');
    expect(await page.getByText('Bản dịch này chưa được người bản ngữ duyệt.').isVisible()).toBe(true);

    await page.getByRole('navigation', { name: 'Ngôn ngữ' }).getByRole('link', { name: 'Tày' }).click();
    await page.waitForURL('**/tyz/tai-lieu/tong-dai-111/');
    expect(await htmlLang()).toBe('tyz');
    expect(await page.getByRole('note').filter({ hasText: 'Trang này chưa có bản Tày' }).isVisible()).toBe(true);
    expect(await page.locator('main > div').getAttribute('lang')).toBe('vi');

    await page.getByRole('navigation', { name: 'Ngôn ngữ' }).getByRole('link', { name: 'Tiếng Việt' }).click();
    await page.waitForURL(`${server.origin}/tai-lieu/tong-dai-111/`);
    expect(await htmlLang()).toBe('vi');
  });
  it('works with the keyboard', async () => {
    await page.goto(`${server.origin}/tai-lieu/tong-dai-111/`);
    const target = page.getByRole('navigation', { name: 'Ngôn ngữ' }).getByRole('link', { name: /Hmoob/ });
    for (let i = 0; i < 40 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await target.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/hmn-Latn-VN/tai-lieu/tong-dai-111/');
    expect(await htmlLang()).toBe('hmn-Latn-VN');
  });
});

/** The fonts Chromium really used to draw a node's text, from the DevTools protocol. */
async function fontsUsed(selector: string): Promise<{ familyName: string; isCustomFont: boolean; glyphCount: number }[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts;
}

describe('fonts', () => {
  it('draw Jrai letters with combining breves and a Khmer sentence with the site fonts only', async () => {
    await page.goto(`${server.origin}/`);
    await page.evaluate(() => {
      const jrai = document.createElement('p');
      jrai.id = 'jrai';
      jrai.lang = 'jra';
      jrai.textContent = 'Ơ̆ ư̆ ƀ č ñ ĕ Ê̆ Ô̆ ŏ ŭ Ĭ'.normalize('NFC');
      const khmer = document.createElement('p');
      khmer.id = 'khmer';
      khmer.lang = 'km';
      khmer.textContent = 'ខ្សែទូរស័ព្ទជាតិការពារកុមារ ១១១ ទទួលការហៅទាំងយប់ទាំងថ្ងៃ។';
      document.querySelector('main')!.append(jrai, khmer);
    });
    await page.evaluate(async () => {
      await document.fonts.load('16px "Noto Sans Khmer"', 'ខ');
      await document.fonts.load('16px "Noto Sans"', 'ư̆');
      await document.fonts.ready;
    });
    const jrai = await fontsUsed('#jrai');
    expect(jrai.length).toBeGreaterThan(0);
    expect(jrai.every((f) => f.isCustomFont && f.familyName === 'Noto Sans'), JSON.stringify(jrai)).toBe(true);
    const khmer = await fontsUsed('#khmer');
    expect(khmer.some((f) => f.familyName === 'Noto Sans Khmer')).toBe(true);
    expect(khmer.every((f) => f.isCustomFont), JSON.stringify(khmer)).toBe(true);
  });
  it('are served by the site itself', async () => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${server.origin}/km/tai-lieu/tong-dai-111/`);
    await page.evaluate(() => document.fonts.ready);
    const fonts = requests.filter((u) => u.endsWith('.woff2'));
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((u) => u.startsWith(`${server.origin}/fonts/`))).toBe(true);
  });
});
