/**
 * Checks everything under content/ against the schemas and against each other, and explains
 * every problem to an editor in Vietnamese: which file, which line, which field, what to do.
 * Runs before every build and dev start, and alone as `npm run check:content`. The checks live
 * in their own modules: settings.ts, entries.ts (each file), references.ts (between entries),
 * bodies.ts (MDX bodies and links), confidential.ts (no confidential address outside its service), limits.ts (media),
 * recordings.ts (audio), fact-warnings.ts (facts to check again), easy-read-warnings.ts (long easy-read sentences),
 * activity-warnings.ts (activities without participants); problems.ts words the report.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Settings } from '../schemas/settings.ts';
import { buildToday } from '../calendar/dates.ts';
import { checkBodies } from './bodies.ts';
import { confidentialAddresses, contentLeaks } from './confidential.ts';
import { activityWarnings } from './activity-warnings.ts';
import { easyReadWarnings } from './easy-read-warnings.ts';
import { factWarnings } from './fact-warnings.ts';
import { checkEntries } from './entries.ts';
import { readContentFiles } from './files.ts';
import { checkMediaFolder } from './limits.ts';
import type { CheckedEntry, ContentProblem } from './problems.ts';
import { checkRecordings } from './recordings.ts';
import { crossCheck } from './references.ts';
import { readGlossaries } from './glossary.ts';
import { readSettings } from './settings.ts';
import { readReachFile } from '../reach/reach-data.ts';

export type { CheckedEntry, ContentProblem } from './problems.ts';
export { formatProblems, formatWarnings } from './problems.ts';

export interface ContentCheckResult {
  problems: ContentProblem[];
  /** Facts to check again, long easy-read sentences and activities without participants: printed for editors, never stop publishing. */
  warnings: ContentProblem[];
  settings?: Settings;
  entries: CheckedEntry[];
}

/** Validates settings, every content file, and the references between them; warns of stale facts as of `today`. */
export function checkContent(cwd: string, root: string, today: Date = buildToday()): ContentCheckResult {
  const { settings, path: settingsPath, problems } = readSettings(cwd, root);
  const files = readContentFiles(cwd, root);
  const { problems: fileProblems, entries } = checkEntries(files);
  problems.push(...fileProblems);
  const checkedFiles = new Set(entries.map((e) => e.file));
  problems.push(...crossCheck(entries, files, settings, settingsPath));
  problems.push(...checkBodies(cwd, files, checkedFiles, entries, settings));
  problems.push(...contentLeaks(confidentialAddresses(entries), files));
  problems.push(...checkMediaFolder(cwd, resolve(cwd, root, 'media'), ['image']));
  problems.push(...checkMediaFolder(cwd, resolve(cwd, 'public', 'files'), ['document', 'image']));
  problems.push(...checkRecordings(cwd, resolve(cwd, root, '..'), files, entries, settings?.recordingMaxMB));
  problems.push(...readGlossaries(cwd, root).problems);
  const reach = readReachFile(cwd, root);
  problems.push(...reach.problems.map((message) => ({ path: reach.path, message })));
  const warnings = [
    ...factWarnings(entries, today, settings?.factMaxAgeMonths),
    ...easyReadWarnings(entries, settings?.easyReadMaxWords),
    ...activityWarnings(entries, today),
  ];
  return { problems, warnings, settings, entries };
}

/** Name, size and modification time of every file under `dirs`: what a content check depends on. */
function contentFingerprint(dirs: string[]): string {
  const hash = createHash('sha1');
  const visit = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.isFile()) {
        const { size, mtimeMs } = statSync(path);
        hash.update(`${path}\0${size}\0${mtimeMs}\n`);
      }
    }
  };
  for (const dir of dirs) visit(dir);
  return hash.digest('hex');
}

const lastChecks = new Map<string, { fingerprint: string; result: ContentCheckResult }>();

/**
 * `checkContent`, remembered for as long as no file under the content folder, public/files or public/audio changes.
 * A build asks several times (the config, the content check, legal links, short links); with a few
 * thousand files each check costs seconds. The result is shared: callers must not modify it.
 */
export function checkContentOnce(cwd: string, root: string): ContentCheckResult {
  const key = `${resolve(cwd)}\0${resolve(cwd, root)}`;
  const fingerprint = contentFingerprint([
    resolve(cwd, root),
    resolve(cwd, 'public', 'files'),
    resolve(cwd, root, '..', 'public', 'audio'),
  ]);
  const last = lastChecks.get(key);
  if (last?.fingerprint === fingerprint) return last.result;
  const result = checkContent(cwd, root);
  lastChecks.set(key, { fingerprint, result });
  return result;
}
