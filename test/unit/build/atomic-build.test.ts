import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildAtomically } from '../../../src/build/atomic-build.ts';
import { TMP } from '../../helpers/astro.ts';

const ROOT_DIR = join(TMP, 'atomic');
const OUT = join(ROOT_DIR, 'dist');

const previousSite = () => {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'index.html'), 'previous');
};

describe('buildAtomically', () => {
  beforeEach(() => rmSync(ROOT_DIR, { recursive: true, force: true }));

  it('swaps the new build in on success and leaves no temporary folder', () => {
    previousSite();
    const result = buildAtomically(OUT, (temp) => {
      expect(temp).not.toBe(OUT);
      mkdirSync(temp, { recursive: true });
      writeFileSync(join(temp, 'index.html'), 'new');
      return 0;
    });
    expect(result).toEqual({ ok: true, status: 0 });
    expect(readFileSync(join(OUT, 'index.html'), 'utf8')).toBe('new');
    expect(readdirSync(ROOT_DIR)).toEqual(['dist']);
  });

  it('leaves the previous dist untouched when the build fails halfway', () => {
    previousSite();
    const result = buildAtomically(OUT, (temp) => {
      mkdirSync(temp, { recursive: true });
      writeFileSync(join(temp, 'half.html'), 'half-built');
      return 1;
    });
    expect(result.ok).toBe(false);
    expect(readFileSync(join(OUT, 'index.html'), 'utf8')).toBe('previous');
    expect(existsSync(join(OUT, 'half.html'))).toBe(false);
    expect(readdirSync(ROOT_DIR)).toEqual(['dist']);
  });

  it('leaves the previous dist untouched when the build throws', () => {
    previousSite();
    expect(() =>
      buildAtomically(OUT, (temp) => {
        mkdirSync(temp, { recursive: true });
        throw new Error('crash');
      }),
    ).toThrow('crash');
    expect(readFileSync(join(OUT, 'index.html'), 'utf8')).toBe('previous');
    expect(readdirSync(ROOT_DIR)).toEqual(['dist']);
  });

  it('creates dist on a first successful build', () => {
    mkdirSync(ROOT_DIR, { recursive: true });
    buildAtomically(OUT, (temp) => {
      mkdirSync(temp, { recursive: true });
      writeFileSync(join(temp, 'index.html'), 'first');
      return 0;
    });
    expect(readFileSync(join(OUT, 'index.html'), 'utf8')).toBe('first');
  });
});
