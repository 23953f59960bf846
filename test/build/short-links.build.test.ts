/**
 * Short links and the URL manifest on real builds: the sample site served by Debian's nginx with
 * its generated include, every QR image decoded, and a fixture whose pages are renamed and removed.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, TMP, buildSite } from '../helpers/astro.ts';
import { serveWithNginx, type Nginx } from '../helpers/nginx.ts';
import { SAMPLE_DIST } from '../helpers/sample.ts';
import { loadLinks } from '../../src/permalinks/links-data.ts';
import { codePaths } from '../../src/permalinks/redirect-files.ts';
import { qrText, shortUrl } from '../../src/permalinks/short-links.ts';

const dist = join(ROOT, SAMPLE_DIST);
const links = loadLinks(ROOT, 'content');
const base = links.settings.baseUrl;

describe('the sample registry', () => {
  it('gives every public page in every enabled language a code, and lists every published URL', () => {
    expect(links.problems).toEqual([]);
    expect(links.resolution.missing).toEqual([]);
    expect(links.pending).toEqual([]);
    expect(links.warnings).toEqual([]);
    expect(links.resolution.codes.length).toBe([...links.pages.values()].flat().length);
    expect(links.resolution.codes.length).toBeGreaterThan(200);
    // The home page and each section index have codes too (posters for a whole section).
    for (const url of ['/', '/tai-lieu/', '/trac-nghiem/', '/km/ho-tro/']) expect(links.resolution.codes.map((c) => c.url)).toContain(url);
  });
});

describe('sample site behind nginx with the generated include', () => {
  let nginx: Nginx;
  beforeAll(async () => {
    nginx = await serveWithNginx(dist, 'sample');
  });
  afterAll(async () => {
    await nginx?.stop();
  });

  /** 200, or one 301 whose target answers 200; returns the final path. */
  async function landsIn(path: string): Promise<{ path: string; hops: number }> {
    const first = await fetch(`${nginx.origin}${path}`, { redirect: 'manual' });
    if (first.status === 200) return { path, hops: 0 };
    expect(first.status, `${path}`).toBe(301);
    const location = new URL(first.headers.get('location')!, `${nginx.origin}${path}`).pathname;
    const second = await fetch(`${nginx.origin}${location}`, { redirect: 'manual' });
    expect(second.status, `${path} → ${location} (no chains)`).toBe(200);
    return { path: location, hops: 1 };
  }

  it('answers every manifest URL with 200 or a single 301 to a 200', async () => {
    expect(links.manifest.length).toBeGreaterThan(300);
    for (const url of links.manifest) await landsIn(url);
  });

  it('sends every short code, as printed and as typed, to its page in one 301', async () => {
    for (const { code, url } of links.resolution.codes) {
      for (const path of codePaths(code)) {
        const result = await landsIn(path);
        expect(result, path).toEqual({ path: url, hops: 1 });
      }
      // What a phone opens after scanning: the QR text's path.
      expect((await landsIn(new URL(qrText(base, code)).pathname)).path).toBe(url);
    }
  });

  it('answers 404 for a code that does not exist', async () => {
    expect((await fetch(`${nginx.origin}/q/ZZZZZ/`, { redirect: 'manual' })).status).toBe(404);
  });
});

describe('QR codes of the sample site', () => {
  async function decode(input: Buffer, options?: { density: number }) {
    const { data, info } = await sharp(input, options)
      .flatten({ background: '#fff' })
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height, {
      inversionAttempts: 'dontInvert',
    });
  }

  it('decodes every PNG and SVG to the registered short URL, version 4 or lower', async () => {
    for (const { code } of links.resolution.codes) {
      const png = readFileSync(join(dist, 'q', code, 'qr.png'));
      const svg = readFileSync(join(dist, 'q', code, 'qr.svg'));
      const meta = await sharp(png).metadata();
      expect(meta.width).toBeGreaterThanOrEqual(600);
      for (const result of [await decode(png), await decode(svg, { density: 300 })]) {
        expect(result, code).not.toBeNull();
        expect(result!.data).toBe(qrText(base, code));
        expect(result!.data.toLowerCase()).toBe(shortUrl(base, code).replace(/\/$/, '').toLowerCase());
        expect(result!.version).toBeLessThanOrEqual(4);
      }
    }
  });
});

