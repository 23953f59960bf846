/**
 * What a phone really downloads, in Chromium at 360 × 740 CSS px and device pixel ratio 2, each
 * page in a fresh context (empty cache): the cover image of a material page is ≤ 60 KB and the
 * text fonts of a Vietnamese page are ≤ 120 KB, plus ≤ 3 KB for the language menu's Khmer name
 * (a subset of Noto Sans Khmer holding only its glyphs, src/fonts/switcher.ts).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allPages } from '../helpers/sample.ts';
import type { StaticServer } from '../helpers/static-server.ts';
import { closeSample, openSample } from '../helpers/sample-browser.ts';

/** The language menu's subset font: a few glyphs, counted on its own. */
const SWITCHER_FONT = '/fonts/noto-sans-khmer-endonyms-400.woff2';
const KB = 1000;
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  ({ browser, server } = await openSample());
});
afterAll(() => closeSample(browser, server));

/** How long to wait for the cover's response once the page has chosen it (it has loaded by then on a healthy page). */
const COVER_WAIT_MS = 10_000;

/** Bytes per downloaded URL path, and the cover's chosen file, for one page load on a phone. */
async function phoneLoad(path: string) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  // Every response of the site, recorded from before the navigation: its size once its body is in.
  // A response can reach this handler after the page has decoded the image, so the cover's size is
  // waited for (sizeOf) rather than looked up.
  const sizes = new Map<string, Promise<number>>();
  const waiting = new Map<string, (size: Promise<number>) => void>();
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin !== server.origin) return;
    const size = response.body().then((body) => body.length, () => 0);
    sizes.set(url.pathname, size);
    waiting.get(url.pathname)?.(size);
  });
  /** The size of a path's response, waiting for it to arrive; undefined when it never does. */
  const sizeOf = (pathname: string): Promise<number | undefined> => {
    const known = sizes.get(pathname);
    if (known) return known;
    let timer: ReturnType<typeof setTimeout> | undefined;
    return Promise.race([
      new Promise<Promise<number>>((resolve) => waiting.set(pathname, resolve)).then((size) => size),
      new Promise<undefined>((resolve) => (timer = setTimeout(resolve, COVER_WAIT_MS, undefined))),
    ]).finally(() => clearTimeout(timer));
  };
  await page.goto(server.origin + path, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // The cover is lazy: which file of its srcset the phone takes is known once it has loaded.
  const cover = await page.evaluate(async () => {
    const img = document.querySelector<HTMLImageElement>('main article img');
    if (!img) return undefined;
    // A lazy cover below the fold (under a recording's player) loads only once the reader scrolls to it.
    img.scrollIntoView();
    await img.decode().catch(() => undefined);
    return new URL(img.currentSrc || img.src).pathname;
  });
  const coverBytes = cover ? await sizeOf(cover) : undefined;
  const bytes = new Map<string, number>();
  for (const [url, size] of sizes) bytes.set(url, await size);
  if (cover && coverBytes !== undefined) bytes.set(cover, coverBytes);
  await context.close();
  return { bytes, cover };
}

const materials = allPages().filter((path) => /^\/(?:[^/]+\/)?tai-lieu\/[^/]+\/$/.test(path));
const vietnamese = materials.filter((path) => path.startsWith('/tai-lieu/'));

describe('what a phone downloads', () => {
  it('measures the Vietnamese material pages', () => {
    expect(vietnamese.length).toBeGreaterThan(10);
  });
  it.each(vietnamese)('%s: text fonts ≤ 120 KB, the menu\'s Khmer name ≤ 3 KB, cover ≤ 60 KB', async (path) => {
    const { bytes, cover } = await phoneLoad(path);
    const fonts = [...bytes].filter(([url]) => url.endsWith('.woff2') && !url.endsWith(SWITCHER_FONT));
    const switcher = [...bytes].filter(([url]) => url.endsWith(SWITCHER_FONT));
    expect(switcher.reduce((sum, [, size]) => sum + size, 0)).toBeLessThanOrEqual(3 * KB);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.reduce((sum, [, size]) => sum + size, 0), fonts.map(([url]) => url).join(', ')).toBeLessThanOrEqual(120 * KB);
    if (cover) {
      expect(bytes.get(cover), `${cover} was not downloaded`).toBeGreaterThan(0);
      expect(bytes.get(cover)).toBeLessThanOrEqual(60 * KB);
    }
  });
  it('downloads the Khmer font on a Khmer page, and only there', async () => {
    const khmer = materials.find((path) => path.startsWith('/km/'))!;
    const { bytes } = await phoneLoad(khmer);
    expect([...bytes.keys()].some((url) => url.includes('khmer'))).toBe(true);
    const { bytes: vi } = await phoneLoad(vietnamese[0]!);
    // A Vietnamese page fetches only the menu's few Khmer glyphs, never the full Khmer font.
    expect([...vi.keys()].filter((url) => url.includes('khmer'))).toEqual([SWITCHER_FONT]);
  });
});
