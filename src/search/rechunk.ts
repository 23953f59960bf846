/**
 * Smaller index chunks. Pagefind cuts each language's word index into chunks of 20 000 word
 * locations (about 65 KB of CBOR, 30 KB gzipped), a size it does not let a site change, and a
 * search downloads every chunk that holds one of its words. `rechunkBundle` re-splits them, after
 * Pagefind has written the bundle, into chunks of at most CHUNK_BYTES of CBOR, so that a search
 * downloads only the few kilobytes around its words.
 *
 * The files, as Pagefind 1.6 writes them (each gzip of the signature "pagefind_dcd" and CBOR):
 * - `pagefind-entry.json`: per language, `hash`, the name of its meta file;
 * - `pagefind.<hash>.pf_meta`: [version, pages, chunks, filters, sorts, meta fields], each chunk
 *   [from, to, chunk hash];
 * - `index/<chunk hash>.pf_index`: [words], words sorted by their UTF-8 bytes, each an array
 *   beginning with the word; the rest (pages and locations) is copied as it is.
 *
 * Pagefind's WebAssembly loads, for each word of a query, the first chunk with from ≤ word ≤ to
 * (bytewise). Pagefind shortens the `to` of a chunk to a prefix of its last word, so that word falls
 * between two chunks and is found only by a fallback; here `to` is the last word itself, and `from`
 * the shortest prefix of the first word that sorts after the previous chunk's last word. A chunk
 * ends, among the cuts that keep it between half and all of CHUNK_BYTES, where the words on either
 * side share the fewest letters: a query word's longer forms ("binh" → "binhdang") then seldom
 * spill into a chunk that is not loaded.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cbor2';

/** The largest chunk, in CBOR bytes (before gzip); a single word larger than this is a chunk of its own. */
export const CHUNK_BYTES = 7000;

/**
 * The most locations of one word kept per page (see `capLocations`). Pagefind stores every place a
 * word stands in a page, so the syllables every page of this site uses ("bình", "đẳng", "giới",
 * "gia", "đình") each weighed about 20 KB gzipped on a 1,000-material site, and a search downloads
 * them whole. Pagefind ranks by how often a word stands in a page, with diminishing returns
 * (BM25's saturation), so beyond a few places more add little; the excerpt and its marks are made
 * by the search page from the page's text (excerpt.ts), not from these locations.
 */
export const LOCATIONS_PER_PAGE = 4;

/**
 * A spelling on at least this share of a language's pages keeps one location per page, the one of
 * highest weight: Pagefind's BM25 weighs a word by its rarity, ln(1 + (N − n + ½)/(n + ½)), which
 * at three quarters of the pages is under a fifteenth of a word on 1 page in 100, so how often the
 * word stands in a page barely moves a result.
 */
export const COMMON_WORD_SHARE = 0.75;

const SIGNATURE = 'pagefind_dcd';
/** A chunk may end early, down to this share of CHUNK_BYTES, to cut where fewer words' longer forms are split. */
const MIN_FILL = 0.5;

/** A word of a chunk: the word, then Pagefind's data for it, kept as decoded. */
type Word = [string, ...unknown[]];
type MetaChunk = [from: string, to: string, hash: string];
type Meta = [version: string, pages: unknown, chunks: MetaChunk[], ...rest: unknown[]];
interface Entry {
  languages: Record<string, { hash: string }>;
}

export interface RechunkSummary {
  /** Per language, the number of chunks before and after. */
  chunks: Record<string, { before: number; after: number }>;
}

/** The decoded CBOR of a Pagefind bundle file (gzip of the signature "pagefind_dcd" and CBOR). */
export function readPagefind(file: string): unknown {
  const bytes = gunzipSync(readFileSync(file));
  if (bytes.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) {
    throw new Error(`${file}: không phải tệp chỉ mục Pagefind (thiếu "${SIGNATURE}").`);
  }
  return decode(bytes.subarray(SIGNATURE.length));
}

