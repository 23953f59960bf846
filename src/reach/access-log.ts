/**
 * One line of a web server's access log, read into the only facts reach counting keeps: the day
 * (in Vietnam), whether it was a page view or a short-code hit, and which page or code. The
 * visitor's address, user agent, referrer and query string are read only to decide, and never
 * leave this module: a `Hit` has no field that could hold them. Pure: knows no files.
 *
 * Formats read:
 *   - nginx "combined" (its default, and Debian's) and the older "common" format without referrer
 *     and user agent: `1.2.3.4 - - [04/Dec/2026:08:15:02 +0700] "GET /x/ HTTP/1.1" 200 512 "-" "Mozilla/5.0 …"`;
 *   - Cloudflare's HTTP request logs (dataset `http_requests`, from Logpush or Logpull), one JSON
 *     object a line, with the fields ClientRequestMethod, ClientRequestURI (or ClientRequestPath),
 *     EdgeResponseStatus, EdgeStartTimestamp (Unix nanoseconds or seconds, or RFC 3339) and,
 *     when exported, ClientRequestUserAgent.
 */
import { DEFAULT_LANGUAGE, isLanguageTag } from '../i18n/languages.ts';
import { isValidCode, normalizeCode } from '../permalinks/short-links.ts';
import { SECTIONS } from '../site/routes.ts';

export type LogFormat = 'nginx' | 'cloudflare';

/** A request as a log line gives it, before any decision; lives only while its line is read. */
export interface LogRequest {
  /** Milliseconds since the epoch (UTC). */
  time: number;
  method: string;
  /** The request target as sent (path, maybe with a query string). */
  target: string;
  status: number;
  /** The user agent, when the format has one: only for the bot rule, never kept. */
  userAgent?: string | undefined;
}

/** What reach counting keeps of one request: nothing about the visitor. */
export interface Hit {
  /** The calendar day in Asia/Ho_Chi_Minh, YYYY-MM-DD. */
  date: string;
  kind: 'page' | 'code';
  /** A page's normalised path (`/tai-lieu/x/`) or a short code in upper case (`7K2P`). */
  key: string;
}

// $remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent ["$http_referer" "$http_user_agent"]
// nginx writes a `"` inside a variable as \x22, so a quoted field never holds a bare quote.
const NGINX_LINE =
  /^\S+ \S+ .*?\[(\d{2})\/([A-Z][a-z]{2})\/(\d{4}):(\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2})\] "([^"]*)" (\d{3}) \S+(?: "[^"]*" "([^"]*)")?/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Reads an nginx combined (or common) line; undefined when the line is not one. */
export function parseNginxLine(line: string): LogRequest | undefined {
  const m = NGINX_LINE.exec(line);
  if (!m) return undefined;
  const [, day, mon, year, hh, mm, ss, sign, offH, offM, request, status, userAgent] = m;
  const month = MONTHS.indexOf(mon!);
  if (month < 0) return undefined;
  const offset = (sign === '-' ? -1 : 1) * (Number(offH) * 60 + Number(offM)) * 60_000;
  const time = Date.UTC(Number(year), month, Number(day), Number(hh), Number(mm), Number(ss)) - offset;
  // "GET /path HTTP/1.1"; a garbled request line ("\x16\x03…", "-") is a line, but no request to count.
  const [method = '', target = ''] = request!.split(' ');
  return { time, method, target, status: Number(status), userAgent };
}

/** Reads a Cloudflare http_requests line (JSON); undefined when the line is not one. */
export function parseCloudflareLine(line: string): LogRequest | undefined {
  if (!line.startsWith('{')) return undefined;
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const target = record.ClientRequestURI ?? record.ClientRequestPath;
  const status = record.EdgeResponseStatus;
  const time = cloudflareTime(record.EdgeStartTimestamp);
  if (typeof target !== 'string' || typeof status !== 'number' || time === undefined) return undefined;
  const userAgent = typeof record.ClientRequestUserAgent === 'string' ? record.ClientRequestUserAgent : undefined;
  return { time, method: String(record.ClientRequestMethod ?? ''), target, status, userAgent };
}

