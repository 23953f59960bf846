/**
 * The language menu on pages of every language of the site's settings (issue 21, finding 9): each
 * language's name is drawn by the site's own fonts, never by whatever font the phone has (Chromium
 * here has no Khmer font, like many cheap phones, so a fallback would draw empty boxes). A page in
 * another language fetches only the menu's small Khmer face, not the whole Khmer font.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSettings } from '../../src/collections/settings.ts';
import { FONT_FACES, FONT_FAMILIES } from '../../src/fonts/fonts.ts';
import { switcherFaces } from '../../src/fonts/switcher.ts';
import { getLanguage, languagePrefix, scriptOf } from '../../src/i18n/languages.ts';
import { ROOT } from '../helpers/astro.ts';
import { pageExists } from '../helpers/sample.ts';
import type { StaticServer } from '../helpers/static-server.ts';
import { closeSample, openSample } from '../helpers/sample-browser.ts';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  ({ browser, server } = await openSample());
});
afterAll(() => closeSample(browser, server));

const languages = loadSettings(ROOT, 'content').languages;
/** The home page and a material page of each language (a translation or its fallback page). */
const pages = languages.flatMap((lang) => [`${languagePrefix(lang)}/`, `${languagePrefix(lang)}/tai-lieu/tong-dai-111/`].map((path) => [lang, path] as const));

interface PlatformFont {
  familyName: string;
  isCustomFont: boolean;
  glyphCount: number;
}
interface MenuLink {
  lang: string;
  text: string;
  fonts: PlatformFont[];
}

/** Loads a page in a fresh context (empty cache); returns the fonts Chromium drew each menu link with, and the font files fetched. */
async function menuFonts(path: string): Promise<{ links: MenuLink[]; fetched: string[] }> {
  const context = await browser.newContext();
  const page: Page = await context.newPage();
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.woff2')) fetched.push(new URL(request.url()).pathname);
  });
  await page.goto(server.origin + path, { waitUntil: 'load' });
  await page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await document.fonts.ready;
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: 'nav.languages a' });
  const links: MenuLink[] = [];
  for (const nodeId of nodeIds) {
    const { attributes = [] } = await cdp.send('DOM.getAttributes', { nodeId });
    const lang = attributes[attributes.indexOf('lang') + 1] ?? '';
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId });
    links.push({ lang, text: outerHTML.replace(/<[^>]+>/g, ''), fonts });
  }
  await context.close();
  return { links, fetched };
}

const ours: readonly string[] = FONT_FAMILIES;
const fullFaces = (family: string) => FONT_FACES.filter((face) => face.family === family).map((face) => `/fonts/${face.file}`);

describe('the language menu', () => {
  it('is checked on pages of every language of the settings, Khmer included', () => {
    expect(languages).toContain('km');
    expect(languages.length).toBeGreaterThan(1);
    for (const [, path] of pages) expect(pageExists(path), path).toBe(true);
  });

  it.each(pages)('%s %s: every language name is drawn by the site’s fonts', async (lang, path) => {
    const { links, fetched } = await menuFonts(path);
    expect(links.map((link) => link.lang)).toEqual(languages);
    for (const link of links) {
      const detail = `${link.lang} "${link.text}" on ${path}: ${JSON.stringify(link.fonts)}`;
      expect(link.text, detail).toContain(getLanguage(link.lang).endonym);
      expect(link.fonts.length, detail).toBeGreaterThan(0);
      expect(link.fonts.reduce((sum, font) => sum + font.glyphCount, 0), detail).toBeGreaterThan(0);
      for (const font of link.fonts) {
        expect(font.isCustomFont, detail).toBe(true);
        expect(ours, detail).toContain(font.familyName);
        expect(font.glyphCount, detail).toBeGreaterThan(0);
      }
      // A name in its script's font, not only in the Latin one (a missing glyph is not drawn in it).
      expect(link.fonts.map((font) => font.familyName), detail).toContain(scriptOf(link.lang).fonts[0]);
    }
    // Which files drew the Khmer name: the menu's subset on other pages, the whole font on Khmer pages.
    for (const face of switcherFaces()) {
      const own = face.tags.includes(lang);
      expect(fetched.includes(`/fonts/${face.file}`), `${face.file} fetched on ${path}: ${fetched.join(', ')}`).toBe(!own);
      if (!own) expect(fetched.filter((file) => fullFaces(face.sourceFamily).includes(file)), path).toEqual([]);
    }
  });
});
