import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pageWeight, referencedAssets } from '../../../src/build/page-weight.ts';

describe('referencedAssets', () => {
  it('finds same-site stylesheets and scripts, not other origins, icons or inline scripts', () => {
    const html = `<link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/favicon.svg">
      <link rel=stylesheet href=/_astro/b.css><link rel="stylesheet" href="https://cdn.example/x.css">
      <script type="module" src="/_astro/c.js"></script><script>inline()</script><script src="//cdn.example/y.js"></script>`;
    expect(referencedAssets(html)).toEqual({ css: ['/_astro/a.css', '/_astro/b.css'], js: ['/_astro/c.js'] });
  });
});

describe('pageWeight', () => {
  it('adds the gzip sizes of the HTML and its assets', () => {
    const dist = mkdtempSync(join(tmpdir(), 'weight-'));
    mkdirSync(join(dist, '_astro'));
    const css = 'body{color:red}'.repeat(50);
    const js = 'console.log(1);'.repeat(80);
    const html = '<!doctype html><link rel="stylesheet" href="/_astro/s.css"><script src="/_astro/s.js"></script><p>xin chào</p>';
    writeFileSync(join(dist, '_astro/s.css'), css);
    writeFileSync(join(dist, '_astro/s.js'), js);
    writeFileSync(join(dist, 'index.html'), html);
    const weight = pageWeight(dist, join(dist, 'index.html'));
    expect(weight.css).toBe(gzipSync(css).length);
    expect(weight.js).toBe(gzipSync(js).length);
    expect(weight.total).toBe(gzipSync(html).length + gzipSync(css).length + gzipSync(js).length);
  });
});
