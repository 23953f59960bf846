import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cbor2';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capPageLocations, CHUNK_BYTES, COMMON_WORD_SHARE, LOCATIONS_PER_PAGE, rechunkBundle } from '../../../src/search/rechunk.ts';
import { serveDist, type StaticServer } from '../../helpers/static-server.ts';

/** A small real index: Vietnamese-like syllables, enough locations for Pagefind to write several chunks. */
const ONSETS = ['b', 'ch', 'd', 'đ', 'g', 'gi', 'h', 'kh', 'l', 'm', 'n', 'ng', 'nh', 'ph', 'qu', 's', 't', 'th', 'tr', 'v', 'x'];
const RHYMES = [
  'a',
  'ai',
  'an',
  'ang',
  'anh',
  'ao',
  'ắc',
  'âm',
  'ẩn',
  'e',
  'ê',
  'i',
  'inh',
  'iết',
  'o',
  'oa',
  'oai',
  'ông',
  'ơi',
  'u',
  'ung',
  'ư',
  'ương',
  'ướt',
  'y',
];
const SYLLABLES = ONSETS.flatMap((onset) => RHYMES.map((rhyme) => onset + rhyme));

function page(n: number): string {
  let seed = n + 1;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  // Frequent syllables near the start of the list, as in real text; pairs joined ("binhdang") as the site indexes them.
  const words = Array.from({ length: 700 }, () => {
    const a = SYLLABLES[Math.floor(next() ** 2 * SYLLABLES.length)]!;
    return next() < 0.3 ? a + SYLLABLES[Math.floor(next() * SYLLABLES.length)]! : a;
  });
  return `<html lang="vi"><head><title>Trang ${n}</title></head><body><main><h1>Trang ${n} ${words.slice(0, 3).join(' ')}</h1><p>${words.join(' ')}</p></main></body></html>`;
}

const SITE = mkdtempSync(join(tmpdir(), 'rechunk-'));
const BEFORE = join(SITE, 'before');
const AFTER = join(SITE, 'after');
/** Re-split with the shipped cap on locations per page (AFTER keeps them all, to compare scores). */
const CAPPED = join(SITE, 'capped');

type Word = [string, ...unknown[]];
type Chunk = [from: string, to: string, hash: string];
const read = (file: string) => {
  const bytes = gunzipSync(readFileSync(file));
  expect(bytes.subarray(0, 12).toString()).toBe('pagefind_dcd');
  return { cbor: bytes.subarray(12), value: decode(bytes.subarray(12)) };
};
const entryOf = (bundle: string) =>
  JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
const chunksOf = (bundle: string, lang: string) =>
  (read(join(bundle, `pagefind.${entryOf(bundle).languages[lang]!.hash}.pf_meta`)).value as [string, unknown, Chunk[]])[2];
const entriesOf = (bundle: string, hash: string) => (read(join(bundle, 'index', `${hash}.pf_index`)).value as [Word[]])[0];
const wordsOf = (bundle: string, hash: string) => entriesOf(bundle, hash).map((word) => word[0]);
/** What these tests call of the bundle's pagefind.js. */
interface PagefindJs {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (query: string) => Promise<{ results: { score: number; data: () => Promise<{ url: string }> }[] }>;
  destroy: () => Promise<void>;
}
/** Pagefind's WebAssembly compares words as UTF-8 bytes. */
const compare = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

beforeAll(async () => {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(errors.join('; '));
  for (let n = 0; n < 60; n++) await index.addHTMLFile({ url: `/trang-${n}/`, content: page(n) });
  await index.addHTMLFile({
    url: '/en/',
    content: '<html lang="en"><body><main><h1>Gender equality</h1><p>Equal pay, equal voice.</p></main></body></html>',
  });
  await index.writeFiles({ outputPath: BEFORE });
  await index.deleteIndex();
  await pagefind.close();
  cpSync(BEFORE, AFTER, { recursive: true });
  rechunkBundle(AFTER, CHUNK_BYTES, Infinity);
  cpSync(BEFORE, CAPPED, { recursive: true });
  rechunkBundle(CAPPED);
}, 120_000);

afterAll(() => rmSync(SITE, { recursive: true, force: true }));

