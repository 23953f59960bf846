/** Runs the real Astro CLI on a content folder, the way `npm run build` does. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { astroArgs } from '../../src/build/astro-cli.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const TMP = join(ROOT, 'test/.tmp');

export interface AstroRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr together, in the order a person would read them. */
  output: string;
}

/**
 * The content layer caches entries by file digest, with paths resolved against the content folder
 * it read. A cache made for another folder would point at files that are not there: start afresh.
 */
function cacheFor(cacheKey: string, contentDir: string): string {
  const dir = join(TMP, 'cache', cacheKey);
  const marker = join(dir, 'content-dir.txt');
  const wanted = resolve(ROOT, contentDir);
  if (!existsSync(marker) || readFileSync(marker, 'utf8') !== wanted) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(marker, wanted);
  }
  return dir;
}

export function runAstro(args: string[], options: { contentDir: string; today?: string; cacheKey: string; env?: Record<string, string> }): AstroRun {
  const result = spawnSync(process.execPath, astroArgs(args), {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: options.contentDir,
      SITE_TODAY: options.today ?? '2026-11-20',
      ASTRO_CACHE_DIR: cacheFor(options.cacheKey, options.contentDir),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      ...options.env,
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: `${result.stdout}\n${result.stderr}` };
}

/** Builds `contentDir` into `outDir` (both relative to the repository or absolute). */
export function buildSite(contentDir: string, outDir: string, cacheKey: string, today?: string): AstroRun {
  return runAstro(['build', '--outDir', outDir], { contentDir, today, cacheKey });
}

/**
 * Copies a fixture from test/fixtures/<name> into test/.tmp/<target>, then applies an overlay:
 * files to write (path → text) and files to remove (path → null), relative to the copy.
 */
export function prepareFixture(name: string, target: string, overlay: Record<string, string | Buffer | null> = {}): string {
  const dir = join(TMP, 'fixtures', target);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(ROOT, 'test/fixtures', name), dir, { recursive: true });
  for (const [path, content] of Object.entries(overlay)) {
    const file = join(dir, path);
    if (content === null) rmSync(file, { force: true });
    else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
    }
  }
  return dir;
}
