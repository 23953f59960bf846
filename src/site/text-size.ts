/**
 * Text size (cỡ chữ) kept in the address, `?chu=lon` or `?chu=rat-lon`, never in storage or a
 * cookie: the page's script (src/scripts/text-size.ts) reads it on every page, scales the root
 * font size, and carries it onto the site's own page links when they are followed. A parameter
 * works the same on every browser, old phone browsers included, where zoom differs from one
 * browser to the next; the browser's own zoom keeps working beside it. Pure.
 */

/** The URL parameter. */
export const TEXT_SIZE_PARAM = 'chu';
/** The sizes, smallest first; the first is the page's own and is never written into an address. */
export const TEXT_SIZES = ['vua', 'lon', 'rat-lon'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export const DEFAULT_TEXT_SIZE: TextSize = 'vua';

const isTextSize = (value: string | null): value is TextSize => value !== null && (TEXT_SIZES as readonly string[]).includes(value);

/** The size an address asks for (`?chu=…`); anything unknown is the default. */
export function textSizeOf(search: string | URLSearchParams): TextSize {
  const value = (typeof search === 'string' ? new URLSearchParams(search) : search).get(TEXT_SIZE_PARAM);
  return isTextSize(value) ? value : DEFAULT_TEXT_SIZE;
}

/** `url` with the size set (or, for the default size, removed); other parameters and the fragment kept. */
export function withTextSize(url: string | URL, size: TextSize): string {
  const next = new URL(url);
  if (size === DEFAULT_TEXT_SIZE) next.searchParams.delete(TEXT_SIZE_PARAM);
  else next.searchParams.set(TEXT_SIZE_PARAM, size);
  return next.href;
}

/** A page of the site, as opposed to a file (.txt, .pdf, .ics, rss.xml): folders and .html. */
const isPagePath = (pathname: string) => pathname.endsWith('/') || pathname.endsWith('.html');

/**
 * Where a followed link should go so that the size goes with it, or undefined to leave it as it
 * is: only links to pages of the same site (not other sites, files, or a jump within this page)
 * carry the size.
 */
export function carriedHref(href: string, pageUrl: string, size: TextSize): string | undefined {
  let target: URL;
  const page = new URL(pageUrl);
  try {
    target = new URL(href, page);
  } catch {
    return undefined;
  }
  if (target.origin !== page.origin || !/^https?:$/.test(target.protocol) || !isPagePath(target.pathname)) return undefined;
  // A jump to a part of this same page must not reload it.
  if (target.hash && target.pathname === page.pathname && target.search === page.search) return undefined;
  if (textSizeOf(target.searchParams) === size && (size !== DEFAULT_TEXT_SIZE || !target.searchParams.has(TEXT_SIZE_PARAM))) return undefined;
  return withTextSize(target, size);
}
