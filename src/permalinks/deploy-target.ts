/**
 * Which redirect files and HTML redirect pages a build writes, by the host it is deployed to
 * (`DEPLOY_TARGET`, docs/deploy.md). HTML redirect pages are for hosts that cannot redirect; a host
 * that can gets its own rules and no pages, so every printed code still resolves on it with the
 * smallest output. Pure.
 *
 * What each host does with a request, as this module counts on it (test/helpers/host-rules.ts
 * models each, and test/unit/permalinks/deploy-target.test.ts resolves every code form on each):
 * - nginx: `nginx-redirects.conf` answers every code in any case, with or without the final slash,
 *   and every moved address (tested on Debian's nginx in test/build/serving.build.test.ts);
 * - Netlify: `_redirects` rules match the path exactly; the file lists every form of every code;
 * - Cloudflare Pages: applies the first 2,000 static rules of `_redirects` only; codes past them,
 *   and the forms no rule names, get pages, which Cloudflare serves after its own slash redirect;
 * - GitHub Pages, GitLab Pages: no rules (GitLab ignores a file of more than 1,000): pages for all;
 * - `any` (the default): every file and every page, for a build not made for one host.
 */
import { codePaths, REDIRECT_FILE_FORMS } from './redirect-files.ts';

export const DEPLOY_TARGETS = ['any', 'nginx', 'netlify', 'cloudflare', 'github-pages', 'gitlab-pages'] as const;
export type DeployTarget = (typeof DEPLOY_TARGETS)[number];

/** The most static redirects Cloudflare Pages applies from `_redirects`. */
export const CLOUDFLARE_STATIC_RULES = 2000;

/** The target named by `DEPLOY_TARGET`; unset or empty is `any`. */
export function deployTarget(value: string | undefined = process.env.DEPLOY_TARGET): DeployTarget {
  const name = (value ?? '').trim().toLowerCase();
  if (name === '') return 'any';
  if ((DEPLOY_TARGETS as readonly string[]).includes(name)) return name as DeployTarget;
  throw new Error(
    `DEPLOY_TARGET="${value}" không phải nơi triển khai đã biết. Dùng một trong: ${DEPLOY_TARGETS.join(', ')} (xem docs/deploy.md).`,
  );
}

interface Code {
  code: string;
  url: string;
}

/** The redirect files a target reads. */
export function redirectFilesFor(target: DeployTarget): { redirects: boolean; nginx: boolean } {
  return { redirects: ['any', 'netlify', 'cloudflare'].includes(target), nginx: ['any', 'nginx'].includes(target) };
}

const movedForms = (from: string) => [from, from.replace(/\/$/, '')].filter((p, i, all) => p !== '' && all.indexOf(p) === i);

/** The lines of `_redirects` for a target, as [from, to], in the order written. */
export function redirectRules(target: DeployTarget, codes: readonly Code[], moved: ReadonlyMap<string, string>): [string, string][] {
  if (!redirectFilesFor(target).redirects) return [];
  const movedRules = [...moved].flatMap(([from, to]) => movedForms(from).map((path): [string, string] => [path, to]));
  const codeRules = (forms: (code: string) => string[]) =>
    codes.map(({ code, url }) => forms(code).map((path): [string, string] => [path, url]));
  if (target === 'netlify') return [...movedRules, ...codeRules(codePaths).flat()];
  if (target === 'any') return [...codeRules(REDIRECT_FILE_FORMS).flat(), ...movedRules];
  // Cloudflare: moved addresses first (few, and printed long ago), then whole codes while they fit.
  const rules = movedRules.slice(0, CLOUDFLARE_STATIC_RULES);
  for (const group of codeRules(REDIRECT_FILE_FORMS)) {
    if (rules.length + group.length > CLOUDFLARE_STATIC_RULES) break;
    rules.push(...group);
  }
  return rules;
}

/**
 * The paths (each ending in a slash) that get an HTML redirect page on a target, with the page each
 * sends to: every slash form of a code and every moved address that no rule of the host answers.
 */
export function redirectPages(target: DeployTarget, codes: readonly Code[], moved: ReadonlyMap<string, string>): Map<string, string> {
  const pages = new Map<string, string>();
  if (target === 'nginx' || target === 'netlify') return pages;
  const ruled = new Set(target === 'cloudflare' ? redirectRules(target, codes, moved).map(([from]) => from) : []);
  for (const { code, url } of codes) for (const path of codePaths(code)) if (path.endsWith('/') && !ruled.has(path)) pages.set(path, url);
  for (const [from, to] of moved) if (!ruled.has(from)) pages.set(from, to);
  return pages;
}
