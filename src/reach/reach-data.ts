/**
 * The daily counts file of a content folder (content/reach/daily.csv): where it is, and its rows
 * read and checked. What the report and `npm run reach` read; a missing file is no counts yet.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseReachCsv, type ReachRow } from './daily-counts.ts';

/** Where the daily counts live, under the content folder. */
export const REACH_FILE = 'reach/daily.csv';

export interface ReachFile {
  /** Absolute path of the file. */
  absolute: string;
  /** The path relative to `cwd`, with forward slashes, as messages name it. */
  path: string;
  rows: ReachRow[];
  /** What is wrong with the file, in Vietnamese, naming its lines. */
  problems: string[];
}

export function readReachFile(cwd: string, root: string): ReachFile {
  const absolute = resolve(cwd, root, REACH_FILE);
  const path = relative(cwd, absolute).split('\\').join('/');
  if (!existsSync(absolute)) return { absolute, path, rows: [], problems: [] };
  return { absolute, path, ...parseReachCsv(readFileSync(absolute, 'utf8'), path) };
}
