/**
 * Which materials have communicators' kits (a meeting kit and a social-media pack: one per
 * language version with its own `kit` and its own short code), and what each pack holds: the
 * Zalo and Facebook posts, the three share images and the ZIP. Reads content through the content
 * check (as posters do), so the pages and the build hook that draws the images share one source.
 */
import { zipSync } from 'fflate';
import { useTranslations } from '../i18n/index.ts';
import { DEFAULT_LANGUAGE } from '../i18n/languages.ts';
import type { Kit } from '../schemas/kit.ts';
import { imageMessage, NETWORKS, postText, type Network } from '../site/kit.ts';
import type { LinksData } from './links-data.ts';
import { ownCode } from './posters.ts';
import { SHARE_IMAGE_NAMES, shareImageFile, type ShareImage } from './share-images.ts';
import { qrText, shortUrl } from './short-links.ts';

export interface KitJob {
  lang: string;
  slug: string;
  title: string;
  summary: string;
  kit: Kit;
  code: string;
  /** The short link as shared: no tracking parameters. */
  shortUrl: string;
  qrText: string;
  /** The campaign's hashtags (its version in `lang`, else the Vietnamese one). */
  hashtags: string[];
  /** The material's loudspeaker script, if it has one in this language. */
  loudspeaker?: string | undefined;
}

/** One kit per published material version in an enabled language with its own kit and short code. */
export function kitJobs(links: Pick<LinksData, 'entries' | 'pages' | 'resolution' | 'settings'>): KitJob[] {
  const { entries, settings } = links;
  const campaign = (slug: string, lang: string) =>
    [lang, DEFAULT_LANGUAGE]
      .map((l) => entries.find((e) => e.file.collection === 'campaigns' && e.file.lang === l && e.file.slug === slug))
      .find(Boolean);
  const jobs: KitJob[] = [];
  for (const { file, data } of entries) {
    if (file.collection !== 'materials' || data.draft === true || data.kit === undefined || !settings.languages.includes(file.lang))
      continue;
    if (!links.pages.get(`materials/${file.slug}`)?.includes(file.lang)) continue;
    const code = ownCode(links, `materials/${file.slug}`, file.lang);
    if (!code) continue;
    const hashtags = (campaign(String(data.campaign), file.lang)?.data.hashtags as string[] | undefined) ?? [];
    jobs.push({
      lang: file.lang,
      slug: file.slug,
      title: String(data.title),
      summary: String(data.summary),
      kit: data.kit as Kit,
      code,
      shortUrl: shortUrl(settings.baseUrl, code),
      qrText: qrText(settings.baseUrl, code),
      hashtags,
      loudspeaker: typeof data.loudspeaker === 'string' ? data.loudspeaker : undefined,
    });
  }
  return jobs;
}

/** The two posts, in the material's language. */
export function packPosts(job: KitJob): Record<Network, string> {
  const t = useTranslations(job.lang);
  const input = {
    title: job.title,
    summary: job.summary,
    messages: job.kit.messages,
    message: imageMessage(job.kit),
    link: job.shortUrl,
    hashtags: job.hashtags,
  };
  return Object.fromEntries(NETWORKS.map((network) => [network, postText(network, input, t)])) as Record<Network, string>;
}

/** The three share images of a pack, by file name. */
export function packImages(job: KitJob, agencyName: string): { file: string; image: ShareImage }[] {
  return SHARE_IMAGE_NAMES.map((size) => ({
    file: shareImageFile(job.slug, size),
    image: { size, lang: job.lang, title: job.title, message: imageMessage(job.kit), agencyName, qrText: job.qrText },
  }));
}

/** The post files of a pack, by name. */
export const postFile = (slug: string, network: Network) => `${network}-${slug}.txt`;

/** The ZIP of a pack: the images and one text file per post (UTF-8, NFC). Deterministic: fixed dates. */
export function packZip(job: KitJob, images: { file: string; bytes: Uint8Array }[]): Uint8Array {
  const posts = packPosts(job);
  const mtime = new Date('2000-01-01T00:00:00Z');
  const files: Record<string, [Uint8Array, { mtime: Date; level: 0 | 6 }]> = {};
  for (const { file, bytes } of images) files[file] = [bytes, { mtime, level: 0 }];
  for (const network of NETWORKS) files[postFile(job.slug, network)] = [new TextEncoder().encode(posts[network]), { mtime, level: 6 }];
  return zipSync(files);
}
