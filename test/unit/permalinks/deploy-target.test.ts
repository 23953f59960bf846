import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openFileCache } from '../../../src/build/file-cache.ts';
import { writeLinkFiles } from '../../../src/build/integrations/short-links.ts';
import {
  CLOUDFLARE_STATIC_RULES,
  DEPLOY_TARGETS,
  deployTarget,
  redirectFilesFor,
  redirectPages,
  redirectRules,
  type DeployTarget,
} from '../../../src/permalinks/deploy-target.ts';
import { loadLinks } from '../../../src/permalinks/links-data.ts';
import { codePaths, nginxInclude, redirectsFile } from '../../../src/permalinks/redirect-files.ts';
import { qrText } from '../../../src/permalinks/short-links.ts';
import { ROOT } from '../../helpers/astro.ts';
import { HOSTS, resolveOn, type BuiltSite, type Host } from '../../helpers/host-rules.ts';

type Code = { code: string; url: string };

/** The files a build for `target` gives its host: the real pages, its rules, its redirect pages. */
function built(target: DeployTarget, codes: readonly Code[], moved: ReadonlyMap<string, string>): BuiltSite {
  const files = redirectFilesFor(target);
  return {
    pages: new Set([...codes.map((c) => c.url), ...moved.values()]),
    redirectPages: redirectPages(target, codes, moved),
    ...(files.redirects ? { redirects: redirectsFile(redirectRules(target, codes, moved)) } : {}),
    ...(files.nginx ? { nginx: nginxInclude(codes, moved) } : {}),
  };
}

/** Every code form a reader may open, with where it must end: printed, typed, scanned. */
const requests = (codes: readonly Code[], moved: ReadonlyMap<string, string>, base: string) => [
  ...codes.flatMap(({ code, url }) => [...codePaths(code), new URL(qrText(base, code)).pathname].map((path) => ({ path, url }))),
  ...[...moved].flatMap(([from, to]) => [from, from.replace(/\/$/, '')].map((path) => ({ path, url: to }))),
];

/** The requests that do not reach their page on `host`, in at most `steps` steps. */
const lost = (host: Host, site: BuiltSite, list: ReturnType<typeof requests>, steps: number) =>
  list.filter(({ path, url }) => {
    const end = resolveOn(host, site, path);
    return end?.path !== url || end.steps > steps;
  });

/** The target a build is made for when it is deployed to `host`. */
const targetOf = (host: Host): DeployTarget => host;

describe('DEPLOY_TARGET', () => {
  it('is any when unset, one of the documented hosts, and refused with a Vietnamese message otherwise', () => {
    expect(deployTarget(undefined)).toBe('any');
    expect(deployTarget(' Netlify ')).toBe('netlify');
    for (const target of DEPLOY_TARGETS) expect(deployTarget(target)).toBe(target);
    expect(() => deployTarget('vercel')).toThrow(/DEPLOY_TARGET="vercel" không phải nơi triển khai đã biết/);
  });
});

describe('the sample short codes and moved addresses on every documented host', () => {
  const links = loadLinks(ROOT, 'content');
  const codes = links.resolution.codes;
  // The sample's own moved addresses, and one more: a renamed page's old address.
  const moved = new Map([...links.resolution.redirects, ['/tai-lieu/ten-cu-cua-bai/', codes[0]!.url]]);
  const list = requests(codes, moved, links.settings.baseUrl);

  it('has codes and a moved address to check', () => {
    expect(codes.length).toBeGreaterThan(100);
    expect(moved.size).toBeGreaterThan(0);
  });

  it.each(HOSTS)('resolves every code form and moved address on %s, built for it, with the fewest pages', (host) => {
    const site = built(targetOf(host), codes, moved);
    // A rule, or the host's slash redirect then a rule or a redirect page.
    expect(lost(host, site, list, 2)).toEqual([]);
    const pages = site.redirectPages.size;
    if (host === 'nginx' || host === 'netlify') expect(pages).toBe(0);
    else expect(pages).toBeGreaterThan(0);
  });

  it.each(HOSTS)('resolves them on %s with a build made for any host, as before', (host) => {
    expect(lost(host, built('any', codes, moved), list, 2)).toEqual([]);
  });

  it('writes far fewer redirect pages for nginx and Netlify than for any host', () => {
    expect(built('any', codes, moved).redirectPages.size).toBeGreaterThan(codes.length * 2);
  });

  it('would lose codes on a static host if the pages were left out', () => {
    const site = { ...built('github-pages', codes, moved), redirectPages: new Map<string, string>() };
    expect(lost('github-pages', site, list, 2).length).toBeGreaterThan(codes.length);
  });
});

describe('Cloudflare Pages with more codes than its 2,000 rules', () => {
  const codes = Array.from({ length: 1500 }, (_, i) => ({
    code: `K${i.toString(36).toUpperCase().padStart(3, '0')}`,
    url: `/tai-lieu/bai-${i}/`,
  }));
  const moved = new Map([['/tai-lieu/cu/', '/tai-lieu/bai-1/']]);

  it('keeps to the limit, moved addresses first, and gives pages to the codes past it', () => {
    const rules = redirectRules('cloudflare', codes, moved);
    expect(rules.length).toBeLessThanOrEqual(CLOUDFLARE_STATIC_RULES);
    expect(rules.slice(0, 2).map(([from]) => from)).toEqual(['/tai-lieu/cu/', '/tai-lieu/cu']);
    const pages = redirectPages('cloudflare', codes, moved);
    const last = codes.at(-1)!;
    expect(pages.get(`/q/${last.code}/`)).toBe(last.url);
    expect(pages.has(`/q/${codes[0]!.code}/`)).toBe(false);
  });

  it('resolves every code form there', () => {
    expect(lost('cloudflare', built('cloudflare', codes, moved), requests(codes, moved, 'https://x.example.gov.vn/'), 2)).toEqual([]);
  });
});

describe('the files the short-links pass writes for a target', () => {
  const links = loadLinks(ROOT, 'content');
  const work = mkdtempSync(join(tmpdir(), 'deploy-target-'));
  const cache = openFileCache(join(work, 'cache'), 'png');
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** Every index.html under q/ and Q/, and the redirect files, as written for `target`. */
  async function write(target: DeployTarget) {
    const dist = join(work, target);
    mkdirSync(dist, { recursive: true });
    await writeLinkFiles(dist, links, cache, target);
    // /q/ and /Q/: the code as typed and as the QR holds it, two folders on a case-sensitive disk.
    const pages = ['q', 'Q']
      .filter((folder) => existsSync(join(dist, folder)))
      .flatMap((folder) =>
        readdirSync(join(dist, folder), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('index.html')),
      );
    return { pages, redirects: existsSync(join(dist, '_redirects')), nginx: existsSync(join(dist, 'nginx-redirects.conf')), dist };
  }

  it('writes for nginx its include, every QR image, and no redirect page', async () => {
    const nginx = await write('nginx');
    expect(nginx).toMatchObject({ pages: [], redirects: false, nginx: true });
    for (const { code } of links.resolution.codes) expect(existsSync(join(nginx.dist, 'q', code, 'qr.png')), code).toBe(true);
  }, 120_000);

  it('writes for GitHub Pages a page at every slash form of every code, and no rules', async () => {
    const github = await write('github-pages');
    expect(github).toMatchObject({ redirects: false, nginx: false });
    expect(github.pages.length).toBe(redirectPages('github-pages', links.resolution.codes, links.resolution.redirects).size);
    expect(github.pages.length).toBeGreaterThan(links.resolution.codes.length * 2);
  }, 120_000);
});
