/**
 * Astro integration: after the build, writes the site's search vocabulary, one file per index
 * language, into `<dist>/pagefind-vocab/<lang>.json` (src/search/vocabulary.ts). The search page
 * reads it to offer "Có phải bạn muốn tìm …?". Reads the built pages the way the search index does
 * (search-index.ts): the same pages, the same prepared `<main>`, for the language of their
 * `<html lang>` and for each language whose fallback pages show them.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { fallbackSource } from '../../search/fallback.ts';
import { isSearchablePath, pageLanguages, preparePage } from '../../search/page.ts';
import { countVocabulary, indexedText, vocabularyFrom, VOCABULARY_DIR, type VocabularyCounts } from '../../search/vocabulary.ts';
import { htmlFilesUnder } from '../dist-files.ts';

/**
 * Writes the vocabulary files of `siteDir`; returns the bytes written per language. A fallback
 * page shows the text of another language's page (search/fallback.ts): that page's counts are made
 * once and added to each language that shows it, as the search page searches it for them.
 */
function writeSearchVocabulary(siteDir: string): Record<string, number> {
  const counted = new Map<string, VocabularyCounts>();
  const ownLang = new Map<string, string>();
  const shows: [lang: string, source: string][] = [];
  for (const file of htmlFilesUnder(siteDir)) {
    const url = `/${relative(siteDir, file).split(sep).join('/')}`.replace(/index\.html$/, '');
    if (!isSearchablePath(url) || url.startsWith(`/${VOCABULARY_DIR}/`)) continue;
    const html = readFileSync(file, 'utf8');
    const languages = pageLanguages(html);
    if (languages && languages.contentLang !== languages.lang) {
      shows.push([languages.lang, fallbackSource(url, languages.contentLang)]);
      continue;
    }
    const prepared = preparePage(url, html);
    if (!prepared) continue;
    counted.set(url, countVocabulary(indexedText(prepared.html)));
    ownLang.set(url, prepared.lang);
  }
  const texts = new Map<string, VocabularyCounts[]>();
  const add = (lang: string, counts: VocabularyCounts | undefined) => {
    if (!counts) return;
    if (!texts.has(lang)) texts.set(lang, []);
    texts.get(lang)!.push(counts);
  };
  for (const [url, lang] of ownLang) add(lang, counted.get(url));
  for (const [lang, source] of shows) add(lang, counted.get(source));
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
