/** Which materials have communicators' kits (a meeting kit and a social-media pack), and what their pages show. */
import { contentRoot } from '../collections/root.ts';
import type { Translate } from '../i18n/translate.ts';
import { cachedLinks } from '../permalinks/links-data.ts';
import { kitJobs, type KitJob } from '../permalinks/social-pack.ts';
import { kitHotlines, meetingKit, readAloudText, type MeetingKit } from './kit.ts';
import { langParam } from './routes.ts';
import { getSiteData, type Material } from './data.ts';

/** The kits of the built content (through the content check, as the build hook reads them). */
export const siteKitJobs = (): KitJob[] => kitJobs(cachedLinks(process.cwd(), contentRoot()));

/** getStaticPaths of the kit pages: one per material version with its own kit and short code. */
export async function kitPaths() {
  const { materials } = await getSiteData();
  const jobs = siteKitJobs();
  return jobs.flatMap((job) => {
    const item = materials.find((m) => m.lang === job.lang && m.slug === job.slug && !m.isFallback);
    if (!item) return [];
    return [
      {
        params: { lang: langParam(job.lang), slug: job.slug },
        props: { item, job, translations: jobs.filter((j) => j.slug === job.slug).map((j) => j.lang) },
      },
    ];
  });
}

export interface KitPageProps {
  item: Material;
  job: KitJob;
  translations: string[];
}

/** The meeting kit and its read-aloud text, in the page's language. */
export async function meetingKitView(job: KitJob, t: Translate): Promise<{ kit: MeetingKit; text: string }> {
  const site = await getSiteData();
  const lines = site.settings.featuredHotlines.map((id) => site.hotlines.get(id)).filter((h) => h !== undefined);
  const kit = meetingKit(job.title, job.kit, kitHotlines(lines, t), job.shortUrl);
  return { kit, text: readAloudText(kit, t, job.loudspeaker) };
}

/** The first of `langs` (the reader's, then the text's) in which a material has a kit of its own: the one its page links. */
export function kitLanguage(slug: string, langs: readonly string[]): string | undefined {
  const own = new Set(
    siteKitJobs()
      .filter((j) => j.slug === slug)
      .map((j) => j.lang),
  );
  return langs.find((l) => own.has(l));
}
