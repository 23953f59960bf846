/**
 * The committed list of every URL the site has ever published (content/links/urls.txt), one path
 * per line; lines starting with # are comments. Lines are only ever added. Pure.
 */
import { campaignsIndexUrl, homeUrl, hotlinesUrl, legalIndexUrl, materialsIndexUrl } from '../site/routes.ts';
import { keyUrl } from './short-links.ts';

export function parseManifest(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** The URLs the site publishes now: section pages and every page key in each language it is served in. */
export function publishedUrls(pages: ReadonlyMap<string, readonly string[]>, languages: readonly string[]): string[] {
  const urls = languages.flatMap((lang) => [
    homeUrl(lang),
    materialsIndexUrl(lang),
    campaignsIndexUrl(lang),
    legalIndexUrl(lang),
    hotlinesUrl(lang),
  ]);
  for (const [key, langs] of pages) for (const lang of langs) urls.push(keyUrl(key, lang));
  return [...new Set(urls)];
}

/** Manifest URLs that neither a built page nor a redirect answers. */
export function unresolvedUrls(
  manifest: readonly string[],
  isPage: (url: string) => boolean,
  redirects: ReadonlyMap<string, string>,
): string[] {
  return manifest.filter((url) => !isPage(url) && !redirects.has(url));
}

/** Published URLs not yet in the manifest. */
export function unlistedUrls(manifest: readonly string[], published: readonly string[]): string[] {
  const listed = new Set(manifest);
  return published.filter((url) => !listed.has(url));
}
