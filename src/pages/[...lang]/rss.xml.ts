import type { APIRoute } from 'astro';
import { materialsFeed } from '../../calendar/feeds.ts';
import { feedUrl, homeUrl } from '../../site/routes.ts';
import { getSiteData, languagePaths } from '../../site/data.ts';

export const getStaticPaths = languagePaths;

/** RSS feed of the materials a reader of the language sees, newest first. */
export const GET: APIRoute = async ({ locals }) => {
  const { lang, t } = locals;
  const site = await getSiteData();
  const agency = site.settings.agencyName;
  const xml = await materialsFeed(site.materials, {
    title: t('feed.title', { agency }),
    description: t('feed.description', { agency }),
    lang,
    baseUrl: site.settings.baseUrl,
    pagePath: homeUrl(lang),
    feedPath: feedUrl(lang),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
