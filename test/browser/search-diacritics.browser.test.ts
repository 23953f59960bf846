/**
 * Exact-diacritic matches rank above folded ones, with the same index preparation the build uses.
 * Two tiny test pages (not site content) are indexed into test/.tmp and searched in Chromium.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/build/integrations/search-index.ts';
import { TMP } from '../helpers/astro.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { runQueries, type SearchQuery } from '../helpers/search-runner.ts';
import { serveDist, type StaticServer } from '../helpers/static-server.ts';

const PAGES: Record<string, string> = {
  'tai-lieu/bao-lu': 'Phòng tránh bão lũ cho gia đình',
  'tai-lieu/bao-luc': 'Phòng tránh bạo lực trong gia đình',
  'tai-lieu/dinh-lang': 'Đình làng và sinh hoạt cộng đồng',
  'tai-lieu/dinh-nui': 'Đỉnh núi và con đường lên đỉnh',
};
const html = (title: string) => `<!doctype html><html lang="vi"><body><main><div><article><h1>${title}</h1><p>${title}. Văn bản thử nghiệm.</p></article></div></main></body></html>`;

let browser: Browser;
let server: StaticServer;
const dir = join(TMP, 'search-diacritics');

beforeAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  for (const [path, title] of Object.entries(PAGES)) {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(join(dir, path, 'index.html'), html(title));
  }
  mkdirSync(join(dir, 'tai-lieu'), { recursive: true });
  writeFileSync(join(dir, 'tai-lieu', 'index.html'), html('Tài liệu'));
  writeFileSync(join(dir, '404.html'), html('404'));
  await buildSearchIndex(dir);
  server = await serveDist(dir);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const q = (text: string, expect: string): SearchQuery => ({ q: text, expect, type: 'marks' });

describe('diacritics in ranking', () => {
  it('ranks the exact spelling first: "bão lũ" → storms, "bạo lực" → violence, "đình" → communal house', async () => {
    const results = await runQueries(browser, server.origin, [
      q('bão lũ', '/tai-lieu/bao-lu/'),
      q('bạo lực', '/tai-lieu/bao-luc/'),
      q('đình làng', '/tai-lieu/dinh-lang/'),
      q('đỉnh', '/tai-lieu/dinh-nui/'),
    ]);
    expect(results.map((r) => [r.q, r.rank])).toEqual([
      ['bão lũ', 1],
      ['bạo lực', 1],
      ['đình làng', 1],
      ['đỉnh', 1],
    ]);
  });
  it('still finds đ words typed without marks', async () => {
    const results = await runQueries(browser, server.origin, [q('dinh lang', '/tai-lieu/dinh-lang/'), q('con duong len dinh', '/tai-lieu/dinh-nui/')]);
    expect(results.map((r) => r.rank)).toEqual([1, 1]);
  });
});
