/**
 * Which posters exist (one per material and language it really exists in) and their print files.
 * Reads content through the content check, so it runs in the build hook without Astro.
 */
import { dirname, join, resolve } from 'node:path';
import sharp from 'sharp';
import subsetFont from 'subset-font';
import { fontFace, type FontFamily } from '../fonts/fonts.ts';
import { truetypeOf } from '../fonts/truetype.ts';
import { dictionaries, useTranslations } from '../i18n/index.ts';
import { DEFAULT_LANGUAGE, fallbackChain, languagePrefix, scriptOf } from '../i18n/languages.ts';
import { characterClass } from '../i18n/scripts.ts';
import type { Dictionary, UiKey } from '../i18n/translate.ts';
import { hotlineCaveat, hotlineCaveatKeys } from '../site/hotline-terms.ts';
import type { LinksData } from './links-data.ts';
import {
  posterPdf,
  posterTexts,
  POSTER_SIZES,
  textByFamily,
  type PosterContent,
  type PosterFamilies,
  type PosterSize,
} from './poster-pdf.ts';
import { qrText } from './short-links.ts';
import type { checkContent } from '../collections/check.ts';
import { cacheKey, drawingVersion, fileHash, openFileCache, type FileCache } from '../build/file-cache.ts';
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

/** The family a text in a language is set in: the first font of the language's script. */
const familyOf = (lang: string): FontFamily => scriptOf(lang).fonts[0]!;

/**
 * The language a UI string of `lang` is shown in: the first of its fallback chain whose dictionary
 * has the key, as `t()` finds it. For a string made of several keys, the first key's.
 */
export function uiTextLanguage(lang: string, keys: readonly UiKey[], dicts: Readonly<Record<string, Dictionary>> = dictionaries): string {
  const [key] = keys;
  if (key === undefined) return DEFAULT_LANGUAGE;
  return fallbackChain(lang).find((tag) => Object.hasOwn(dicts[tag] ?? {}, key)) ?? DEFAULT_LANGUAGE;
}

/**
 * The family of each text on a poster in `lang`, by the script of the language the text is in:
 * title and summary are the material's, in `lang`; the labels are UI strings, in the language
 * `t()` found them in (Vietnamese, in the Latin font, until `lang` has them); the agency, the URL
 * and the hotlines' numbers and names are the site's Vietnamese data.
 */
export function posterFamilies(
  lang: string,
  dicts: Readonly<Record<string, Dictionary>> = dictionaries,
  texts?: { title: string; summary: string },
): PosterFamilies {
  const data = familyOf(DEFAULT_LANGUAGE);
  // A text of the material that holds no letter of its language's script (a Khmer file whose title
  // is still the Vietnamese one, say) is set in the base script's font: the script's own font may
  // have none of its letters, and a font subset to no letter cannot be set at all.
  const script = scriptOf(lang);
  const inScript = new RegExp(characterClass(script.ranges), 'u');
  const contentFamily = (text: string | undefined) => (text === undefined || inScript.test(text) ? familyOf(lang) : data);
  const label = (key: UiKey) => familyOf(uiTextLanguage(lang, [key], dicts));
  return {
    agencyName: data,
    title: contentFamily(texts?.title),
    summary: contentFamily(texts?.summary),
    scan: label('poster.scan'),
    or: label('poster.or'),
    shortUrlText: data,
    hotlines: label('poster.hotlines'),
    hotlineNumber: data,
    hotlineName: data,
  };
}

/** The featured lines as a poster PDF prints them: number, name and the caveat of a paid or non-state line, in `lang`. */
export function printedHotlines(
  entries: ReturnType<typeof checkContent>['entries'],
  featured: readonly string[],
  lang: string,
): PosterContent['hotlines'] {
  const t = useTranslations(lang);
  return featured.flatMap((id) => {
    const entry = entries.find((e) => e.file.collection === 'hotlines' && e.file.lang === DEFAULT_LANGUAGE && e.file.slug === id);
    if (!entry) return [];
    const terms = { free: entry.data.free === true, stateRun: entry.data.stateRun === true };
    const caveatFamily = familyOf(uiTextLanguage(lang, hotlineCaveatKeys(terms)));
    return [{ number: String(entry.data.number), name: String(entry.data.name), caveat: hotlineCaveat(terms, t), caveatFamily }];
  });
}

/**
 * What draws a poster PDF: this module (which texts, fonts and cover), the PDF layout, the QR
 * settings, and the packages they call. Part of every poster's cache key.
 */
