/**
 * The one walk of a folder tree, for the integrations that post-process the built site (legal
 * links, search index, share cards, precompression), the font check and the benchmark. Node's
 * own recursive readdir does the walking; this adds the filter and a stable, sorted order, so
 * every run visits the pages in the same order whatever the file system returns.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Absolute paths of the files under `dir` whose name `keep` accepts, sorted. */
export function filesUnder(dir: string, keep: (name: string) => boolean = () => true): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && keep(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** The built pages: every `.html` file under `dir`. */
export const htmlFilesUnder = (dir: string): string[] => filesUnder(dir, (name) => name.endsWith('.html'));
