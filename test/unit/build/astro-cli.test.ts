import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ASTRO_BIN, astroArgs, BUILD_NODE_FLAGS } from '../../../src/build/astro-cli.ts';

describe('astroArgs', () => {
  it('runs the installed Astro CLI, with the build flags for builds only', () => {
    expect(existsSync(ASTRO_BIN)).toBe(true);
    expect(astroArgs(['build', '--outDir', 'x'])).toEqual([...BUILD_NODE_FLAGS, ASTRO_BIN, 'build', '--outDir', 'x']);
    expect(astroArgs(['check'])).toEqual([ASTRO_BIN, 'check']);
  });
  it('passes only flags this Node accepts', () => {
    const run = spawnSync(process.execPath, [...BUILD_NODE_FLAGS, '-e', '0'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
