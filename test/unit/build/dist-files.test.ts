import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesUnder, htmlFilesUnder } from '../../../src/build/dist-files.ts';

const dir = mkdtempSync(join(tmpdir(), 'dist-files-'));
for (const file of ['index.html', 'tai-lieu/b/index.html', 'tai-lieu/a/index.html', 'tai-lieu/a/index.html.gz', 'pagefind/pagefind.js', '_headers']) {
  mkdirSync(join(dir, file, '..'), { recursive: true });
  writeFileSync(join(dir, file), 'x');
}
mkdirSync(join(dir, 'empty/folder'), { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('filesUnder', () => {
  it('lists every file at every depth, folders left out, in sorted order', () => {
    expect(filesUnder(dir).map((file) => file.slice(dir.length + 1))).toEqual([
      '_headers',
      'index.html',
      'pagefind/pagefind.js',
      'tai-lieu/a/index.html',
      'tai-lieu/a/index.html.gz',
      'tai-lieu/b/index.html',
    ]);
  });
  it('keeps only the names the filter accepts; htmlFilesUnder keeps the pages', () => {
    expect(filesUnder(dir, (name) => name.endsWith('.js'))).toEqual([join(dir, 'pagefind/pagefind.js')]);
    expect(htmlFilesUnder(dir)).toEqual([join(dir, 'index.html'), join(dir, 'tai-lieu/a/index.html'), join(dir, 'tai-lieu/b/index.html')]);
  });
});
