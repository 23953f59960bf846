/** Keyboard use of the page chrome: quick exit first, then the skip link, then the content. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/index.ts';
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

/** The exit button's text in a language: its string, and beside a draft the Vietnamese and the mark. */
function exitText(lang: string): string {
  const label = useTranslations(lang).label('exit.button');
  return label.vietnamese === undefined ? label.text : `${label.text} ${label.vietnamese} ${useTranslations('vi')('ui.draftMark')}`;
}

const focused = () => page.evaluate(() => ({ text: document.activeElement?.textContent?.trim(), id: document.activeElement?.id }));

describe.each(['/', '/tai-lieu/lam-gi-khi-bi-bao-luc-gia-dinh/', '/km/tai-lieu/lam-gi-khi-bi-bao-luc-gia-dinh/'])('keyboard on %s', (path) => {
  it('reaches quick exit first, then the skip link, which moves focus to the content', async () => {
    await page.goto(server.origin + path);
    await page.keyboard.press('Tab');
    expect((await focused()).text).toBe(exitText(path.startsWith('/km/') ? 'km' : 'vi'));
    const exit = page.getByRole('link', { name: 'Thoát nhanh' });
    expect(await exit.isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect((await focused()).text).toBe('Bỏ qua, đến nội dung chính');
    expect(await page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' }).isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect((await focused()).id).toBe('noi-dung');
  });
  it('shows a visible focus outline', async () => {
    await page.goto(server.origin + path);
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
  });
});
