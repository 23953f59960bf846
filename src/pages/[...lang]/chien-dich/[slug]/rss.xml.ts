import type { APIRoute } from 'astro';
import { materialsFeed } from '../../../../calendar/feeds.ts';
import { campaignFeedUrl, campaignUrl } from '../../../../site/routes.ts';
import { entryPaths, getSiteData, type Campaign } from '../../../../site/data.ts';

export async function getStaticPaths() {
  return entryPaths((await getSiteData()).campaigns);
}

/** RSS feed of one campaign's materials in the reader's language, newest first. */
export const GET: APIRoute = async ({ props, locals }) => {
  const { item } = props as { item: Campaign };
  const site = await getSiteData();
  const { t } = locals;
  const campaign = item.entry.data.title;
  const agency = site.settings.agencyName;
  const xml = await materialsFeed(
    site.materials.filter((m) => m.entry.data.campaign === item.slug),
    {
      title: t('feed.campaignTitle', { campaign, agency }),
      description: t('feed.campaignDescription', { campaign }),
      lang: item.lang,
      baseUrl: site.settings.baseUrl,
      pagePath: campaignUrl(item.lang, item.slug),
      feedPath: campaignFeedUrl(item.lang, item.slug),
    },
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
