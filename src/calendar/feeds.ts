/**
 * RSS 2.0 feeds of the materials: one per language, one per campaign and language. Items are
 * newest first with absolute links; @astrojs/rss writes and escapes the XML.
 */
import { getRssString } from '@astrojs/rss';
import { vietnamInstant } from './calendar.ts';
import { newestMaterials, type MaterialFields } from '../site/lists.ts';
import type { EntryLike, Localized } from '../i18n/localize.ts';
import { materialUrl } from '../site/routes.ts';
import { escapeHtml } from '../site/html-text.ts';

type MaterialItem = Localized<EntryLike & { data: MaterialFields & { summary: string; draft?: boolean } }>;

export interface FeedOptions {
  /** Feed title, e.g. "Tài liệu tuyên truyền | Sở Nội vụ…". */
  title: string;
  description: string;
  /** The reader language (RSS <language>). */
  lang: string;
  /** Public address of the site (settings.baseUrl). */
  baseUrl: string;
  /** Path of the page the feed belongs to, e.g. /chien-dich/x/. */
  pagePath: string;
  /** Path of the feed itself, e.g. /rss.xml. */
  feedPath: string;
  /** Most items in the feed. */
  limit?: number;
}

/** A publication date (a calendar date in Vietnam) as the instant it began there. */
export const publishedInstant = (date: Date) => vietnamInstant(date, '00:00');


/** The feed of `materials` in `lang` (already narrowed to a campaign when needed), newest first. */
export function materialsFeed<T extends MaterialItem>(materials: readonly T[], options: FeedOptions): Promise<string> {
  const absolute = (path: string) => new URL(path, options.baseUrl).href;
  const items = newestMaterials(materials, options.lang, options.limit ?? 50).map((item) => ({
    title: item.entry.data.title,
    description: item.entry.data.summary,
    link: absolute(materialUrl(item.lang, item.slug)),
    pubDate: publishedInstant(item.entry.data.published),
  }));
  return getRssString({
    title: options.title,
    description: options.description,
    site: absolute(options.pagePath),
    items,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${escapeHtml(options.lang)}</language><atom:link href="${escapeHtml(absolute(options.feedPath))}" rel="self" type="application/rss+xml"/>`,
    trailingSlash: true,
  });
}
