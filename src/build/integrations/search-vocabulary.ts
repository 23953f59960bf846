/**
 * Astro integration: after the build, writes the site's search vocabulary, one file per index
 * language, into `<dist>/pagefind-vocab/<lang>.json` (src/search/vocabulary.ts). The search page
 * reads it to offer "Có phải bạn muốn tìm …?". Reads the built pages the way the search index does
 * (search-index.ts): the same pages, the same prepared `<main>`, in the index of their `<html lang>`.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { preparePage } from '../../search/page.ts';
import { collectVocabulary, indexedText, VOCABULARY_DIR } from '../../search/vocabulary.ts';
import { htmlFilesUnder } from '../dist-files.ts';

/** Writes the vocabulary files of `siteDir`; returns the bytes written per language. */
function writeSearchVocabulary(siteDir: string): Record<string, number> {
  const texts = new Map<string, string[]>();
  for (const file of htmlFilesUnder(siteDir)) {
    const url = `/${relative(siteDir, file).split(sep).join('/')}`.replace(/index\.html$/, '');
    const prepared = preparePage(url, readFileSync(file, 'utf8'));
    if (!prepared) continue;
    const list = texts.get(prepared.lang);
    if (list) list.push(indexedText(prepared.html));
    else texts.set(prepared.lang, [indexedText(prepared.html)]);
  }
  const outDir = join(siteDir, VOCABULARY_DIR);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const sizes: Record<string, number> = {};
  for (const [lang, list] of texts) {
    const json = JSON.stringify(collectVocabulary(list));
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
        logger.info(`Từ vựng gợi ý tìm kiếm: ${Object.entries(sizes).map(([lang, bytes]) => `${lang} ${Math.round(bytes / 1024)} KB`).join(', ')}.`);
      },
    },
  };
}