/** EdgeStartTimestamp as Logpush writes it: Unix nanoseconds (the default), Unix seconds, or RFC 3339. */
function cloudflareTime(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value > 1e14 ? Math.floor(value / 1e6) : value * 1000;
  if (typeof value === 'string') {
    const time = Date.parse(value);
    return Number.isNaN(time) ? undefined : time;
  }
  return undefined;
}

export const PARSERS: Record<LogFormat, (line: string) => LogRequest | undefined> = {
  nginx: parseNginxLine,
  cloudflare: parseCloudflareLine,
};

/** The format of a log, judged by its first line; undefined when it is neither. */
export function detectFormat(line: string): LogFormat | undefined {
  return (Object.keys(PARSERS) as LogFormat[]).find((format) => PARSERS[format](line) !== undefined);
}

/** Vietnam has kept UTC+7 without daylight saving since 1975 (src/calendar/dates.ts reads days the same way). */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** The day in Asia/Ho_Chi_Minh of an instant, YYYY-MM-DD. */
export function vietnamDate(time: number): string {
  return new Date(time + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * The simple bot rule: a request without a user agent, or whose user agent names a crawler, a
 * preview fetcher, a monitor or a programming library. Bots that pose as browsers are not caught,
 * and a phone whose model name ends in "bot" would be left out.
 */
const BOT =
  /bot\b|crawl|spider|slurp|preview|facebookexternalhit|monitor|uptime|pingdom|lighthouse|headless|curl|wget|python|go-http-client|java\/|okhttp|libwww|httpclient|axios|node-fetch/i;

export function isBot(userAgent: string | undefined): boolean {
  return userAgent === undefined || userAgent.trim() === '' || userAgent === '-' || BOT.test(userAgent);
}

/** Folders (after the language prefix) that are not public pages: the CMS and the editors' pages. */
const NOT_PAGES = new Set(['admin', SECTIONS.editors]);

/**
 * A request target reduced to what is counted: the query string and fragment dropped entirely,
 * percent-decoding undone, NFC, repeated slashes and a final `index.html` removed, and a final
 * slash added. Undefined for anything that is not a page (a file with an extension, the CMS,
 * the editors' pages) or cannot be decoded.
 */
export function normalisePath(target: string): string | undefined {
  if (!target.startsWith('/')) return undefined;
  const raw = target.split(/[?#]/, 1)[0]!;
  let path: string;
  try {
    path = decodeURIComponent(raw).normalize('NFC');
  } catch {
    return undefined;
  }
  path = path.replace(/\/{2,}/g, '/').replace(/\/index\.html$/, '/');
  const last = path.slice(path.lastIndexOf('/') + 1);
  if (last.includes('.')) return undefined;
  if (!path.endsWith('/')) path += '/';
  const segments = path.split('/').filter(Boolean);
  const first = segments[0] !== undefined && segments[0] !== DEFAULT_LANGUAGE && isLanguageTag(segments[0]) ? segments[1] : segments[0];
  if (first !== undefined && NOT_PAGES.has(first)) return undefined;
  return path;
}

/** The short code of a `/q/<code>` (or `/Q/<CODE>/`, `/q/<code>/index.html`) target, in upper case. */
export function shortCodeOf(target: string): string | undefined {
  const m = /^\/[qQ]\/([^/?#]+)\/?(?:index\.html)?(?:[?#].*)?$/.exec(target);
  if (!m) return undefined;
  const code = normalizeCode(m[1]!);
  return isValidCode(code) ? code : undefined;
}

/**
 * Whether a request is counted, and as what. Only GET by a person (see isBot). A short-code hit
 * counts when it was answered (2xx, or the 301 of the redirect rules); a page view only when the
 * page itself was sent (2xx, or 304 for a copy the browser kept), so that the redirect from
 * `/x` to `/x/` or from a renamed page is not counted twice with the page it leads to.
 */
export function countedHit(request: LogRequest): Hit | undefined {
  if (request.method !== 'GET' || isBot(request.userAgent)) return undefined;
  const date = vietnamDate(request.time);
  const code = shortCodeOf(request.target);
  if (code) return request.status >= 200 && request.status < 400 ? { date, kind: 'code', key: code } : undefined;
  if (/^\/[qQ]\//.test(request.target)) return undefined;
  if (!((request.status >= 200 && request.status < 300) || request.status === 304)) return undefined;
  const path = normalisePath(request.target);
  return path ? { date, kind: 'page', key: path } : undefined;
}
