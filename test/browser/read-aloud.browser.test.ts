/**
 * Read aloud in Chromium, with speechSynthesis stubbed so the test sees each utterance, its `lang`
 * and its text: the button appears only when the device has an on-device voice of the text's own
 * language; a H'Mông or Khmer page on a device with only a Vietnamese voice shows no button and
 * says nothing; a page with a recording offers the recording instead; quick exit silences it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/index.ts';
import { ROOT } from '../helpers/astro.ts';
import { closeSample, openSample } from '../helpers/sample-browser.ts';
import type { StaticServer } from '../helpers/static-server.ts';

const START = useTranslations('vi')('readAloud.start');
const STOP = useTranslations('vi')('readAloud.stop');
const EXIT_URL: string = (parse(readFileSync(join(ROOT, 'content/settings/site.yaml'), 'utf8')) as { quickExitUrl: string }).quickExitUrl;

let browser: Browser;
let server: StaticServer;
const cancels: number[] = [];
beforeAll(async () => {
  ({ browser, server } = await openSample());
});
afterAll(() => closeSample(browser, server));

interface Spoken {
  lang: string;
  text: string;
  voice: string | undefined;
}

/** A page whose device has these voices; `late` lists them only after a voiceschanged event, as Chromium does. */
async function pageWithVoices(voices: { lang: string; localService: boolean; name: string }[], late = false): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  await context.route('**/*', (route) => (route.request().url().startsWith(server.origin) ? route.continue() : route.abort()));
  // Each cancel, as Node sees it: it outlives the page, unlike the page's own counter.
  await context.exposeFunction('__onCancel', () => void cancels.push(Date.now()));
  await context.addInitScript(
    ({ voices, late }) => {
      const spoken: { lang: string; text: string; voice: string | undefined }[] = [];
      let cancelled = 0;
      let listed = !late;
      const target = new EventTarget();
      const stub = {
        getVoices: () => (listed ? voices.map((voice) => ({ ...voice, default: false, voiceURI: voice.name })) : []),
        speak: (utterance: SpeechSynthesisUtterance) => spoken.push({ lang: utterance.lang, text: utterance.text, voice: utterance.voice?.name }),
        cancel: () => {
          cancelled++;
          void (window as unknown as { __onCancel?: () => Promise<void> }).__onCancel?.();
        },
        addEventListener: target.addEventListener.bind(target),
        removeEventListener: target.removeEventListener.bind(target),
      };
      // The page sets utterance.voice to a voice of getVoices(): real utterances take only real voices.
      class Utterance extends EventTarget {
        lang = '';
        voice: { name: string } | null = null;
        constructor(public text: string) {
          super();
        }
      }
      Object.defineProperty(window, 'speechSynthesis', { value: stub, configurable: true });
      Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
      Object.assign(window, { __spoken: spoken, __cancelled: () => cancelled });
      if (late)
        setTimeout(() => {
          listed = true;
          target.dispatchEvent(new Event('voiceschanged'));
        }, 300);
    },
    { voices, late },
  );
  return context.newPage();
}

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: Spoken[] }).__spoken);
const button = (page: Page) => page.locator('[data-read-aloud] button');

const VI = { lang: 'vi-VN', localService: true, name: 'Tiếng Việt (máy)' };
const KM = { lang: 'km-KH', localService: true, name: 'ខ្មែរ (máy)' };

describe('read aloud', () => {
  it('reads a Vietnamese material with the Vietnamese voice, once the device lists it, and stops', async () => {
    const page = await pageWithVoices([VI], true);
    await page.goto(`${server.origin}/tai-lieu/tong-dai-111/`);
    await expect.poll(() => button(page).isVisible()).toBe(true);
    await expect(button(page).innerText()).resolves.toBe(START);
    await button(page).click();
    const said = await spoken(page);
    expect(said.length).toBeGreaterThan(3);
    expect(new Set(said.map((u) => u.lang))).toEqual(new Set(['vi-VN']));
    expect(new Set(said.map((u) => u.voice))).toEqual(new Set([VI.name]));
    const text = said.map((u) => u.text).join(' ');
    expect(text).toContain('Tổng đài 111 là gì?');
    // Not the page's labels, nor the button itself.
    expect(text).not.toContain(START);
    await expect(button(page).innerText()).resolves.toBe(STOP);
    await button(page).click();
    await expect(button(page).innerText()).resolves.toBe(START);
    await page.context().close();
  });

  it.each(['hmn-Latn-VN', 'km'])('shows no button and says nothing on the %s version when the device has only a Vietnamese voice', async (lang) => {
    const page = await pageWithVoices([VI]);
    await page.goto(`${server.origin}/${lang}/tai-lieu/tong-dai-111/`);
    await page.waitForTimeout(500);
    await expect(button(page).isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-read-aloud]').getAttribute('data-lang')).resolves.toBe(lang);
    expect(await spoken(page)).toEqual([]);
    await page.context().close();
  });

  it('reads the Khmer version with a Khmer voice when the device has one', async () => {
    const page = await pageWithVoices([VI, KM]);
    await page.goto(`${server.origin}/km/tai-lieu/tong-dai-111/`);
    await expect.poll(() => button(page).isVisible()).toBe(true);
    await button(page).click();
    const said = await spoken(page);
    expect(new Set(said.map((u) => u.lang))).toEqual(new Set(['km-KH']));
    expect(said.map((u) => u.text).join(' ')).toMatch(/[\u1780-\u17FF]/);
    await page.context().close();
  });

  it('offers the recording, not the machine voice, where a recording exists', async () => {
    const page = await pageWithVoices([VI]);
    await page.goto(`${server.origin}/tai-lieu/lam-gi-khi-bi-bao-luc-gia-dinh/`);
    await expect(page.locator('.recording audio').count()).resolves.toBe(1);
    await expect(page.locator('[data-read-aloud]').count()).resolves.toBe(0);
    await page.context().close();
  });

  it('is silenced by quick exit', async () => {
    const page = await pageWithVoices([VI]);
    await page.goto(`${server.origin}/tai-lieu/tong-dai-111/`);
    await expect.poll(() => button(page).isVisible()).toBe(true);
    await button(page).click();
    const before = cancels.length;
    // The neutral page answers slowly: a cancel before it arrives is the exit's, not the unload's.
    let arrived = Infinity;
    await page.route(EXIT_URL, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      arrived = Date.now();
      await route.fulfill({ contentType: 'text/html', body: '<title>neutral</title>' });
    });
    await page.keyboard.press('Escape');
    await page.waitForURL(EXIT_URL);
    expect(cancels.length).toBeGreaterThan(before);
    expect(cancels[before]!).toBeLessThan(arrived);
    await page.context().close();
  });
});