const packPagefind = (cbor: Uint8Array) => gzipSync(Buffer.concat([Buffer.from(SIGNATURE, 'latin1'), cbor]), { level: 9 });

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * A page's locations of a word, at most `max` of them: the ones of highest weight (a title word
 * outweighs a body word), then the first. Pagefind writes them as positions, each run preceded by a
 * negative number that sets the weight of the positions after it (-25: weight 24); the kept ones
 * stay in their order, each run under its weight.
 */
export function capPageLocations(locations: readonly number[], max: number): number[] {
  const placed: { marker: number | undefined; at: number; order: number }[] = [];
  let marker: number | undefined;
  for (const value of locations) {
    if (value < 0) marker = value;
    else placed.push({ marker, at: value, order: placed.length });
  }
  if (placed.length <= max) return [...locations];
  // A more negative marker is a higher weight; a position without a marker has Pagefind's default.
  const weight = (m: number | undefined) => (m === undefined ? 25 : -m - 1);
  const kept = [...placed]
    .sort((a, b) => weight(b.marker) - weight(a.marker) || a.order - b.order)
    .slice(0, max)
    .sort((a, b) => a.order - b.order);
  const result: number[] = [];
  let current: number | undefined;
  for (const { marker: m, at } of kept) {
    if (m !== current && m !== undefined) result.push(m);
    current = m;
    result.push(at);
  }
  return result;
}

type PageEntry = [page: number, locations: number[], ...rest: unknown[]];
const isPageEntry = (value: unknown): value is PageEntry =>
  Array.isArray(value) && typeof value[0] === 'number' && Array.isArray(value[1]) && value[1].every((n) => typeof n === 'number');
const capPages = (pages: unknown, max: number, pageCount: number): unknown => {
  if (max === Infinity || !Array.isArray(pages) || !pages.every(isPageEntry)) return pages;
  const keep = pages.length >= pageCount * COMMON_WORD_SHARE ? 1 : max;
  return pages.map(([page, locations, ...rest]) => [page, capPageLocations(locations, keep), ...rest]);
};

/**
 * A word of a chunk with at most `max` locations per page (one for a list on COMMON_WORD_SHARE of
 * the language's `pageCount` pages; `max` Infinity keeps them all), in its own page list and in the lists of its marked spellings
 * (Pagefind 1.6: [word, [[page, locations, …], …], [[spelling, pages], …]]). Data of another shape
 * is kept as it is.
 */
export function capLocations(word: Word, max: number, pageCount = Infinity): Word {
  const [text, pages, variants, ...rest] = word;
  const cappedVariants = Array.isArray(variants)
    ? variants.map((variant: unknown) =>
        Array.isArray(variant) && typeof variant[0] === 'string'
          ? [variant[0], capPages(variant[1], max, pageCount), ...variant.slice(2)]
          : variant,
      )
    : variants;
  return [text, capPages(pages, max, pageCount), ...(word.length > 2 ? [cappedVariants] : []), ...rest] as Word;
}

const codePoints = (text: string) => Array.from(text);

