/**
 * What each documented host does with a request, modelled on the files a build gives it: the
 * redirect rules it reads, the HTML pages it serves, and its own slash redirect. Used to check that
 * every printed code resolves on every host with the files written for that host
 * (src/permalinks/deploy-target.ts). The nginx model follows docs/nginx/site.conf and is checked
 * against Debian's nginx by test/build/serving.build.test.ts; the others follow the hosts' own
 * documentation as docs/deploy.md cites it, read conservatively (exact, case-sensitive matches).
 */
import type { DeployTarget } from '../../src/permalinks/deploy-target.ts';

export type Host = Exclude<DeployTarget, 'any'>;
export const HOSTS: readonly Host[] = ['nginx', 'netlify', 'cloudflare', 'github-pages', 'gitlab-pages'];

export interface BuiltSite {
  /** Paths (ending in a slash) of real pages. */
  pages: ReadonlySet<string>;
  /** Paths of HTML redirect pages, with the page each sends on to. */
  redirectPages: ReadonlyMap<string, string>;
  /** `_redirects`, when the build wrote it. */
  redirects?: string;
  /** `nginx-redirects.conf`, when the build wrote it. */
  nginx?: string;
}

/** Rules of `_redirects`, as the host applies them: the first `limit` lines only. */
const redirectRules = (text: string | undefined, limit = Infinity) =>
  new Map(
    (text ?? '')
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('#'))
      .slice(0, limit)
      .map((line) => line.split(/\s+/) as [string, string, string])
      .map(([from, to]) => [from, to]),
  );

/** The include's exact locations and its case-insensitive regex locations. */
function nginxRules(text: string | undefined) {
  const exact = new Map<string, string>();
  const regex: [RegExp, string][] = [];
  for (const line of (text ?? '').split('\n')) {
    const equal = /^location = (\S+) \{ return 301 (\S+); \}$/.exec(line);
    if (equal) exact.set(equal[1]!, equal[2]!);
    const match = /^location ~\* (\S+) \{ return 301 (\S+); \}$/.exec(line);
    if (match) regex.push([new RegExp(match[1]!, 'i'), match[2]!]);
  }
  return (path: string) => exact.get(path) ?? regex.find(([pattern]) => pattern.test(path))?.[1];
}

/** The rule lookup of each host for a site, made once. */
const lookups = new WeakMap<BuiltSite, Record<Host, (path: string) => string | undefined>>();
function rulesOf(site: BuiltSite) {
  let found = lookups.get(site);
  if (!found) {
    const all = redirectRules(site.redirects);
    const first = redirectRules(site.redirects, 2000);
    found = {
      nginx: nginxRules(site.nginx),
      netlify: (path) => all.get(path),
      cloudflare: (path) => first.get(path),
      // GitHub Pages reads no _redirects; GitLab Pages ignores a file of more than 1,000 rules (docs/deploy.md).
      'github-pages': () => undefined,
      'gitlab-pages': (path) => (all.size <= 1000 ? all.get(path) : undefined),
    };
    lookups.set(site, found);
  }
  return found;
}

/** The rule a host applies to a path, if any. */
const ruleFor = (host: Host, site: BuiltSite, path: string) => rulesOf(site)[host](path);

/**
 * Where a reader who opens `path` on `host` ends, and after how many steps (an HTTP redirect, or
 * an HTML redirect page's refresh), or null when the host answers 404.
 */
export function resolveOn(host: Host, site: BuiltSite, path: string): { path: string; steps: number } | null {
  let current = path;
  for (let steps = 0; steps <= 4; steps++) {
    // A file shadows a rule (Netlify's default; nginx's include is matched before files, but no file sits at a code's path).
    if (site.pages.has(current)) return { path: current, steps };
    const rule = ruleFor(host, site, current);
    if (rule !== undefined) {
      current = rule;
      continue;
    }
    const page = site.redirectPages.get(current);
    if (page !== undefined) {
      current = page;
      continue;
    }
    // Every host adds the final slash to a folder that holds an index.html.
    if (!current.endsWith('/') && (site.pages.has(`${current}/`) || site.redirectPages.has(`${current}/`))) {
      current = `${current}/`;
      continue;
    }
    return null;
  }
  return null;
}
