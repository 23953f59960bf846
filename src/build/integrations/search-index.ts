/**
 * Builds the Pagefind index for a built site through Pagefind's Node API. Used by the Astro
 * integration (src/build/integrations/search.ts) and by the benchmark, which also builds the plain,
 * unprepared index to compare against.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { trimFragment } from '../../search/fragment.ts';
import { isSearchablePath, preparePage } from '../../search/page.ts';
import { FILTER_VALUES_DIR, filterValues, type FilterFile } from '../../search/filter-values.ts';
import { readPagefind, rechunkBundle } from '../../search/rechunk.ts';
import { htmlFilesUnder } from '../dist-files.ts';

export interface IndexSummary {
  /** Pages indexed, per `<html lang>`. */
  pages: Record<string, number>;
  outputPath: string;
}

/** The built pages, not those of the Pagefind bundle. */
const htmlFiles = (dir: string) => htmlFilesUnder(dir).filter((file) => !relative(dir, file).split(sep).slice(0, -1).includes('pagefind'));

const urlPathOf = (root: string, file: string) => `/${relative(root, file).split(sep).join('/')}`.replace(/index\.html$/, '');

/**
 * Indexes every searchable page of `siteDir` into `<siteDir>/<bundle>`. `plain` indexes the same
 * pages without preparation (no folded spellings, no Khmer segmentation, Pagefind's own index
 * chunks): the "before" figures. Otherwise the index chunks are re-split smaller (src/search/rechunk.ts).
 */
export async function buildSearchIndex(siteDir: string, options: { plain?: boolean; bundle?: string } = {}): Promise<IndexSummary> {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['.notice--fallback'] });
  if (!index) throw new Error(`Pagefind không khởi động được: ${errors.join('; ')}`);
  const pages: Record<string, number> = {};
  for (const file of htmlFiles(siteDir)) {
    const url = urlPathOf(siteDir, file);
    const html = readFileSync(file, 'utf8');
    let content: string | undefined;
    let lang: string | undefined;
    if (options.plain) {
      if (isSearchablePath(url)) {
        content = html.replace(/<main\b/, '<main data-pagefind-body');
        lang = /<html\b[^>]*\slang="([^"]+)"/.exec(html)?.[1];
      }
    } else {
      const prepared = preparePage(url, html);
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
 * Writes each language's filter values beside the bundle (src/search/filter-values.ts), read from
 * the filter files its meta file names.
 */
function writeFilterValues(bundleDir: string): void {
  const entry = JSON.parse(readFileSync(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  mkdirSync(join(bundleDir, FILTER_VALUES_DIR), { recursive: true });
  for (const [lang, { hash }] of Object.entries(entry.languages)) {
    const meta = readPagefind(join(bundleDir, `pagefind.${hash}.pf_meta`)) as [string, unknown, unknown, [string, string][]?];
    const files = (meta[3] ?? []).map(([, filter]) => readPagefind(join(bundleDir, 'filter', `${filter}.pf_filter`)) as FilterFile);
    writeFileSync(join(bundleDir, FILTER_VALUES_DIR, `${lang}.json`), JSON.stringify(filterValues(files)));
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
