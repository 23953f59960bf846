/**
 * Precompressed copies of the build's text files, written next to them (`page.html.gz`,
 * `page.html.br`), so a server sends them as they are (nginx `gzip_static` / `brotli_static`,
 * see docs/deploy.md) instead of compressing on every request. Uses only node:zlib.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { filesUnder } from './dist-files.ts';
import { bytesHash, cacheKey, drawingVersion, openFileCache, type FileCache } from './file-cache.ts';

/** Text formats worth compressing; images, fonts, PDFs and Pagefind's fragments are compressed already. */
export const PRECOMPRESS_EXTENSIONS = ['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt', '.webmanifest'];

/** Below this, a compressed copy saves less than a packet. */
export const PRECOMPRESS_MIN_BYTES = 1024;

/** Above this (the CMS bundle), brotli's best qualities take seconds per file for a few per cent. */
const LARGE_BYTES = 1_000_000;

export function shouldPrecompress(name: string, bytes: number): boolean {
  return bytes >= PRECOMPRESS_MIN_BYTES && PRECOMPRESS_EXTENSIONS.includes(extname(name).toLowerCase());
}

/** Files every reader downloads once and then keeps: worth brotli's best quality. */
const SHARED_ASSETS = ['.css', '.js', '.mjs'];

/**
 * Brotli quality by kind and size. Shared CSS and JS are few and reach every reader: 11.
 * Pages are many: 5 compresses a page in a twentieth of the time of 10 for about 9% more bytes
 * (some 0.4 KB on a material page), which keeps the precompression of a site of a thousand
 * materials to seconds instead of most of a minute on 2 cores (`npm run bench`).
 * Very large files (the CMS bundle) get 5 whatever their kind.
 */
export function brotliQuality(bytes: number, name = ''): number {
  if (bytes > LARGE_BYTES) return 5;
  return SHARED_ASSETS.includes(extname(name).toLowerCase()) ? 11 : 5;
}

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** The gzip and brotli encodings of one file, each kept only when it is smaller than the file. */
/** `name` (a file name) chooses the brotli quality (`brotliQuality`). */
export async function compressVariants(data: Buffer, name = ''): Promise<{ gzip?: Buffer; brotli?: Buffer }> {
  const [gz, br] = await Promise.all([
    gzipAsync(data, { level: 9 }),
    brotliAsync(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: brotliQuality(data.length, name),
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
  ]);
  return { ...(gz.length < data.length ? { gzip: gz } : {}), ...(br.length < data.length ? { brotli: br } : {}) };
}

export interface PrecompressSummary {
  files: number;
  bytes: number;
  gzipBytes: number;
  brotliBytes: number;
  /** Files whose copies came from the cache. */
  reused: number;
}

let encoderVersion: string | undefined;

/** The copies of one file: from `caches` by a key of its bytes and of how it is compressed, or made. */
async function variantsOf(data: Buffer, file: string, caches?: { gzip: FileCache; brotli: FileCache }) {
  if (!caches) return compressVariants(data, file);
  let made: Promise<{ gzip?: Buffer; brotli?: Buffer }> | undefined;
  const make = () => (made ??= compressVariants(data, file));
  // A copy no smaller than the file is stored empty, and means "no copy".
  const key = cacheKey({
    content: bytesHash(data),
    quality: brotliQuality(data.length, file),
    // This module's settings and Node's zlib and brotli: a change to either compresses every file again.
    encoder: (encoderVersion ??= drawingVersion([new URL(import.meta.url)], [])),
    zlib: process.versions.zlib,
    brotli: process.versions.brotli,
  });
  const [gz, br] = await Promise.all([
    caches.gzip.get(key, async () => (await make()).gzip ?? Buffer.alloc(0)),
    caches.brotli.get(key, async () => (await make()).brotli ?? Buffer.alloc(0)),
  ]);
  return { ...(gz.length > 0 ? { gzip: gz } : {}), ...(br.length > 0 ? { brotli: br } : {}) };
}

/**
 * Writes `<file>.gz` and `<file>.br` for every file under `dir` that `shouldPrecompress` accepts.
 * With `cacheDir`, the copies of a file whose bytes did not change since a build that kept the
 * cache are taken from it (src/build/file-cache.ts), not compressed again.
 */
export async function precompressDir(dir: string, cacheDir?: string): Promise<PrecompressSummary> {
  const files = filesUnder(dir).filter((file) => shouldPrecompress(file, statSync(file).size));
  const summary: PrecompressSummary = { files: files.length, bytes: 0, gzipBytes: 0, brotliBytes: 0, reused: 0 };
  const caches = cacheDir
    ? { gzip: openFileCache(join(cacheDir, 'gzip'), 'gz'), brotli: openFileCache(join(cacheDir, 'brotli'), 'br') }
    : undefined;
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      const data = readFileSync(file);
      const { gzip: gz, brotli: br } = await variantsOf(data, file, caches);
      summary.bytes += data.length;
      summary.gzipBytes += gz?.length ?? data.length;
      summary.brotliBytes += br?.length ?? data.length;
      if (gz) writeFileSync(`${file}.gz`, gz);
      if (br) writeFileSync(`${file}.br`, br);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, availableParallelism()) }, worker));
  if (caches) {
    summary.reused = caches.brotli.counts.reused;
    caches.gzip.prune();
    caches.brotli.prune();
  }
  return summary;
}
