import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { brotliQuality, compressVariants, precompressDir, shouldPrecompress } from '../../../src/build/precompress.ts';

describe('shouldPrecompress', () => {
  it('takes text formats from 1 KB up', () => {
    expect(shouldPrecompress('tai-lieu/a/index.html', 1024)).toBe(true);
    expect(shouldPrecompress('_astro/app.BZ1x.JS', 50_000)).toBe(true);
    expect(shouldPrecompress('sitemap-0.xml', 2000)).toBe(true);
    expect(shouldPrecompress('q/7K2P/qr.svg', 4000)).toBe(true);
  });
  it('skips small files, binary formats and the compressed copies themselves', () => {
    expect(shouldPrecompress('index.html', 1023)).toBe(false);
    for (const name of [
      'anh.jpg',
      'font.woff2',
      'to-gap.pdf',
      'pagefind/fragment/vi_1.pf_fragment',
      'index.html.gz',
      'index.html.br',
      '_redirects',
    ]) {
      expect(shouldPrecompress(name, 100_000), name).toBe(false);
    }
  });
});

describe('compressVariants', () => {
  it('returns gzip and brotli that decode to the original', async () => {
    const html = Buffer.from('<p>Bình đẳng giới trong gia đình.</p>\n'.repeat(200));
    const { gzip, brotli } = await compressVariants(html);
    expect(gunzipSync(gzip!).equals(html)).toBe(true);
    expect(brotliDecompressSync(brotli!).equals(html)).toBe(true);
    expect(brotli!.length).toBeLessThan(html.length / 10);
  });
  it('keeps neither when compression would not make the file smaller', async () => {
    const random = Buffer.from(crypto.getRandomValues(new Uint8Array(2048)));
    expect(await compressVariants(random)).toEqual({});
  });
  it('gives shared CSS and JS the best brotli quality, and pages and very large files a quick one', () => {
    expect(brotliQuality(30_000, 'dist/_astro/Base.css')).toBe(11);
    expect(brotliQuality(30_000, 'dist/_astro/search.js')).toBe(11);
    expect(brotliQuality(30_000, 'dist/tai-lieu/a/index.html')).toBeLessThan(7);
    expect(brotliQuality(10_000_000, 'dist/_astro/cms.js')).toBeLessThan(7);
  });
});

describe('precompressDir', () => {
  const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes .gz and .br next to each text file, in subfolders too, and leaves the rest alone', async () => {
    mkdirSync(join(dir, 'tai-lieu/bai'), { recursive: true });
    const page = '<!doctype html><title>Tài liệu</title>' + '<p>Phòng, chống bạo lực gia đình.</p>'.repeat(100);
    writeFileSync(join(dir, 'tai-lieu/bai/index.html'), page);
    writeFileSync(join(dir, 'small.css'), 'a{color:red}');
    writeFileSync(join(dir, 'anh.jpg'), Buffer.alloc(5000));
    const summary = await precompressDir(dir);
    expect(summary.files).toBe(1);
    expect(gunzipSync(readFileSync(join(dir, 'tai-lieu/bai/index.html.gz'))).toString()).toBe(page);
    expect(brotliDecompressSync(readFileSync(join(dir, 'tai-lieu/bai/index.html.br'))).toString()).toBe(page);
    expect(summary.brotliBytes).toBe(readFileSync(join(dir, 'tai-lieu/bai/index.html.br')).length);
    for (const name of ['small.css.gz', 'small.css.br', 'anh.jpg.gz', 'anh.jpg.br']) expect(existsSync(join(dir, name)), name).toBe(false);
  });
});

describe('precompressDir with a cache', () => {
  const root = mkdtempSync(join(tmpdir(), 'precompress-cache-'));
  const cache = join(root, 'cache');
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const page = (text: string) => `<!doctype html><title>Tài liệu</title>${`<p>${text}</p>`.repeat(100)}`;
  const random = Buffer.from(crypto.getRandomValues(new Uint8Array(4096)));
  const build = async (pages: Record<string, string>) => {
    const dist = join(root, `dist-${Math.random().toString(36).slice(2)}`);
    mkdirSync(dist, { recursive: true });
    for (const [name, text] of Object.entries(pages)) writeFileSync(join(dist, name), page(text));
    writeFileSync(join(dist, 'random.json'), random);
    return { dist, summary: await precompressDir(dist, cache) };
  };

  it('compresses only the files whose bytes changed, and gives the same copies as without it', async () => {
    const first = await build({ 'a.html': 'Bình đẳng giới', 'b.html': 'Gia đình' });
    expect(first.summary.reused).toBe(0);
    const second = await build({ 'a.html': 'Bình đẳng giới', 'b.html': 'Gia đình, sửa lại' });
    // a.html and random.json are unchanged; b.html is compressed again.
    expect(second.summary.reused).toBe(2);
    for (const name of ['a.html', 'b.html']) {
      expect(gunzipSync(readFileSync(join(second.dist, `${name}.gz`))).toString(), name).toBe(
        readFileSync(join(second.dist, name), 'utf8'),
      );
      expect(brotliDecompressSync(readFileSync(join(second.dist, `${name}.br`))).toString(), name).toBe(
        readFileSync(join(second.dist, name), 'utf8'),
      );
      expect(
        readFileSync(join(second.dist, `${name}.br`)).equals((await compressVariants(readFileSync(join(second.dist, name)), name)).brotli!),
      ).toBe(true);
    }
    // A file compression cannot shrink gets no copy, from the cache as when first made.
    expect(existsSync(join(second.dist, 'random.json.gz'))).toBe(false);
    expect(existsSync(join(second.dist, 'random.json.br'))).toBe(false);
  });
});
