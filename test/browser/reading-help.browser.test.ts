/**
 * Reading help on the built sample site, on a 360 px phone in Chromium: the "Hỗ trợ đọc" group of
 * a material page, the easy-read page (Vietnamese, and a fallback language), and the text size
 * kept in the address: it scales the root font size, follows clicked links (also links added
 * later) but never the quick exit or other sites, writes no storage or cookie, does not make the
 * page scroll sideways at its largest, works by keyboard and hides itself without JavaScript.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/index.ts';
import { ROOT } from '../helpers/astro.ts';
import { axeInitScript, axeViolations } from '../helpers/axe.ts';
import { privacyInitScript, privacyReport } from '../helpers/privacy.ts';
import { closeSample, openSample } from '../helpers/sample-browser.ts';
import type { StaticServer } from '../helpers/static-server.ts';

const t = useTranslations('vi');
const EXIT_URL: string = (parse(readFileSync(join(ROOT, 'content/settings/site.yaml'), 'utf8')) as { quickExitUrl: string }).quickExitUrl;
const MATERIAL = '/tai-lieu/chia-se-viec-nha/';
const EASY = '/tai-lieu/chia-se-viec-nha/de-doc/';

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  ({ browser, server } = await openSample());
});
afterAll(() => closeSample(browser, server));

/** A 360 px phone that reaches nothing but the sample site, watched for storage and cookies, with axe loaded. */
async function phone(options: { javaScriptEnabled?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, ...options });
  await context.route('**/*', (route) => (route.request().url().startsWith(server.origin) ? route.continue() : route.abort()));
  await context.addInitScript(privacyInitScript);
  await context.addInitScript(axeInitScript);
  return { context, page: await context.newPage() };
}

const rootFontSize = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
const sizeButton = (page: Page, size: 'vua' | 'lon' | 'rat-lon') => page.getByRole('button', { name: t(`textSize.${size}`), exact: true });
const help = (page: Page) => page.getByRole('region', { name: t('readingHelp.title') });
const sideways = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && !el.closest('.table-scroll') && getComputedStyle(el).position !== 'absolute')
      .slice(0, 3)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    return { scroll: document.documentElement.scrollWidth - width, wide };
  });

