import type { APIRoute } from 'astro';
import { placeLine } from '../calendar/calendar.ts';
import { icalendar } from '../calendar/ical.ts';
import { DEFAULT_LANGUAGE } from '../i18n/languages.ts';
import { calendarUrl, materialUrl } from '../site/routes.ts';
import { getSiteData } from '../site/data.ts';

/** The key dates and agency events as an iCalendar file, in Vietnamese like the entries. */
export const GET: APIRoute = async ({ locals }) => {
  const site = await getSiteData();
  const { t } = locals;
  const base = site.settings.baseUrl;
  const page = new URL(calendarUrl(DEFAULT_LANGUAGE), base).href;
  const titles = new Map(site.materials.filter((m) => m.lang === DEFAULT_LANGUAGE).map((m) => [m.slug, m.entry.data.title]));
  const body = icalendar(
    site.events.map((event) => ({
      ...event,
      location: placeLine(event),
      description: [
        event.summary,
        ...event.materials.filter((slug) => titles.has(slug)).map((slug) => `${titles.get(slug)}: ${new URL(materialUrl(DEFAULT_LANGUAGE, slug), base).href}`),
      ]
        .filter(Boolean)
        .join('\n'),
      url: page,
    })),
    { name: t('calendar.icsName', { agency: site.settings.agencyName }), host: new URL(base).hostname, today: site.today },
  );
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
