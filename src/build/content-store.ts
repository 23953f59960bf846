/**
 * Astro's content layer keeps every parsed entry in `<cacheDir>/data-store.json` and parses a file
 * again only when the file itself or `content.config.ts` changes. Our schemas live in other files
 * (src/schemas/, src/collections/, and the helpers they call), so after an update that adds a field
 * with a default, entries parsed before it would lack the field and pages reading it would fail.
 * Before each build and dev start, the store is dropped when those sources changed; Astro then
 * parses the content again (seconds, not minutes). Everything else in the cache is kept.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What the parsed content depends on besides the content files: the schemas and the code they call. */
export const SCHEMA_SOURCES = ['src/content.config.ts', 'src/schemas', 'src/collections', 'src/legal', 'src/i18n'];

const MARKER = 'content-schema.sha1';

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

/** A digest of the names and bytes of every file under `sources` (relative to `root`). */
export function schemaDigest(root: string, sources: readonly string[] = SCHEMA_SOURCES): string {
  const hash = createHash('sha1');
  for (const file of sources.flatMap((source) => filesUnder(join(root, source)))) {
    hash.update(`${relative(root, file)}\0`);
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/**
 * Drops the content layer's store in `cacheDir` when the schema sources changed since it was
 * written (or when nobody recorded them), and records the current digest. Returns whether it dropped it.
 */
export function dropStaleContentStore(root: string, cacheDir: string, sources: readonly string[] = SCHEMA_SOURCES): boolean {
  const digest = schemaDigest(root, sources);
  const marker = join(cacheDir, MARKER);
  const store = join(cacheDir, 'data-store.json');
  const stale = existsSync(store) && (!existsSync(marker) || readFileSync(marker, 'utf8') !== digest);
  if (stale) rmSync(store, { force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(marker, digest);
  return stale;
}
