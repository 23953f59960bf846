/**
 * hreflang alternates for the sitemap: for every page that has real versions in more than one
 * enabled language, each version lists all of them. Fallback pages get none. Which collections
 * have pages, and their URLs, come from the collection registry.
 */
import { collectionFacts } from '../collections/registry.ts';
import type { CollectionName } from '../collections/root.ts';
import { DEFAULT_LANGUAGE } from './languages.ts';

export interface VersionRecord {
  collection: CollectionName;
  lang: string;
  slug: string;
  draft: boolean;
}

export interface SitemapLink {
  lang: string;
  url: string;
}

export function sitemapAlternates(versions: readonly VersionRecord[], enabled: readonly string[], baseUrl: string): Map<string, SitemapLink[]> {
  const groups = new Map<string, { url: (lang: string, slug: string) => string; versions: VersionRecord[] }>();
  for (const v of versions) {
    const { url } = collectionFacts(v.collection);
    if (v.draft || !enabled.includes(v.lang) || !url) continue;
    const key = `${v.collection}/${v.slug}`;
    if (!groups.has(key)) groups.set(key, { url, versions: [] });
    groups.get(key)!.versions.push(v);
  }
  const result = new Map<string, SitemapLink[]>();
  for (const { url, versions: group } of groups.values()) {
    if (!group.some((v) => v.lang === DEFAULT_LANGUAGE) || group.length < 2) continue;
    const links = group
      .sort((a, b) => enabled.indexOf(a.lang) - enabled.indexOf(b.lang))
      .map((v) => ({ lang: v.lang, url: new URL(url(v.lang, v.slug), baseUrl).href }));
    for (const link of links) result.set(link.url, links);
  }
  return result;
}
