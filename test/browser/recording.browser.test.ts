/**
 * A recording on the shipped sample, with JavaScript off, at phone size: the native player comes
 * before the text with its duration, plays from the site's own origin when the reader presses
 * Space on it, offers the file for download, is labelled as a technical sample, and has its
 * transcript under it. The loudspeaker page and a fallback language page offer the same file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordingFacts } from '../../src/collections/recordings.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { durationText } from '../../src/site/recording-view.ts';
import { ROOT } from '../helpers/astro.ts';
import { closeSample, openSample } from '../helpers/sample-browser.ts';
import type { StaticServer } from '../helpers/static-server.ts';

const SLUG = 'lam-gi-khi-bi-bao-luc-gia-dinh';
const FILE = `/audio/${SLUG}-vi.mp3`;
const source = readFileSync(join(ROOT, `content/materials/vi/${SLUG}.mdx`), 'utf8');
const t = useTranslations('vi');

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;
let page: Page;
const requests: string[] = [];

beforeAll(async () => {
  ({ browser, server } = await openSample());
  context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  context.on('request', (request) => requests.push(request.url()));
  page = await context.newPage();
});
afterAll(() => closeSample(browser, server));

describe('the material page, JavaScript off', () => {
  beforeAll(async () => {
    await page.goto(`${server.origin}/tai-lieu/${SLUG}/`);
  });

  it('puts the player before the text, with the file’s own duration', async () => {
    expect(source).toContain(`file: ${FILE}`);
    const seconds = (await recordingFacts(join(ROOT, 'public', FILE))).seconds;
    await expect(page.locator('.recording__meta').innerText()).resolves.toContain(t('recording.duration', { duration: durationText(seconds, t) }));
    const before = await page.evaluate(() => {
      const audio = document.querySelector('.recording audio')!;
      const text = document.querySelector('article > p > strong')!; // the summary, first line of the text
      return Boolean(audio.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(before).toBe(true);
  });

  it('says it is a technical sample, not a person reading', async () => {
    await expect(page.locator('.recording .notice--sample').isVisible()).resolves.toBe(true);
    await expect(page.locator('.recording .notice--sample').innerText()).resolves.toBe(t('recording.technicalSample'));
  });

  it('has its transcript under the player', async () => {
    const transcript = page.locator('.recording__transcript');
    await expect(transcript.innerText()).resolves.toContain('Kính thưa bà con thôn, xóm!');
    await expect(transcript.innerText()).resolves.toContain('Xin cảm ơn bà con đã lắng nghe.');
    const order = await page.evaluate(() => {
      const audio = document.querySelector('.recording audio')!;
      return Boolean(audio.compareDocumentPosition(document.querySelector('.recording__transcript')!) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(order).toBe(true);
  });

  it('plays with the keyboard, from this origin only', async () => {
    requests.length = 0;
    const audio = page.locator('.recording audio');
    await audio.focus();
    await page.keyboard.press('Space');
    await expect
      .poll(() => audio.evaluate((element: HTMLAudioElement) => !element.paused && element.currentTime > 0.5 && element.error === null), { timeout: 15_000 })
      .toBe(true);
    expect(requests.some((url) => url === `${server.origin}${FILE}`)).toBe(true);
    expect(requests.filter((url) => !url.startsWith(`${server.origin}/`))).toEqual([]);
    await audio.evaluate((element: HTMLAudioElement) => element.pause());
  });

  it('offers the file for download, as an MP3', async () => {
    const link = page.locator('.recording__meta a[download]');
    await expect(link.getAttribute('href')).resolves.toBe(FILE);
    const response = await page.request.get(`${server.origin}${FILE}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^audio\/mpeg/);
  });
});

describe.each([`/tai-lieu/${SLUG}/phat-thanh/`, `/jra/tai-lieu/${SLUG}/`])('%s', (path) => {
  it('offers the same recording', async () => {
    const other = await context.newPage();
    await other.goto(server.origin + path);
    await expect(other.locator('.recording audio source').getAttribute('src')).resolves.toBe(FILE);
    await other.close();
  });
});