describe('rechunkBundle', () => {
  it('starts from a Pagefind index of several chunks, whose bounds leave some last words out', () => {
    const chunks = chunksOf(BEFORE, 'vi');
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.some(([, to, hash]) => compare(wordsOf(BEFORE, hash).at(-1)!, to) > 0)).toBe(true);
  });

  it('puts every word of the index in exactly one chunk, whose bounds include it and no other chunk’s', () => {
    for (const lang of ['vi', 'en']) {
      const before = chunksOf(BEFORE, lang).flatMap(([, , hash]) => wordsOf(BEFORE, hash));
      const chunks = chunksOf(AFTER, lang);
      const after = chunks.map(([, , hash]) => wordsOf(AFTER, hash));
      expect(after.flat()).toEqual(before);
      for (const word of before) {
        const holding = after.flatMap((words, i) => (words.includes(word) ? [i] : []));
        expect(holding).toHaveLength(1);
        // The chunk Pagefind loads for a word: the first whose bounds include it.
        const bounding = chunks.flatMap(([from, to], i) => (compare(from, word) <= 0 && compare(word, to) <= 0 ? [i] : []));
        expect(bounding, word).toEqual(holding);
      }
    }
  });

  it('keeps every chunk under the limit, and splits the index finer than Pagefind', () => {
    const chunks = chunksOf(AFTER, 'vi');
    expect(chunks.length).toBeGreaterThan(chunksOf(BEFORE, 'vi').length * 3);
    for (const [, , hash] of chunks) {
      const { cbor, value } = read(join(AFTER, 'index', `${hash}.pf_index`));
      if ((value as [Word[]])[0].length > 1) expect(cbor.length).toBeLessThanOrEqual(CHUNK_BYTES);
    }
  });

  it('points the entry at meta files, and the meta files at chunks, that exist, and leaves no other', () => {
    const entry = entryOf(AFTER);
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'vi']);
    const metas = Object.values(entry.languages).map(({ hash }) => `pagefind.${hash}.pf_meta`);
    expect(
      readdirSync(AFTER)
        .filter((name) => name.endsWith('.pf_meta'))
        .sort(),
    ).toEqual(metas.sort());
    const chunks = Object.keys(entry.languages).flatMap((lang) => chunksOf(AFTER, lang).map(([, , hash]) => `${hash}.pf_index`));
    expect(readdirSync(join(AFTER, 'index')).sort()).toEqual(chunks.sort());
    for (const lang of Object.keys(entry.languages))
      expect(chunksOf(AFTER, lang).every(([, , hash]) => hash.startsWith(`${lang}_`))).toBe(true);
  });

  describe('searched through pagefind.js', () => {
    let server: StaticServer;
    beforeAll(async () => {
      writeFileSync(join(SITE, '404.html'), 'not found');
      server = await serveDist(SITE);
    });
    afterAll(() => server.close());

    /** Results of Pagefind's own search over `bundle`, run in Node with the page language `lang`. */
    async function search(bundle: string, lang: string, queries: string[]) {
      const pf = (await import(/* @vite-ignore */ pathToFileURL(join(SITE, bundle, 'pagefind.js')).href)) as PagefindJs;
      const globals = globalThis as { document?: unknown };
      globals.document = { querySelector: () => ({ getAttribute: () => lang }) };
      try {
        await pf.options({ basePath: `${server.origin}/${bundle}/`, noWorker: true });
        const found: Record<string, string[]> = {};
        for (const query of queries) {
          const { results } = await pf.search(query);
          found[query] = await Promise.all(results.map(async (result) => `${(await result.data()).url} ${result.score.toFixed(4)}`));
        }
        return found;
      } finally {
        await pf.destroy();
        delete globals.document;
      }
    }

    it('finds the same pages, in the same order and with the same scores, before and after', async () => {
      const original = chunksOf(BEFORE, 'vi').map(([, , hash]) => wordsOf(BEFORE, hash));
      const rechunked = chunksOf(AFTER, 'vi').map(([, , hash]) => wordsOf(AFTER, hash));
      const words = original.flat();
      // A query word loads one chunk and matches its longer forms there ("ba" → "bang"): a word whose
      // longer forms two chunks share ("ba", "bo" here) may match fewer of them, before as after.
      const whole = (chunks: string[][], word: string) =>
        new Set(words.filter((w) => w.startsWith(word)).map((w) => chunks.findIndex((c) => c.includes(w)))).size === 1;
      const kept = (query: string) => query.split(' ').every((word) => whole(original, word) && whole(rechunked, word));
      // Words on either side of Pagefind's own chunk bounds (its `to` cuts the last word off) and of the new ones, and whole queries.
      const edges = [...original, ...rechunked].flatMap((chunk) => [chunk[0]!, chunk.at(-1)!]);
      const candidates = [...new Set([...edges, 'khinh thương', 'ba chai', 'giai nhan quy', 'trương thinh', 'xyzzy'])];
      const queries = candidates.filter(kept);
      expect(queries.length).toBeGreaterThan(candidates.length * 0.8);
      const before = await search('before', 'vi', queries);
      const after = await search('after', 'vi', queries);
      expect(Object.values(after).filter((pages) => pages.length > 0).length).toBeGreaterThan(queries.length / 2);
      expect(after).toEqual(before);
      expect(await search('after', 'en', ['equal', 'gender pay'])).toEqual(await search('before', 'en', ['equal', 'gender pay']));
    }, 120_000);
  });

  describe('with at most LOCATIONS_PER_PAGE locations of a word per page', () => {
    type Pages = [number, number[], ...unknown[]][];
    const pageLists = (bundle: string) =>
      chunksOf(bundle, 'vi').flatMap(([, , hash]) =>
        entriesOf(bundle, hash).flatMap((word) => [word[1] as Pages, ...((word[2] as [string, Pages][]) ?? []).map(([, pages]) => pages)]),
      );
    const positions = (locations: number[]) => locations.filter((n) => n >= 0).length;

    it('keeps every word on the same pages, with no more than the cap', () => {
      const pagesOf = (bundle: string) =>
        chunksOf(bundle, 'vi').flatMap(([, , hash]) =>
          entriesOf(bundle, hash).map((word) => [word[0], (word[1] as Pages).map((p) => p[0])]),
        );
      expect(pagesOf(CAPPED)).toEqual(pagesOf(AFTER));
      const lists = pageLists(CAPPED).flat();
      expect(Math.max(...lists.map(([, locations]) => positions(locations)))).toBeLessThanOrEqual(LOCATIONS_PER_PAGE);
      // The generated pages repeat their frequent syllables, so the cap had something to cut.
      expect(
        Math.max(
          ...pageLists(AFTER)
            .flat()
            .map(([, locations]) => positions(locations)),
        ),
      ).toBeGreaterThan(LOCATIONS_PER_PAGE);
    });

    it('keeps one location per page of a spelling on three quarters of the pages or more', () => {
      const pageCount = (read(join(CAPPED, `pagefind.${entryOf(CAPPED).languages.vi!.hash}.pf_meta`)).value as [string, unknown[]])[1]
        .length;
      const common = pageLists(CAPPED).filter((pages) => pages.length >= pageCount * COMMON_WORD_SHARE);
      expect(common.length).toBeGreaterThan(0);
      expect(Math.max(...common.flat().map(([, locations]) => positions(locations)))).toBe(1);
      // In the uncapped copy the same lists had more.
      const uncommon = pageLists(AFTER).filter((pages) => pages.length >= pageCount * COMMON_WORD_SHARE);
      expect(Math.max(...uncommon.flat().map(([, locations]) => positions(locations)))).toBeGreaterThan(1);
    });

    it('makes the index smaller', () => {
      const bytes = (bundle: string) =>
        chunksOf(bundle, 'vi').reduce((sum, [, , hash]) => sum + readFileSync(join(bundle, 'index', `${hash}.pf_index`)).length, 0);
      expect(bytes(CAPPED)).toBeLessThan(bytes(AFTER));
    });
  });
});

describe('capPageLocations', () => {
  it('keeps a short list as it is', () => {
    expect(capPageLocations([-25, 3, 9], 4)).toEqual([-25, 3, 9]);
  });
  it('keeps the first positions of equal weight, each run under its weight', () => {
    expect(capPageLocations([-25, 3, 9, 14, 20, 31, 40], 4)).toEqual([-25, 3, 9, 14, 20]);
  });
  it('keeps the positions of higher weight (a title word) before the others', () => {
    expect(capPageLocations([-25, 3, 9, -145, 0, 1, -25, 14, 20, 31], 3)).toEqual([-25, 3, -145, 0, 1]);
    expect(capPageLocations([-145, 0, -25, 3, 9, 14, 20], 2)).toEqual([-145, 0, -25, 3]);
  });
});
