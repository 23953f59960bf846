/**
 * hreflang alternates for the sitemap: for every page that has real versions in more than one
 * enabled language, each version lists all of them. Fallback pages get none.
 */
import type { CollectionName } from '../collections/root.ts';
import { DEFAULT_LANGUAGE } from './languages.ts';
import { campaignUrl, legalUrl, materialUrl, pageUrl } from '../site/routes.ts';

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

const URLS: Partial<Record<CollectionName, (lang: string, slug: string) => string>> = {
  campaigns: campaignUrl,
  materials: materialUrl,
  legal: legalUrl,
  pages: pageUrl,
};

export function sitemapAlternates(versions: readonly VersionRecord[], enabled: readonly string[], baseUrl: string): Map<string, SitemapLink[]> {
  const groups = new Map<string, VersionRecord[]>();
  for (const v of versions) {
    if (v.draft || !enabled.includes(v.lang) || !URLS[v.collection]) continue;
    const key = `${v.collection}/${v.slug}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(v);
  }
  const result = new Map<string, SitemapLink[]>();
  for (const group of groups.values()) {
    if (!group.some((v) => v.lang === DEFAULT_LANGUAGE) || group.length < 2) continue;
    const links = group
      .sort((a, b) => enabled.indexOf(a.lang) - enabled.indexOf(b.lang))
      .map((v) => ({ lang: v.lang, url: new URL(URLS[v.collection]!(v.lang, v.slug), baseUrl).href }));
    for (const link of links) result.set(link.url, links);
  }
  return result;
}
