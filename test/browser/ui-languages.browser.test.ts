/**
 * The safety words in the reader's language: on /<tag>/tai-lieu/tong-dai-111/ at 360 px, in every
 * enabled language, the quick-exit button, the hotline card's "Gọi" and its facts, and the strip's
 * link show the language's string (or its chain's) beside the Vietnamese, with a visible "bản dịch
 * chưa duyệt" mark while no native speaker has reviewed it; nothing overflows the phone's width.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/index.ts';
import { loadSettings } from '../../src/collections/settings.ts';
import type { UiKey } from '../../src/i18n/translate.ts';
import { ROOT } from '../helpers/astro.ts';
import { closeSample, openSample } from '../helpers/sample-browser.ts';
import type { StaticServer } from '../helpers/static-server.ts';

const MARK = useTranslations('vi')('ui.draftMark');
const languages = loadSettings(ROOT, 'content').languages.filter((lang) => lang !== 'vi');

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  ({ browser, server } = await openSample());
});
afterAll(() => closeSample(browser, server));

/** What a control holding `key` must show in `lang`: the string and its language, and the Vietnamese when it is a draft. */
function expected(lang: string, key: UiKey, params?: Record<string, string>) {
  return useTranslations(lang).label(key, params);
}

/** The text, the languages marked inside, and whether the mark is visible, of the first `selector`. */
async function control(page: Page, selector: string) {
  const element = page.locator(selector).first();
  return {
    text: (await element.innerText()).replace(/\s+/g, ' ').trim(),
    langs: await element.locator('[lang]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('lang'))),
    markVisible: await element.locator('.ui-draft__mark').isVisible(),
  };
}

describe.each(languages)('safety words on /%s/tai-lieu/tong-dai-111/ at 360 px', (lang) => {
  let page: Page;
  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    const response = await page.goto(`${server.origin}/${lang}/tai-lieu/tong-dai-111/`);
    expect(response?.status()).toBe(200);
  });
  afterAll(() => page.close());

  it.each([
    ['the quick-exit button', '.exit__button', 'exit.button'],
    ['the safety page link', '.exit__help', 'exit.help'],
    ['the hotline card’s call link', '.hotline__call', 'hotlines.call', { number: '111' }],
    ['the hotline card’s cost', '.hotline__facts > span:nth-of-type(2)', 'hotlines.free'],
    ['the strip’s link to every line', '.strip li:last-child a', 'nav.support'],
  ] as const)('%s', async (_, selector, key, params?: Record<string, string>) => {
    const label = expected(lang, key, params);
    const shown = await control(page, selector);
    expect(shown.text).toContain(label.text);
    if (label.vietnamese === undefined) {
      expect(shown.markVisible).toBe(false);
      return;
    }
    // A draft: never alone. The Vietnamese beside it, the mark visible, each part in its language.
    expect(shown.text).toContain(label.vietnamese);
    expect(shown.text).toContain(MARK);
    expect(shown.markVisible).toBe(true);
    expect(shown.langs).toContain('vi');
    if (label.lang !== lang) expect(shown.langs).toContain(label.lang);
  });

  it('has a translation of its own, or its chain’s, for the exit button: not the Vietnamese alone', () => {
    expect(expected(lang, 'exit.button').lang).not.toBe('vi');
  });

  it('keeps the exit button on screen and the page within 360 px', async () => {
    const box = await page.locator('.exit__button').boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});
