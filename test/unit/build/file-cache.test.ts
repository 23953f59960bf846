import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheKey, drawingVersion, openFileCache } from '../../../src/build/file-cache.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'file-cache-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('openFileCache', () => {
  it('makes a file once, then gives it back from the folder, also to a cache opened later', async () => {
    const dir = tempDir();
    let made = 0;
    const make = async () => (made++, Buffer.from('pdf'));
    const first = openFileCache(dir, 'pdf');
    expect((await first.get('k1', make)).toString()).toBe('pdf');
    expect((await first.get('k1', make)).toString()).toBe('pdf');
    const second = openFileCache(dir, 'pdf');
    await second.get('k1', make);
    expect(made).toBe(1);
    expect(first.counts).toEqual({ made: 1, reused: 1 });
    expect(second.counts).toEqual({ made: 0, reused: 1 });
  });
  it('removes on prune the files this build did not ask for, and leaves no partial file', async () => {
    const dir = tempDir();
    const old = openFileCache(dir, 'png');
    await old.get('stale', async () => Buffer.from('a'));
    await old.get('kept', async () => Buffer.from('b'));
    const next = openFileCache(dir, 'png');
    await next.get('kept', async () => Buffer.from('b'));
    next.prune();
    expect(readdirSync(dir)).toEqual(['kept.png']);
  });
  it('without a folder keeps nothing and makes every file', async () => {
    let made = 0;
    const cache = openFileCache(undefined, 'pdf');
    await cache.get('k', async () => (made++, Buffer.from('x')));
    await cache.get('k', async () => (made++, Buffer.from('x')));
    cache.prune();
    expect(made).toBe(2);
  });
  it('does not store a file whose making failed', async () => {
    const dir = tempDir();
    const cache = openFileCache(dir, 'pdf');
    await expect(cache.get('bad', () => Promise.reject(new Error('broken')))).rejects.toThrow('broken');
    expect(existsSync(join(dir, 'bad.pdf'))).toBe(false);
  });
});

describe('cacheKey and drawingVersion', () => {
  it('differ when any part differs', () => {
    expect(cacheKey({ a: 1, b: 'x' })).toBe(cacheKey({ a: 1, b: 'x' }));
    expect(cacheKey({ a: 1, b: 'x' })).not.toBe(cacheKey({ a: 1, b: 'y' }));
    const one = drawingVersion([new URL('../../../src/permalinks/qr.ts', import.meta.url)], ['qrcode']);
    expect(one).toBe(drawingVersion([new URL('../../../src/permalinks/qr.ts', import.meta.url)], ['qrcode']));
    expect(one).not.toBe(drawingVersion([new URL('../../../src/permalinks/poster-pdf.ts', import.meta.url)], ['qrcode']));
    expect(one).not.toBe(drawingVersion([new URL('../../../src/permalinks/qr.ts', import.meta.url)], ['qrcode', 'sharp']));
  });
});
