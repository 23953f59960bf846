/**
 * A cache of files the build draws (poster PDFs, QR images), in Astro's cache folder, so that what
 * has not changed is not drawn again: a rebuild after one corrected phone number redraws only the
 * posters that print it. Each file is stored under a key of exactly what it shows and of everything
 * that draws it (`cacheKey`, `drawingVersion`): a change to any of them gives a new key, so a stale
 * file is never served. Files no build used are removed at the end (`prune`), so a cache kept
 * between CI runs does not grow without bound. The cache is an optimisation only: without it
 * (or with an empty one) the build draws everything and gives the same files.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** The key of a value: a hash of its JSON (object keys in the order they were written). */
export const cacheKey = (value: unknown): string => sha256(JSON.stringify(value)).slice(0, 32);

/** A hash of some bytes already read (a built page). */
export const bytesHash = (bytes: Buffer): string => sha256(bytes).slice(0, 32);

/** A hash of a file's bytes (a cover photo, a font). */
export const fileHash = (path: string): string => bytesHash(readFileSync(path));

/**
 * What draws a kind of file: the source of the modules that draw it and the versions of the
 * packages they call, so that an update of either draws every file again.
 */
export function drawingVersion(modules: readonly URL[], packages: readonly string[]): string {
  const versions = packages.map((name) => `${name}@${packageVersion(name)}`);
  return cacheKey([...modules.map((url) => sha256(readFileSync(fileURLToPath(url)))), ...versions]);
}

/** The installed version of a package, from the package.json above its entry (some packages do not export that file). */
function packageVersion(name: string): string {
  let dir = dirname(createRequire(import.meta.url).resolve(name));
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (manifest.name === name && manifest.version) return manifest.version;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Không tìm thấy phiên bản của gói ${name}.`);
    dir = parent;
  }
}

export interface FileCache {
  /** The file for `key`: from the cache, or made by `make` and stored. */
  get(key: string, make: () => Promise<Buffer>): Promise<Buffer>;
  /** How many files were made, and how many came from the cache. */
  readonly counts: { made: number; reused: number };
  /** Removes the stored files no `get` asked for since the cache was opened. */
  prune(): void;
}

/** A cache of one kind of file in `dir` (made when needed); `undefined` keeps nothing and makes every file. */
export function openFileCache(dir: string | undefined, extension: string): FileCache {
  const used = new Set<string>();
  const counts = { made: 0, reused: 0 };
  if (dir) mkdirSync(dir, { recursive: true });
  return {
    counts,
    async get(key, make) {
      const name = `${key}.${extension}`;
      used.add(name);
      const path = dir && join(dir, name);
      if (path && existsSync(path)) {
        counts.reused++;
        return readFileSync(path);
      }
      const bytes = await make();
      counts.made++;
      if (path) {
        // Written whole, then renamed: a build stopped half-way leaves no half file under the key.
        writeFileSync(`${path}.part`, bytes);
        renameSync(`${path}.part`, path);
      }
      return bytes;
    },
    prune() {
      if (!dir) return;
      for (const name of readdirSync(dir)) if (!used.has(name)) rmSync(join(dir, name), { force: true });
    },
  };
}
