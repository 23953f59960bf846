/**
 * What a reader downloads for one built page, excluding images and fonts: the HTML plus every
 * stylesheet and script it references from the same site, each gzip-compressed as a server would.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  total: number;
  /** Same-site stylesheets and scripts counted, as URL paths. */
  assets: string[];
}

/** Same-site URL paths of stylesheets and external scripts referenced by an HTML text. */
export function referencedAssets(html: string): { css: string[]; js: string[] } {
  const attr = (tag: string, name: string) => new RegExp(`\\s${name}=["']?([^"'\\s>]+)`).exec(tag)?.[1];
  const local = (url: string | undefined): url is string => !!url && url.startsWith('/') && !url.startsWith('//');
  const css = [...html.matchAll(/<link\b[^>]*>/gi)].map((m) => m[0]).filter((tag) => /rel=["']?stylesheet/i.test(tag)).map((tag) => attr(tag, 'href'));
  const js = [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => attr(m[0], 'src'));
  return { css: [...new Set(css.filter(local))], js: [...new Set(js.filter(local))] };
}

const gzipBytes = (data: Buffer | string) => gzipSync(data).length;

/** Measures a built page. `htmlFile` is the page's file; `distDir` resolves its asset URLs. */
export function pageWeight(distDir: string, htmlFile: string): PageWeight {
  const html = readFileSync(htmlFile, 'utf8');
  const { css, js } = referencedAssets(html);
  const size = (url: string) => {
    const file = join(distDir, decodeURIComponent(url.split(/[?#]/)[0]!));
    return existsSync(file) ? gzipBytes(readFileSync(file)) : 0;
  };
  const cssBytes = css.reduce((sum, url) => sum + size(url), 0);
  const jsBytes = js.reduce((sum, url) => sum + size(url), 0);
  const htmlBytes = gzipBytes(html);
  return { html: htmlBytes, css: cssBytes, js: jsBytes, total: htmlBytes + cssBytes + jsBytes, assets: [...css, ...js] };
}
