/**
 * Security headers for static hosting: `_headers` (Netlify, Cloudflare Pages) and an nginx include.
 *
 * Public pages carry their full Content-Security-Policy in a <meta> tag that Astro writes with
 * hashes of the page's own scripts and styles (`security.csp`, see PUBLIC_CSP_DIRECTIVES). A meta
 * policy cannot set `frame-ancestors`, so the header policy for every path adds the directives only
 * a header can carry, none of which touch scripts or styles. Browsers enforce both policies.
 *
 * `/admin/` (Decap CMS) is not an Astro page: it gets its own header policy, because Decap's
 * bundle evaluates code at run time and previews from blob: URLs.
 */

type DirectiveName = 'default-src' | 'img-src' | 'font-src' | 'connect-src' | 'media-src' | 'manifest-src' | 'worker-src' | 'object-src' | 'frame-src' | 'base-uri' | 'form-action';

/** Resource directives for public pages, passed to Astro's `security.csp.directives`. */
export const PUBLIC_CSP_DIRECTIVES: `${DirectiveName} ${string}`[] = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** Script sources besides Astro's hashes: same-origin files, and WebAssembly for the search index. */
export const PUBLIC_SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"];

/** What only a header can say, for every path (public pages and /admin alike). */
export const HEADER_ONLY_CSP = ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'"].join('; ');

/**
 * The CMS's policy. Decap CMS needs 'unsafe-eval' and inline styles, previews uploads from blob:
 * URLs, and talks to its git backend: `adminConnect` lists the backend's origins.
 */
export function adminCsp(adminConnect: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self'",
    ['connect-src', "'self'", 'blob:', ...adminConnect].join(' '),
    "worker-src 'self' blob:",
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Headers for every response. */
export const COMMON_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  [
    'Permissions-Policy',
    'accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), interest-cohort=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
  ],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['X-Frame-Options', 'DENY'],
];

export interface HeaderOptions {
  /** Origins the CMS may connect to (its git backend), e.g. https://api.github.com. */
  adminConnect?: readonly string[];
}

/** The `_headers` file: rules for `/*`, then `/admin/*` (hosts apply every matching rule). */
export function netlifyHeaders(options: HeaderOptions = {}): string {
  const block = (path: string, headers: ReadonlyArray<readonly [string, string]>) =>
    [path, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return `${[
    '# Generated at build time by src/build/integrations/security-headers.ts; do not edit.',
    block('/*', [...COMMON_HEADERS, ['Content-Security-Policy', HEADER_ONLY_CSP]]),
    block('/admin/*', [['Content-Security-Policy', adminCsp(options.adminConnect)]]),
  ].join('\n\n')}\n`;
}

/**
 * An nginx include for the site's `server {}` block. nginx drops inherited add_header lines in a
 * location that has its own, so the /admin/ location repeats the common headers.
 */
export function nginxHeaders(options: HeaderOptions = {}): string {
  const lines = (headers: ReadonlyArray<readonly [string, string]>, indent: string) =>
    headers.map(([name, value]) => `${indent}add_header ${name} "${value}" always;`).join('\n');
  return `${[
    '# Generated at build time by src/build/integrations/security-headers.ts; do not edit.',
    '# Use inside the site\'s server {} block: include /path/to/dist/_nginx-headers.conf;',
    lines([...COMMON_HEADERS, ['Content-Security-Policy', HEADER_ONLY_CSP]], ''),
    `location ^~ /admin/ {\n${lines([...COMMON_HEADERS, ['Content-Security-Policy', adminCsp(options.adminConnect)]], '  ')}\n}`,
  ].join('\n')}\n`;
}

/**
 * Removes the `<meta http-equiv="content-security-policy">` Astro writes into every page. The
 * /admin page (Decap CMS) must not carry the public policy: a meta policy adds to the header
 * policy, and Decap needs eval, inline styles and its git backend, which `adminCsp` allows.
 */
export function stripCspMeta(html: string): string {
  return html.replace(/<meta\s+http-equiv="content-security-policy"[^>]*>/gi, '');
}
