/** The content layer's store is dropped when the schemas change, and kept otherwise. */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dropStaleContentStore, schemaDigest } from '../../../src/build/content-store.ts';

const root = mkdtempSync(join(tmpdir(), 'content-store-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const cache = join(root, 'cache');
const store = join(cache, 'data-store.json');
const sources = ['src/schemas', 'src/content.config.ts'];
mkdirSync(join(root, 'src/schemas'), { recursive: true });
writeFileSync(join(root, 'src/schemas/material.ts'), 'export const a = 1;\n');
writeFileSync(join(root, 'src/content.config.ts'), 'export {};\n');

describe('dropStaleContentStore', () => {
  it('drops a store nobody recorded the schemas of, then keeps it while they stay the same', () => {
    mkdirSync(cache, { recursive: true });
    writeFileSync(store, '{}');
    expect(dropStaleContentStore(root, cache, sources)).toBe(true);
    expect(existsSync(store)).toBe(false);
    writeFileSync(store, '{}');
    expect(dropStaleContentStore(root, cache, sources)).toBe(false);
    expect(existsSync(store)).toBe(true);
  });
  it('drops it when a schema file changes, is added or is renamed', () => {
    const before = schemaDigest(root, sources);
    writeFileSync(join(root, 'src/schemas/material.ts'), 'export const a = 2;\n');
    expect(schemaDigest(root, sources)).not.toBe(before);
    expect(dropStaleContentStore(root, cache, sources)).toBe(true);
    writeFileSync(store, '{}');
    writeFileSync(join(root, 'src/schemas/event.ts'), 'export const b = 1;\n');
    expect(dropStaleContentStore(root, cache, sources)).toBe(true);
    expect(existsSync(store)).toBe(false);
  });
  it('does nothing but record the digest when there is no store yet', () => {
    rmSync(cache, { recursive: true, force: true });
    expect(dropStaleContentStore(root, cache, sources)).toBe(false);
    expect(existsSync(join(cache, 'content-schema.sha1'))).toBe(true);
  });
});
