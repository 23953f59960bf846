/** The built sample site that build and browser tests share (see test/setup/build-sample.ts). */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { htmlFilesUnder } from '../../src/build/dist-files.ts';
import { ROOT } from './astro.ts';

export const SAMPLE_DIST = 'test/.tmp/dist-sample';
/** Inside the 2026 Action Month, so the home page must feature it. */
export const SAMPLE_TODAY = '2026-11-20';

const distPath = (urlPath: string) => join(ROOT, SAMPLE_DIST, urlPath.replace(/^\//, ''), urlPath.endsWith('/') ? 'index.html' : '');

export function pageExists(urlPath: string): boolean {
  return existsSync(distPath(urlPath));
}

/** Parses a built page by its URL path, e.g. `/tai-lieu/x/`. */
export function page(urlPath: string): HTMLElement {
  const file = distPath(urlPath);
  if (!existsSync(file)) throw new Error(`No built page for ${urlPath} (${file})`);
  return parse(readFileSync(file, 'utf8'));
}

/** URL paths of every built HTML page (not the redirect fallbacks). */
export function allPages(): string[] {
  const root = join(ROOT, SAMPLE_DIST);
  // Redirect fallback pages (short codes, moved URLs) only send the reader on; they are not pages.
  // /admin/ is the editors' CMS (Decap's own interface, Vietnamese only), not a public page.
  return htmlFilesUnder(root)
    .filter((file) => !readFileSync(file, 'utf8').includes('<meta http-equiv="refresh"'))
    .map((file) => `/${relative(root, file).split('\\').join('/')}`.replace(/index\.html$/, '').replace(/^\/404\.html$/, '/404.html'))
    .filter((path) => !path.startsWith('/admin/'));
}
