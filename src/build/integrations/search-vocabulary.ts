/**
 * Astro integration: after the build, writes the site's search vocabulary, one file per index
 * language, into `<dist>/pagefind-vocab/<lang>.json` (src/search/vocabulary.ts). The search page
 * reads it to offer "Có phải bạn muốn tìm …?". Reads the built pages the way the search index does
 * (search-index.ts): the same pages, the same prepared `<main>`, for the language of their
 * `<html lang>` and for each language whose fallback pages show them.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { isSearchablePath, preparePage } from '../../search/page.ts';
import { countVocabulary, indexedText, vocabularyFrom, VOCABULARY_DIR, type VocabularyCounts } from '../../search/vocabulary.ts';
import { fallbackPages, htmlFiles, urlPathOf } from './search-index.ts';

/**
 * Writes the vocabulary files of `siteDir`; returns the bytes written per language. A fallback
 * page shows the text of another language's page (search/fallback.ts): that page's counts are made
 * once and added to each language that shows it, as the search page searches it for them.
 */
function writeSearchVocabulary(siteDir: string): Record<string, number> {
  const files = htmlFiles(siteDir);
  const fallbacks = fallbackPages(siteDir, files);
  const texts = new Map<string, VocabularyCounts[]>();
  const add = (lang: string, counts: VocabularyCounts) => {
    if (!texts.has(lang)) texts.set(lang, []);
    texts.get(lang)!.push(counts);
  };
  for (const file of files) {
    const url = urlPathOf(siteDir, file);
    if (!isSearchablePath(url) || fallbacks.skip.has(url)) continue;
    const prepared = preparePage(url, readFileSync(file, 'utf8'));
    if (!prepared) continue;
    const counts = countVocabulary(indexedText(prepared.html));
    add(prepared.lang, counts);
    for (const lang of fallbacks.shownIn.get(url) ?? []) add(lang, counts);
  }
  const outDir = join(siteDir, VOCABULARY_DIR);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const sizes: Record<string, number> = {};
  for (const [lang, list] of texts) {
    const json = JSON.stringify(vocabularyFrom(list));
    writeFileSync(join(outDir, `${lang}.json`), json);
    sizes[lang] = Buffer.byteLength(json);
  }
  return sizes;
}

export default function searchVocabulary(): AstroIntegration {
  return {
    name: 'search-vocabulary',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const sizes = writeSearchVocabulary(fileURLToPath(dir));
        logger.info(
          `Từ vựng gợi ý tìm kiếm: ${Object.entries(sizes)
            .map(([lang, bytes]) => `${lang} ${Math.round(bytes / 1024)} KB`)
            .join(', ')}.`,
        );
      },
    },
  };
}
