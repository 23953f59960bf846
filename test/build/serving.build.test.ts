/**
 * The sample build behind Debian's nginx with the documented server block (docs/nginx/site.conf,
 * quoted in docs/deploy.md): security headers, cache rules, the 404 page, precompressed responses,
 * short-code redirects, and the port-80 server that sends readers to https.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/astro.ts';
import { serveWithNginx, testDocumentedConf, type Nginx } from '../helpers/nginx.ts';
import { SAMPLE_DIST } from '../helpers/sample.ts';
import { loadLinks } from '../../src/permalinks/links-data.ts';
import { codePaths } from '../../src/permalinks/redirect-files.ts';
import { qrText } from '../../src/permalinks/short-links.ts';
import { shouldPrecompress } from '../../src/build/precompress.ts';
import { adminCsp, COMMON_HEADERS, HEADER_ONLY_CSP } from '../../src/build/security-headers.ts';

const dist = join(ROOT, SAMPLE_DIST);
const PAGE = '/tai-lieu/lam-gi-khi-bi-bao-luc-gia-dinh/';
const YEAR = 'public, max-age=31536000, immutable';
const SHORT = 'public, max-age=300';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The bytes as sent, not decoded. */
  body: Buffer;
}

/** A GET that keeps the body as nginx sent it (fetch would decode it). */
function get(origin: string, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${origin}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const file = (urlPath: string) => readFileSync(join(dist, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath));

describe('the precompressed copies of the sample build', () => {
  it('sit next to every HTML, CSS, JS, XML, SVG and JSON file of 1 KB or more, and nowhere else', () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
    const files = walk(dist);
    const wanted = files.filter((f) => shouldPrecompress(f, statSync(f).size));
    expect(wanted.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(300);
    for (const f of wanted) for (const suffix of ['.gz', '.br']) expect(existsSync(f + suffix), f + suffix).toBe(true);
    const copies = files.filter((f) => /\.(gz|br)$/.test(f));
    expect(copies.filter((f) => !wanted.includes(f.replace(/\.(gz|br)$/, '')))).toEqual([]);
  });
});

describe('the documented server block as written', () => {
  it('passes nginx -t with its TLS lines, given a certificate at the placeholder paths', () => {
    const { status, output } = testDocumentedConf(dist, 'serving-tls');
    expect(output).toContain('test is successful');
    expect(status, output).toBe(0);
  });
});

describe('the sample site behind nginx with the documented server block', () => {
  let nginx: Nginx;
  beforeAll(async () => {
    nginx = await serveWithNginx(dist, 'serving');
  });
  afterAll(async () => {
    await nginx?.stop();
  });

  const astroAsset = (extension: string) => {
    const names = readdirSync(join(dist, '_astro'));
    const name = names.find((n) => n.endsWith(extension) && names.includes(`${n}.br`));
    if (!name) throw new Error(`no precompressed ${extension} in _astro/`);
    return `/_astro/${name}`;
  };

  it('sends the security headers of the generated include on pages, assets and 404s', async () => {
    for (const path of ['/', PAGE, astroAsset('.css'), '/khong-co-trang-nay/']) {
      const { headers } = await get(nginx.origin, path);
      for (const [name, value] of COMMON_HEADERS) expect(headers[name.toLowerCase()], `${path} ${name}`).toBe(value);
      expect(headers['content-security-policy'], path).toBe(HEADER_ONLY_CSP);
      expect(headers['server'], path).toBe('nginx');
    }
  });

  it('gives /admin/ the CMS policy and still the common headers', async () => {
    const { status, headers } = await get(nginx.origin, '/admin/');
    expect(status).toBe(200);
    expect(headers['content-security-policy']).toBe(adminCsp(['https://api.github.com']));
    expect(headers['x-frame-options']).toBe('DENY');
  });

  it('caches hashed /_astro/ assets for a year and HTML, the search index and QR images for 5 minutes', async () => {
    for (const path of [astroAsset('.css'), astroAsset('.js')])
      expect((await get(nginx.origin, path)).headers['cache-control'], path).toBe(YEAR);
    const qr = loadLinks(ROOT, 'content').resolution.codes[0]!.code;
    for (const path of ['/', PAGE, '/pagefind/pagefind.js', `/q/${qr}/qr.png`]) {
      const answer = await get(nginx.origin, path);
      expect(answer.status, path).toBe(200);
      expect(answer.headers['cache-control'], path).toBe(SHORT);
    }
  });

  it('answers an unknown address with status 404 and the site 404 page', async () => {
    const answer = await get(nginx.origin, '/khong-co-trang-nay/');
    expect(answer.status).toBe(404);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.body.equals(file('/404.html'))).toBe(true);
    expect(answer.body.toString()).toContain('<html lang="vi"');
  });

  it('sends the precompressed brotli or gzip copy the reader accepts, and the plain file otherwise', async () => {
    for (const [path, type] of [
      [PAGE, 'text/html; charset=utf-8'],
      [astroAsset('.css'), 'text/css; charset=utf-8'],
      [astroAsset('.js'), 'application/javascript; charset=utf-8'],
    ] as const) {
      const plain = file(path);
      const br = await get(nginx.origin, path, { 'accept-encoding': 'gzip, deflate, br' });
      expect(br.headers['content-encoding'], path).toBe('br');
      expect(br.headers['vary'], path).toBe('Accept-Encoding');
      expect(br.headers['content-type'], path).toBe(type);
      expect(br.body.equals(file(`${path.endsWith('/') ? `${path}index.html` : path}.br`)), path).toBe(true);
      expect(brotliDecompressSync(br.body).equals(plain), path).toBe(true);
      expect(br.body.length).toBeLessThan(plain.length / 2);

      const gz = await get(nginx.origin, path, { 'accept-encoding': 'gzip' });
      expect(gz.headers['content-encoding'], path).toBe('gzip');
      expect(gunzipSync(gz.body).equals(plain), path).toBe(true);

      const identity = await get(nginx.origin, path);
      expect(identity.headers['content-encoding'], path).toBeUndefined();
      expect(identity.body.equals(plain), path).toBe(true);
    }
  });

  it('sends a short code, printed, typed in lower case, or scanned from the QR code, to its page in one 301', async () => {
    const links = loadLinks(ROOT, 'content');
    const sample = [links.resolution.codes[0]!, links.resolution.codes.find((c) => c.url.startsWith('/tai-lieu/'))!];
    for (const { code, url } of sample) {
      const paths = [...codePaths(code), new URL(qrText(links.settings.baseUrl, code)).pathname];
      for (const path of paths) {
        const answer = await get(nginx.origin, path);
        expect(answer.status, path).toBe(301);
        expect(answer.headers['location'], path).toBe(url);
      }
      expect((await get(nginx.origin, url)).status, url).toBe(200);
    }
    expect((await get(nginx.origin, '/q/ZZZZZ/')).status).toBe(404);
  });

  it('adds the final slash to a page address with a relative 301', async () => {
    const answer = await get(nginx.origin, PAGE.replace(/\/$/, ''));
    expect(answer.status).toBe(301);
    expect(answer.headers['location']).toBe(PAGE);
  });

  it('does not serve the files meant for other hosts and for nginx itself', async () => {
    for (const path of ['/_redirects', '/_headers', '/_nginx-headers.conf', '/nginx-redirects.conf']) {
      expect(file(path).length, path).toBeGreaterThan(0);
      expect((await get(nginx.origin, path)).status, path).toBe(404);
    }
  });

  it('sends plain-http readers to the same address on https', async () => {
    const answer = await get(nginx.httpOrigin, `${PAGE}?a=1`, { host: 'binhdanggioi.example.gov.vn' });
    expect(answer.status).toBe(301);
    expect(answer.headers['location']).toBe(`https://binhdanggioi.example.gov.vn${PAGE}?a=1`);
  });
});