export const posterDrawing = (): string =>
  drawingVersion(
    [new URL(import.meta.url), new URL('./poster-pdf.ts', import.meta.url), new URL('./qr.ts', import.meta.url)],
    ['pdfkit', 'subset-font', 'qrcode', 'sharp'],
  );

/**
 * The cache key of one poster file: every text it prints with the font family of each, the cover
 * photo's and the fonts' bytes, the paper size, and what draws it (`drawing`). A change to any of
 * them gives another key, so the poster is drawn again; nothing else does.
 */
export function posterCacheKey(
  shown: Omit<PosterContent, 'fonts' | 'cover'>,
  files: { cover?: string | undefined; fonts: readonly string[] },
  size: PosterSize,
  drawing: string,
): string {
  return cacheKey({ shown, files, size, drawing });
}

/**
 * Writes every poster's A4 and A3 PDF below `dist`; returns how many. With `cache`, a poster whose
 * key (`posterCacheKey`) is stored is copied, not drawn.
 */
export async function writePosterPdfs(
  cwd: string,
  dist: string,
  entries: ReturnType<typeof checkContent>['entries'],
  links: LinksData,
  cache: FileCache = openFileCache(undefined, 'pdf'),
): Promise<number> {
  // Each text in the first font of its language's script (posterFamilies), subset to the text set in it.
  const fontFile = (family: FontFamily, weight: 400 | 700) => join(cwd, 'public/fonts', fontFace(family, weight).file);
  // Unpacked from WOFF2 once (fonts/truetype.ts): subsetting a TrueType font is about five times quicker than a WOFF2 one.
  const fontsOf = async (family: FontFamily) => ({
    regular: await truetypeOf(fontFile(family, 400)),
    bold: await truetypeOf(fontFile(family, 700)),
  });
  const hashes = new Map<string, string>();
  const hashOf = (path: string) => {
    if (!hashes.has(path)) hashes.set(path, fileHash(path));
    return hashes.get(path)!;
  };
  const covers = new Map<string, Promise<Buffer>>();
  const coverFor = (path: string) => {
    if (!covers.has(path)) covers.set(path, sharp(path).resize({ width: 1800, withoutEnlargement: true }).jpeg({ quality: 85 }).toBuffer());
    return covers.get(path)!;
  };
  const drawing = posterDrawing();
  const { mkdirSync, writeFileSync } = await import('node:fs');
  let count = 0;
  for (const job of posterJobs(entries, links)) {
    const t = useTranslations(job.lang);
    const labels = { scan: t('poster.scan'), or: t('poster.or'), hotlines: t('poster.hotlines') };
    const printed = printedHotlines(entries, links.settings.featuredHotlines, job.lang);
    const shown = {
      lang: job.lang,
      title: job.title,
      summary: job.summary,
      agencyName: links.settings.agencyName,
      shortUrlText: shortUrlText(links.settings.baseUrl, job.code),
      qrText: qrText(links.settings.baseUrl, job.code),
      hotlines: printed,
      labels,
      families: posterFamilies(job.lang, dictionaries, job),
    };
    const families = [...new Set([...Object.values(shown.families), ...printed.map((line) => line.caveatFamily)])].sort();
    const files = {
      cover: job.coverPath && hashOf(job.coverPath),
      fonts: families.flatMap((family) => [hashOf(fontFile(family, 400)), hashOf(fontFile(family, 700))]),
    };
    // Drawn once for both sizes, and only when one of them is not in the cache.
    let content: Promise<PosterContent> | undefined;
    const draw = () =>
      (content ??= (async () => {
        const text = { ...shown, cover: job.coverPath ? await coverFor(job.coverPath) : undefined };
        const subset = (font: Buffer, chars: string) => subsetFont(font, chars, { targetFormat: 'truetype' });
        const fonts: PosterContent['fonts'] = {};
        for (const [family, chars] of textByFamily(posterTexts(text))) {
          const source = await fontsOf(family);
          fonts[family] = { regular: await subset(source.regular, chars), bold: await subset(source.bold, chars) };
        }
        return { ...text, fonts };
      })());
    for (const size of Object.keys(POSTER_SIZES) as PosterSize[]) {
      const file = join(dist, posterPdfUrl(job.lang, job.slug, size));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, await cache.get(posterCacheKey(shown, files, size, drawing), async () => posterPdf(await draw(), size)));
      count++;
    }
  }
  return count;
}