describe('a fixture whose pages are renamed and removed', () => {
  const root = join(TMP, 'links-fixture');
  const content = join(root, 'content');
  const relContent = 'test/.tmp/links-fixture/content';
  const links = (...args: string[]) =>
    spawnSync(process.execPath, ['src/build/cli/links.ts', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: relContent },
    });

  beforeAll(() => {
    rmSync(root, { recursive: true, force: true });
    cpSync(join(ROOT, 'test/fixtures/minimal/content'), content, { recursive: true });
    const run = links();
    expect(run.status, run.stderr).toBe(0);
  });

  it('keeps the code of a renamed page and redirects its old URL', () => {
    const before = loadLinks(ROOT, relContent).resolution.codes.find((c) => c.url === '/tai-lieu/chu-nfd/')!;
    renameSync(join(content, 'materials/vi/chu-nfd.mdx'), join(content, 'materials/vi/chu-to-hop.mdx'));
    const run = links('move', 'materials/chu-nfd', 'materials/chu-to-hop');
    expect(run.status, run.stderr).toBe(0);
    const after = loadLinks(ROOT, relContent);
    expect(after.resolution.codes.find((c) => c.code === before.code)!.url).toBe('/tai-lieu/chu-to-hop/');
    // The new slug needed no new code in Vietnamese: the old one followed it.
    expect(after.events.filter((e) => e.kind === 'code' && e.page === 'materials/chu-to-hop' && e.lang === 'vi')).toEqual([]);

    const out = 'test/.tmp/dist-links-fixture';
    const build = buildSite(relContent, out, 'links-fixture', '2026-06-10');
    expect(build.status, build.output).toBe(0);
    const fallback = readFileSync(join(ROOT, out, 'tai-lieu/chu-nfd/index.html'), 'utf8');
    expect(fallback).toContain('<meta http-equiv="refresh" content="0; url=/tai-lieu/chu-to-hop/">');
    expect(fallback).toContain(`<link rel="canonical" href="${after.settings.baseUrl}/tai-lieu/chu-to-hop/">`);
    expect(readFileSync(join(ROOT, out, '_redirects'), 'utf8')).toContain(`/q/${before.code} /tai-lieu/chu-to-hop/ 301`);
    expect(existsSync(join(ROOT, out, 'q', before.code, 'qr.png'))).toBe(true);
  });

  it('builds a page published from the CMS before "npm run links", with the code that command then records', () => {
    const source = readFileSync(join(content, 'materials/vi/chu-to-hop.mdx'), 'utf8');
    writeFileSync(join(content, 'materials/vi/bai-moi-tu-cms.mdx'), source);
    const pending = loadLinks(ROOT, relContent).pending.filter((e) => e.kind === 'code' && e.page === 'materials/bai-moi-tu-cms');
    expect(pending.length).toBeGreaterThan(0);
    const vi = pending.find((e) => e.kind === 'code' && e.lang === 'vi')!;
    const code = vi.kind === 'code' ? vi.code : '';

    const out = 'test/.tmp/dist-links-fixture-new';
    const build = buildSite(relContent, out, 'links-fixture', '2026-06-10');
    expect(build.status, build.output).toBe(0);
    expect(build.output).toContain('trang mới chưa được ghi mã ngắn');
    expect(readFileSync(join(ROOT, out, '_redirects'), 'utf8')).toContain(`/q/${code} /tai-lieu/bai-moi-tu-cms/ 301`);

    const run = links();
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(content, 'links/registry.yaml'), 'utf8')).toContain(`  - { code: ${code}, page: materials/bai-moi-tu-cms, lang: vi }\n`);
    const after = loadLinks(ROOT, relContent);
    expect(after.pending).toEqual([]);
    expect(after.warnings).toEqual([]);
  });

  it('fails the build naming the URL and the code when a page is removed without a target', () => {
    rmSync(join(content, 'materials/tyz/bai-mau.mdx'));
    rmSync(join(content, 'materials/vi/bai-mau.mdx'));
    const build = buildSite(relContent, 'test/.tmp/dist-links-fixture-removed', 'links-fixture', '2026-06-10');
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('địa chỉ /tai-lieu/bai-mau/) nhưng trang này không còn');
    expect(build.output).toContain('npm run links -- retire materials/bai-mau');
    expect(build.output).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('fails the build naming a manifest URL that nothing answers any more', () => {
    const run = links('retire', 'materials/bai-mau', 'campaigns/ngay-gia-dinh-2026');
    expect(run.status, run.stderr).toBe(0);
    appendFileSync(join(content, 'links/urls.txt'), '/tai-lieu/khong-con-trang/\n');
    const build = buildSite(relContent, 'test/.tmp/dist-links-fixture-removed', 'links-fixture', '2026-06-10');
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('địa chỉ /tai-lieu/khong-con-trang/ đã từng công bố nhưng không còn trang nào');
    expect(build.output).not.toContain('/tai-lieu/bai-mau/ đã từng công bố');
  });
});