describe('the easy-read version', () => {
  it('is linked from the material page’s reading help and has the blocks, a picture with alt, a link back, quick exit and the hotlines', async () => {
    const { context, page } = await phone();
    await page.goto(server.origin + MATERIAL);
    const link = help(page).getByRole('link', { name: t('easyRead.link') });
    await expect(link.getAttribute('href')).resolves.toBe(EASY);
    await link.click();
    await page.waitForURL(`**${EASY}`);
    await expect(page.locator('h1').innerText()).resolves.toBe(t('easyRead.title', { title: 'Việc nhà là việc của cả nhà' }));
    await expect(page.locator('.easy-read__block').count()).resolves.toBe(6);
    await expect(page.locator('.easy-read__text').first().innerText()).resolves.toContain('Việc nhà là việc của cả nhà.');
    const alt = await page.locator('.easy-read__picture img').first().getAttribute('alt');
    expect(alt).toMatch(/^Hình trang trí: /);
    await expect(page.locator('.exit__button').isVisible()).resolves.toBe(true);
    await expect(page.locator('.strip').isVisible()).resolves.toBe(true);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('vi');
    await help(page).getByRole('link', { name: t('easyRead.back') }).click();
    await page.waitForURL(`**${MATERIAL}`);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('exists in a language without a version of its own, in Vietnamese with the fallback notice', async () => {
    const { context, page } = await phone();
    await page.goto(`${server.origin}/tyz${MATERIAL}`);
    await help(page).getByRole('link', { name: t('easyRead.link') }).click();
    await page.waitForURL(`**/tyz${EASY}`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('tyz');
    await expect(page.locator('main > div[lang="vi"] .easy-read__block').count()).resolves.toBe(6);
    await expect(page.locator('.notice--fallback').count()).resolves.toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('is offered in Khmer too, from the Vietnamese text, on the second easy-read sample', async () => {
    const { context, page } = await phone();
    await page.goto(`${server.origin}/km/tai-lieu/binh-dang-gioi-la-gi/`);
    await help(page).getByRole('link', { name: t('easyRead.link') }).click();
    await page.waitForURL('**/km/tai-lieu/binh-dang-gioi-la-gi/de-doc/');
    await expect(page.locator('main > div[lang="vi"] .easy-read__block').count()).resolves.toBe(6);
    await expect(page.locator('.easy-read__picture img').count()).resolves.toBe(2);
    await context.close();
  });

  it('is not offered by a material without one; a recording still shows its player beside the reading help', async () => {
    const { context, page } = await phone();
    await page.goto(`${server.origin}/tai-lieu/noi-tam-lanh-la-gi/`);
    await expect(help(page).getByRole('button', { name: t('textSize.lon'), exact: true }).isVisible()).resolves.toBe(true);
    await expect(help(page).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: t('easyRead.link') }).count()).resolves.toBe(0);
    await page.goto(`${server.origin}/tai-lieu/lam-gi-khi-bi-bao-luc-gia-dinh/`);
    await expect(page.locator('.recording audio').count()).resolves.toBe(1);
    await expect(sizeButton(page, 'lon').isVisible()).resolves.toBe(true);
    await context.close();
  });
});

describe('text size', () => {
  it('scales the root at once, replaces the address without a new history entry, and follows a clicked link', async () => {
    const { context, page } = await phone();
    await page.goto(server.origin + MATERIAL);
    expect(await rootFontSize(page)).toBe('16px');
    await expect(sizeButton(page, 'vua').getAttribute('aria-pressed')).resolves.toBe('true');
    const entries = await page.evaluate(() => history.length);
    await sizeButton(page, 'lon').click();
    expect(await rootFontSize(page)).toBe('20px');
    await expect(sizeButton(page, 'lon').getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(sizeButton(page, 'vua').getAttribute('aria-pressed')).resolves.toBe('false');
    expect(new URL(page.url()).search).toBe('?chu=lon');
    expect(await page.evaluate(() => history.length)).toBe(entries);
    // The next page, reached by a link of the page, keeps the size.
    await page.getByRole('navigation', { name: t('nav.label') }).getByRole('link', { name: t('nav.materials') }).click();
    await page.waitForURL((url) => url.pathname === '/tai-lieu/');
    expect(new URL(page.url()).search).toBe('?chu=lon');
    expect(await rootFontSize(page)).toBe('20px');
    // Back to the default: the address loses the parameter.
    await page.goBack();
    await sizeButton(page, 'vua').click();
    expect(await rootFontSize(page)).toBe('16px');
    expect(new URL(page.url()).search).toBe('');
    expect(await privacyReport(page)).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });

  it('goes onto links added later, never onto other sites', async () => {
    const { context, page } = await phone();
    await page.goto(`${server.origin}${MATERIAL}?chu=rat-lon`);
    expect(await rootFontSize(page)).toBe('24px');
    await expect(sizeButton(page, 'rat-lon').getAttribute('aria-pressed')).resolves.toBe('true');
    const followed = await page.evaluate(() => {
      const add = (href: string) => {
        const a = document.createElement('a');
        a.href = href;
        a.textContent = href;
        document.querySelector('main')!.append(a);
        return a;
      };
      // Stop the navigation after the page's own listeners ran: only the rewritten address is wanted.
      addEventListener('click', (event) => event.preventDefault());
      return ['/ho-tro/', 'https://example.org/trang/', '/tai-lieu/lam-gi-khi-bi-bao-luc-gia-dinh/phat-thanh.txt'].map((href) => {
        const a = add(href);
        a.click();
        return a.href;
      });
    });
    expect(followed).toEqual([`${server.origin}/ho-tro/?chu=rat-lon`, 'https://example.org/trang/', `${server.origin}/tai-lieu/lam-gi-khi-bi-bao-luc-gia-dinh/phat-thanh.txt`]);
    await context.close();
  });

  it('is not added to the quick exit', async () => {
    const { context, page } = await phone();
    await page.goto(`${server.origin}${MATERIAL}?chu=lon`);
    const requested: string[] = [];
    await page.route(`${EXIT_URL}**`, (route) => {
      requested.push(route.request().url());
      return route.fulfill({ contentType: 'text/html', body: '<title>neutral</title>' });
    });
    await page.locator('.exit__button').click();
    await page.waitForURL(EXIT_URL);
    expect(requested).toEqual([EXIT_URL]);
    await context.close();
  });

  it.each([MATERIAL, EASY, '/km/tai-lieu/tong-dai-111/', `/km${EASY}`, `/tyz${EASY}`])('does not make %s scroll sideways at “Rất lớn”', async (path) => {
    const { context, page } = await phone();
    await page.goto(`${server.origin}${path}?chu=rat-lon`);
    expect(await rootFontSize(page)).toBe('24px');
    expect(await sideways(page)).toEqual({ scroll: 0, wide: [] });
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('works by keyboard alone', async () => {
    const { context, page } = await phone();
    await page.goto(server.origin + EASY);
    const target = t('textSize.rat-lon');
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate((name) => document.activeElement?.tagName === 'BUTTON' && document.activeElement.textContent?.trim() === name, target);
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    expect(await rootFontSize(page)).toBe('24px');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    expect(await rootFontSize(page)).toBe('20px');
    expect(new URL(page.url()).search).toBe('?chu=lon');
    await context.close();
  });

  it('is hidden without JavaScript, leaving the hint on the browser’s own zoom', async () => {
    const { context, page } = await phone({ javaScriptEnabled: false });
    await page.goto(server.origin + MATERIAL);
    await expect(sizeButton(page, 'lon').isVisible()).resolves.toBe(false);
    await expect(page.getByText(t('textSize.zoomHint')).isVisible()).resolves.toBe(true);
    await context.close();
  });
});

describe('read aloud on the easy-read page', () => {
  it('reads the easy-read blocks with the Vietnamese on-device voice, not the reading help', async () => {
    const { context, page } = await phone();
    await context.addInitScript(() => {
      const spoken: { lang: string; text: string }[] = [];
      const voice = { lang: 'vi-VN', localService: true, name: 'Tiếng Việt', default: true, voiceURI: 'vi' };
      Object.defineProperty(window, 'speechSynthesis', {
        configurable: true,
        value: { getVoices: () => [voice], speak: (u: { lang: string; text: string }) => spoken.push({ lang: u.lang, text: u.text }), cancel: () => {}, addEventListener: () => {} },
      });
      class Utterance {
        lang = '';
        voice: unknown = null;
        addEventListener() {}
        constructor(public text: string) {}
      }
      Object.defineProperty(window, 'SpeechSynthesisUtterance', { configurable: true, value: Utterance });
      Object.assign(window, { __spoken: spoken });
    });
    await page.goto(server.origin + EASY);
    await page.getByRole('button', { name: t('readAloud.start') }).click();
    const said = await page.evaluate(() => (window as unknown as { __spoken: { lang: string; text: string }[] }).__spoken);
    expect(new Set(said.map((u) => u.lang))).toEqual(new Set(['vi-VN']));
    const text = said.map((u) => u.text).join(' ');
    expect(text).toContain('Người cha gần con hơn.');
    expect(text).not.toContain(t('textSize.label'));
    expect(text).not.toContain(t('easyRead.back'));
    await context.close();
  });
});
