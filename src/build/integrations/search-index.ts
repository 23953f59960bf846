/**
 * Builds the Pagefind index for a built site through Pagefind's Node API. Used by the Astro
 * integration (src/build/integrations/search.ts) and by the benchmark, which also builds the plain,
 * unprepared index to compare against.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { trimFragment } from '../../search/fragment.ts';
import { FALLBACK_FILTER, fallbackIndexes, fallbackSource } from '../../search/fallback.ts';
import { isSearchablePath, pageLanguages, preparePage } from '../../search/page.ts';
import { FILTER_VALUES_DIR, filterValues, type FilterFile } from '../../search/filter-values.ts';
import { readPagefind, rechunkBundle } from '../../search/rechunk.ts';
import { htmlFilesUnder } from '../dist-files.ts';
import { LANGUAGES } from '../../i18n/languages.ts';

export interface IndexSummary {
  /** Pages indexed, per `<html lang>`. */
  pages: Record<string, number>;
  outputPath: string;
}

/** The built pages, not those of the Pagefind bundle. */
export const htmlFiles = (dir: string) =>
  htmlFilesUnder(dir).filter((file) => !relative(dir, file).split(sep).slice(0, -1).includes('pagefind'));

export const urlPathOf = (root: string, file: string) => `/${relative(root, file).split(sep).join('/')}`.replace(/index\.html$/, '');

/**
 * The searchable pages that show another language's text (skipped), and for each page whose text
 * they show, the languages that show it.
 */
export function fallbackPages(siteDir: string, files: readonly string[]): { skip: Set<string>; shownIn: Map<string, Set<string>> } {
  const skip = new Set<string>();
  const shownIn = new Map<string, Set<string>>();
  for (const file of files) {
    const url = urlPathOf(siteDir, file);
    if (!isSearchablePath(url)) continue;
    const languages = pageLanguages(readFileSync(file, 'utf8'));
    if (!languages || languages.contentLang === languages.lang) continue;
    const source = fallbackSource(url, languages.contentLang);
    skip.add(url);
    if (!shownIn.has(source)) shownIn.set(source, new Set());
    shownIn.get(source)!.add(languages.lang);
  }
  return { skip, shownIn };
}

/**
 * Indexes every searchable page of `siteDir` into `<siteDir>/<bundle>`. `plain` indexes the same
 * pages without preparation (no folded spellings, no Khmer segmentation, Pagefind's own index
 * chunks): the "before" figures. Otherwise the index chunks are re-split smaller (src/search/rechunk.ts).
 */
export async function buildSearchIndex(siteDir: string, options: { plain?: boolean; bundle?: string } = {}): Promise<IndexSummary> {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['.notice--fallback'] });
  if (!index) throw new Error(`Pagefind không khởi động được: ${errors.join('; ')}`);
  const pages: Record<string, number> = {};
  const files = htmlFiles(siteDir);
  // Fallback pages are not indexed in their reader's language: the page whose text they show
  // names that language in its fallback filter (src/search/fallback.ts).
  const fallbacks = options.plain ? undefined : fallbackPages(siteDir, files);
  for (const file of files) {
    const url = urlPathOf(siteDir, file);
    if (fallbacks?.skip.has(url)) continue;
    const html = readFileSync(file, 'utf8');
    let content: string | undefined;
    let lang: string | undefined;
    if (options.plain) {
      if (isSearchablePath(url)) {
        content = html.replace(/<main\b/, '<main data-pagefind-body');
        lang = /<html\b[^>]*\slang="([^"]+)"/.exec(html)?.[1];
      }
    } else {
      const prepared = preparePage(url, html, [...(fallbacks?.shownIn.get(url) ?? [])]);
      content = prepared?.html;
      lang = prepared?.lang;
    }
    if (content === undefined || lang === undefined) continue;
    const added = await index.addHTMLFile({ url, content });
    if (added.errors.length > 0) throw new Error(`Pagefind không đọc được ${url}: ${added.errors.join('; ')}`);
    pages[lang] = (pages[lang] ?? 0) + 1;
  }
  const outputPath = join(siteDir, options.bundle ?? 'pagefind');
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`Pagefind không ghi được chỉ mục: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  await pagefind.close();
  if (!options.plain) {
    trimFragments(join(outputPath, 'fragment'));
    rechunkBundle(outputPath);
    writeFilterValues(outputPath);
  }
  return { pages, outputPath };
}

/**
 * Writes, for each language with a search page, the values of its filters beside the bundle
 * (src/search/filter-values.ts): those of its own pages, and those of the pages of its fallback
 * languages' indexes that its fallback pages show (their FALLBACK_FILTER holds the language).
 */
function writeFilterValues(bundleDir: string): void {
  const entry = JSON.parse(readFileSync(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  const filtersOf = new Map(
    Object.entries(entry.languages).map(([lang, { hash }]) => {
      const meta = readPagefind(join(bundleDir, `pagefind.${hash}.pf_meta`)) as [string, unknown, unknown, [string, string][]?];
      return [lang, (meta[3] ?? []).map(([, filter]) => readPagefind(join(bundleDir, 'filter', `${filter}.pf_filter`)) as FilterFile)];
    }),
  );
  const shownIn = (files: readonly FilterFile[], tag: string) =>
    new Set(files.find(([name]) => name === FALLBACK_FILTER)?.[1].find(([value]) => value === tag)?.[1] as number[] | undefined);
  // Pagefind keys its indexes by the lower-cased tag ("hmn-latn-vn"); the filter holds the tag itself.
  const readers = new Set([
    ...filtersOf.keys(),
    ...[...filtersOf.values()].flatMap((files) =>
      files.filter(([name]) => name === FALLBACK_FILTER).flatMap(([, values]) => values.map(([value]) => value.toLowerCase())),
    ),
  ]);
  mkdirSync(join(bundleDir, FILTER_VALUES_DIR), { recursive: true });
  for (const key of readers) {
    const tag = LANGUAGES.find((language) => language.tag.toLowerCase() === key)?.tag;
    const borrowed = (tag ? fallbackIndexes(tag) : []).flatMap((source) => {
      const files = filtersOf.get(source.toLowerCase()) ?? [];
      const pages = shownIn(files, tag!);
      return files.map(([name, values]): FilterFile => [
        name,
        values.filter(([, list]) => (list as number[]).some((page) => pages.has(page))),
      ]);
    });
    const values = filterValues([...(filtersOf.get(key) ?? []), ...borrowed].filter(([name]) => name !== FALLBACK_FILTER));
    writeFileSync(join(bundleDir, FILTER_VALUES_DIR, `${key}.json`), JSON.stringify(values));
  }
}

/** Cuts the ranking-only syllable pairs out of every fragment of a bundle (src/search/fragment.ts). */
function trimFragments(dir: string): void {
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.pf_fragment')) continue;
    const file = join(dir, name);
    const bytes = readFileSync(file);
    const trimmed = trimFragment(bytes, file);
    if (trimmed !== bytes) writeFileSync(file, trimmed);
  }
}
