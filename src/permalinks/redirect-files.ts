/**
 * The redirects of short codes and of URLs pages have left, written for three kinds of host:
 * `_redirects` (Netlify, Cloudflare Pages), an nginx include, and HTML pages for plain static hosts;
 * which of them a build writes depends on its host (deploy-target.ts).
 * Every redirect goes straight to a page (one 301, never a chain). Pure.
 */
import { DEFAULT_LANGUAGE } from '../i18n/languages.ts';
import { escapeHtml } from '../site/html-text.ts';

/** The request paths a code answers: as printed (upper case), as typed (lower case), with or without the final slash. */
export function codePaths(code: string): string[] {
  return [`/q/${code}`, `/q/${code}/`, `/Q/${code}`, `/Q/${code}/`, `/q/${code.toLowerCase()}`, `/q/${code.toLowerCase()}/`].filter(
    (p, i, all) => all.indexOf(p) === i,
  );
}

/**
 * The forms of a code that `_redirects` answers with a 301: what the QR holds (/Q/CODE) and what
 * the poster prints (/q/CODE/, typed also without the slash). Hosts cap the file (Cloudflare Pages:
 * 2,000 static rules), so the other forms are left to the fallback pages written for every
 * slash form (/Q/CODE/, /q/code/), which static hosts serve after their own slash redirect.
 */
export const REDIRECT_FILE_FORMS = (code: string) => [`/Q/${code}`, `/q/${code}`, `/q/${code}/`];

/** `_redirects` (Netlify, Cloudflare Pages) of the rules a target gets (deploy-target.ts `redirectRules`). */
export function redirectsFile(rules: readonly (readonly [from: string, to: string])[]): string {
  return `${['# Tạo tự động khi xây dựng trang; không sửa tay.', ...rules.map(([from, to]) => `${from} ${to} 301`)].join('\n')}\n`;
}

const nginxPath = (path: string) => path.replace(/[^A-Za-z0-9/_.-]/g, (c) => encodeURIComponent(c));
const regexEscape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Lines for inside a `server { }` block: `include …/nginx-redirects.conf;`. Codes match in any case. */
export function nginxInclude(codes: readonly { code: string; url: string }[], moved: ReadonlyMap<string, string>): string {
  const lines = ['# Tạo tự động khi xây dựng trang; không sửa tay. Dùng: include <dist>/nginx-redirects.conf; trong khối server { }.'];
  for (const { code, url } of codes) lines.push(`location ~* ^/q/${regexEscape(code)}/?$ { return 301 ${nginxPath(url)}; }`);
  for (const [from, to] of moved) {
    lines.push(`location = ${nginxPath(from)} { return 301 ${nginxPath(to)}; }`);
    lines.push(`location = ${nginxPath(from.replace(/\/$/, ''))} { return 301 ${nginxPath(to)}; }`);
  }
  return `${lines.join('\n')}\n`;
}

/** A page that sends the reader on at once, for hosts that cannot redirect; `title` and `linkText` are in the default language. */
export function fallbackHtml(to: string, absoluteTo: string, title: string, linkText: string): string {
  const href = escapeHtml(to);
  return `<!doctype html>
<html lang="${DEFAULT_LANGUAGE}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${href}">
<link rel="canonical" href="${escapeHtml(absoluteTo)}">
</head>
<body>
<main><p><a href="${href}">${escapeHtml(linkText)}</a></p></main>
</body>
</html>
`;
}
