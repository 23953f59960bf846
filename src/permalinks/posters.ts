/**
 * Which posters exist (one per material and language it really exists in) and their print files.
 * Reads content through the content check, so it runs in the build hook without Astro.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import sharp from 'sharp';
import subsetFont from 'subset-font';
import { fontFace } from '../fonts/fonts.ts';
import { useTranslations } from '../i18n/index.ts';
import { DEFAULT_LANGUAGE, languagePrefix, scriptOf } from '../i18n/languages.ts';
import { SCRIPTS } from '../i18n/scripts.ts';
import { hotlineCaveat } from '../site/hotline-terms.ts';
import type { LinksData } from './links-data.ts';
import { posterPdf, POSTER_SIZES, type PosterContent, type PosterSize } from './poster-pdf.ts';
import { qrText } from './short-links.ts';
import type { checkContent } from '../collections/check.ts';
import { POSTER_SECTION } from '../site/routes.ts';

/** URL of a poster page, e.g. /ap-phich/noi-tam-lanh-la-gi/a4/. */
export const posterUrl = (lang: string, slug: string, size: PosterSize) => `${languagePrefix(lang)}/${POSTER_SECTION}/${slug}/${size}/`;
/** URL of a poster's print file. */
export const posterPdfUrl = (lang: string, slug: string, size: PosterSize) => `${posterUrl(lang, slug, size)}ap-phich-${slug}-${size}.pdf`;

/** The short code a page has of its own in a language (not one inherited from a deleted page). */
export function ownCode(links: Pick<LinksData, 'resolution'>, key: string, lang: string): string | undefined {
  return links.resolution.codes.find((c) => c.key === key && c.lang === lang && !c.retired)?.code;
}

/** The short URL as printed for people: host and path, without the scheme. */
export const shortUrlText = (baseUrl: string, code: string) => `${baseUrl.replace(/^https?:\/\//, '').replace(/\/+$/, '')}/q/${code}`;

interface PosterJob {
  lang: string;
  slug: string;
  title: string;
  summary: string;
  coverPath?: string | undefined;
  code: string;
}

/** One poster per material and enabled language it has a published version in. */
export function posterJobs(entries: ReturnType<typeof checkContent>['entries'], links: LinksData): PosterJob[] {
  const jobs: PosterJob[] = [];
  for (const { file, data } of entries) {
    if (file.collection !== 'materials' || data.draft === true || !links.settings.languages.includes(file.lang)) continue;
    if (!links.pages.has(`materials/${file.slug}`)) continue; // its Vietnamese source is a draft
    const code = ownCode(links, `materials/${file.slug}`, file.lang);
    if (!code) continue;
    const cover = data.cover as { image: string } | undefined;
    jobs.push({
      lang: file.lang,
      slug: file.slug,
      title: String(data.title),
      summary: String(data.summary),
      coverPath: cover ? resolve(dirname(file.absolutePath), cover.image) : undefined,
      code,
    });
  }
  return jobs;
}

/** The featured lines as a poster PDF prints them: number, name and the caveat of a paid or non-state line, in `lang`. */
export function printedHotlines(entries: ReturnType<typeof checkContent>['entries'], featured: readonly string[], lang: string): PosterContent['hotlines'] {
  const t = useTranslations(lang);
  return featured.flatMap((id) => {
    const entry = entries.find((e) => e.file.collection === 'hotlines' && e.file.lang === DEFAULT_LANGUAGE && e.file.slug === id);
    if (!entry) return [];
    const terms = { free: entry.data.free === true, stateRun: entry.data.stateRun === true };
    return [{ number: String(entry.data.number), name: String(entry.data.name), caveat: hotlineCaveat(terms, t) }];
  });
}

/** Writes every poster's A4 and A3 PDF below `dist`; returns how many. */
export async function writePosterPdfs(
  cwd: string,
  dist: string,
  entries: ReturnType<typeof checkContent>['entries'],
  links: LinksData,
): Promise<number> {
  // Labels, the agency, the URL and hotlines are set in the base script's font; a title in another
  // script in that script's first font.
  const faces = new Map<string, { regular: Buffer; bold: Buffer }>();
  const fontsOf = (family: Parameters<typeof fontFace>[0]) => {
    if (!faces.has(family)) {
      const file = (weight: 400 | 700) => readFileSync(join(cwd, 'public/fonts', fontFace(family, weight).file));
      faces.set(family, { regular: file(400), bold: file(700) });
    }
    return faces.get(family)!;
  };
  const baseFamily = SCRIPTS.Latn.fonts[0];
  const latin = fontsOf(baseFamily);
  const covers = new Map<string, Promise<Buffer>>();
  const coverFor = (path: string) => {
    if (!covers.has(path)) covers.set(path, sharp(path).resize({ width: 1800, withoutEnlargement: true }).jpeg({ quality: 85 }).toBuffer());
    return covers.get(path)!;
  };
  const { mkdirSync, writeFileSync } = await import('node:fs');
  let count = 0;
  for (const job of posterJobs(entries, links)) {
    const t = useTranslations(job.lang);
    const labels = { scan: t('poster.scan'), or: t('poster.or'), hotlines: t('poster.hotlines') };
    const printed = printedHotlines(entries, links.settings.featuredHotlines, job.lang);
    const urlText = shortUrlText(links.settings.baseUrl, job.code);
    const latinText = [
      links.settings.agencyName,
      urlText,
      ...Object.values(labels),
      ...printed.flatMap((h) => [h.number, h.name, h.caveat, '()']),
      job.title,
      job.summary,
      '…',
    ].join('');
    const subset = (font: Buffer, text: string) => subsetFont(font, text, { targetFormat: 'truetype' });
    const titleFamily = scriptOf(job.lang).fonts[0]!;
    const script = titleFamily === baseFamily ? undefined : fontsOf(titleFamily);
    const fonts = {
      regular: await subset(latin.regular, latinText),
      bold: await subset(latin.bold, latinText),
      titleRegular: script ? await subset(script.regular, `${job.title}${job.summary}…`) : undefined,
      titleBold: script ? await subset(script.bold, job.title) : undefined,
    };
    const content = {
      lang: job.lang,
      title: job.title,
      summary: job.summary,
      agencyName: links.settings.agencyName,
      shortUrlText: urlText,
      qrText: qrText(links.settings.baseUrl, job.code),
      cover: job.coverPath ? await coverFor(job.coverPath) : undefined,
      hotlines: printed,
      labels,
      fonts,
    };
    for (const size of Object.keys(POSTER_SIZES) as PosterSize[]) {
      const file = join(dist, posterPdfUrl(job.lang, job.slug, size));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, await posterPdf(content, size));
      count++;
    }
  }
  return count;
}
