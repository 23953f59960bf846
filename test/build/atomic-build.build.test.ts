/** `npm run build` (src/build/cli/build-atomic.ts) keeps the previous output when the build fails. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, TMP, prepareFixture } from '../helpers/astro.ts';
import { invalidCases, prepareInvalidCase } from '../helpers/invalid-cases.ts';

const PARENT = join(TMP, 'atomic-real');
const OUT = join(PARENT, 'dist');

function npmBuild(contentDir: string) {
  const run = spawnSync(process.execPath, ['src/build/cli/build-atomic.ts', '--outDir', OUT], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir, SITE_TODAY: '2026-11-20', ASTRO_CACHE_DIR: join(TMP, 'cache', 'atomic-real'), NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

describe('atomic build', () => {
  it('a failed build leaves the previous dist untouched; a good one replaces it', () => {
    rmSync(PARENT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    writeFileSync(join(OUT, 'marker.txt'), 'previous build');

    const unsafe = invalidCases().find((c) => c.name === 'mdx-script')!;
    const failed = npmBuild(prepareInvalidCase(unsafe));
    expect(failed.status, failed.output).not.toBe(0);
    expect(failed.output).toContain('được giữ nguyên');
    expect(readFileSync(join(OUT, 'marker.txt'), 'utf8')).toBe('previous build');
    expect(readdirSync(PARENT)).toEqual(['dist']);

    const good = npmBuild(join(prepareFixture('minimal', 'atomic-minimal'), 'content'));
    expect(good.status, good.output).toBe(0);
    expect(existsSync(join(OUT, 'marker.txt'))).toBe(false);
    expect(existsSync(join(OUT, 'index.html'))).toBe(true);
    expect(readdirSync(PARENT)).toEqual(['dist']);
  });
});