/** How many code points `a` and `b` share at their start. */
function sharedPrefix(a: string, b: string): number {
  const x = codePoints(a);
  const y = codePoints(b);
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

/** The shortest start of `next` that sorts after `previous` (which sorts before `next`). */
const fromBound = (previous: string, next: string) =>
  codePoints(next)
    .slice(0, sharedPrefix(previous, next) + 1)
    .join('');

/**
 * How many words of the index a cut between `a` and `b` splits the longer forms of: the words
 * that both begin with ("ba" between "baco" and "bada"); then how many letters they share.
 */
function cutCost(a: string, b: string, words: ReadonlySet<string>): [split: number, shared: number] {
  const shared = codePoints(a).slice(0, sharedPrefix(a, b));
  let split = 0;
  for (let n = 1; n <= shared.length; n++) if (words.has(shared.slice(0, n).join(''))) split++;
  return [split, shared.length];
}

/** Cuts the sorted words into runs of at most `maxBytes` (their CBOR sizes in `sizes`). */
function cut(words: Word[], sizes: number[], maxBytes: number): Word[][] {
  // An array's head takes up to 5 bytes, twice: the chunk and its list of words.
  const budget = maxBytes - 10;
  const known = new Set(words.map((word) => word[0]));
  const costOf = (at: number) => cutCost(words[at - 1]![0], words[at]![0], known);
  const chunks: Word[][] = [];
  let start = 0;
  while (start < words.length) {
    let end = start + 1;
    let size = sizes[start]!;
    while (end < words.length && size + sizes[end]! <= budget) size += sizes[end++]!;
    let best = end;
    if (end < words.length) {
      let bestCost = costOf(end);
      for (let at = end - 1, filled = size - sizes[at]!; at > start && filled >= budget * MIN_FILL; filled -= sizes[--at]!) {
        const cost = costOf(at);
        if (cost[0] < bestCost[0] || (cost[0] === bestCost[0] && cost[1] < bestCost[1])) [best, bestCost] = [at, cost];
      }
    }
    chunks.push(words.slice(start, best));
    start = best;
  }
  return chunks;
}

/** Hash names as Pagefind makes them: `<lang>_` and 7 hex digits, longer only to tell two apart. */
function chunkName(lang: string, cbor: Uint8Array, taken: Set<string>): string {
  const full = `${lang}_${sha(cbor)}`;
  let length = lang.length + 8;
  while (taken.has(full.slice(0, length)) && length < full.length) length++;
  const name = full.slice(0, length);
  taken.add(name);
  return name;
}

/**
 * Re-splits every language's index chunks of the Pagefind bundle in `bundleDir` into chunks of at
 * most `maxBytes` of CBOR, with at most `locationsPerPage` locations of a word per page, writes each language's meta file anew under its new hash, points
 * `pagefind-entry.json` at it, and removes the old chunks and meta files.
 */
export function rechunkBundle(bundleDir: string, maxBytes = CHUNK_BYTES, locationsPerPage = LOCATIONS_PER_PAGE): RechunkSummary {
  const entryFile = join(bundleDir, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as Entry;
  const summary: RechunkSummary = { chunks: {} };
  const stale = new Set<string>();
  const written = new Set<string>();
  for (const [lang, language] of Object.entries(entry.languages)) {
    const metaFile = join(bundleDir, `pagefind.${language.hash}.pf_meta`);
    const meta = readPagefind(metaFile) as Meta;
    const pageCount = Array.isArray(meta[1]) ? meta[1].length : Infinity;
    const words = meta[2].flatMap(([, , hash]) => {
      const file = join(bundleDir, 'index', `${hash}.pf_index`);
      stale.add(file);
      return (readPagefind(file) as [Word[]])[0].map((word) => capLocations(word, locationsPerPage, pageCount));
    });
    const sizes = words.map((word) => encode(word).length);
    const taken = new Set<string>();
    const chunks = cut(words, sizes, maxBytes).map((chunk, i, all): MetaChunk => {
      const cbor = encode([chunk]);
      const hash = chunkName(lang, cbor, taken);
      const file = join(bundleDir, 'index', `${hash}.pf_index`);
      writeFileSync(file, packPagefind(cbor));
      written.add(file);
      const first = chunk[0]![0];
      return [i === 0 ? first : fromBound(all[i - 1]!.at(-1)![0], first), chunk.at(-1)![0], hash];
    });
    summary.chunks[lang] = { before: meta[2].length, after: chunks.length };
    const cbor = encode([meta[0], meta[1], chunks, ...meta.slice(3)]);
    const hash = `${lang}_${sha(cbor).slice(0, lang.length + 8)}`;
    const newMetaFile = join(bundleDir, `pagefind.${hash}.pf_meta`);
    writeFileSync(newMetaFile, packPagefind(cbor));
    written.add(newMetaFile);
    stale.add(metaFile);
    language.hash = hash;
  }
  writeFileSync(entryFile, JSON.stringify(entry));
  for (const file of stale) if (!written.has(file)) rmSync(file);
  return summary;
}
