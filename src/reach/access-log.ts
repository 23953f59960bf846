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
 *     when exported, ClientRequestUserAgent;
 *   - Netlify's traffic logs (Log Drains, NDJSON), one JSON object a line, with the fields log_type
 *     ("traffic"), method, url (a path, or a whole URL), status_code, timestamp (RFC 3339) and,
 *     unless the drain excludes personal data, user_agent. Netlify's documentation names
 *     client_ip and user_agent as the fields that option drops; the other names are those of the
 *     traffic-log records public log integrations read. A site whose drain writes other names
 *     gets "no line read" with the file and line, not a silent zero.
 */
import { DEFAULT_LANGUAGE, isLanguageTag } from '../i18n/languages.ts';
import { isValidCode, normalizeCode } from '../permalinks/short-links.ts';
import { SECTIONS } from '../site/routes.ts';

export type LogFormat = 'nginx' | 'cloudflare' | 'netlify';

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
  const record = jsonRecord(line);
  if (!record) return undefined;
  const target = record.ClientRequestURI ?? record.ClientRequestPath;
  const status = record.EdgeResponseStatus;
  const time = cloudflareTime(record.EdgeStartTimestamp);
  if (typeof target !== 'string' || typeof status !== 'number' || time === undefined) return undefined;
  const userAgent = typeof record.ClientRequestUserAgent === 'string' ? record.ClientRequestUserAgent : undefined;
  return { time, method: String(record.ClientRequestMethod ?? ''), target, status, userAgent };
}

/** Reads a Netlify traffic-log line (Log Drains, NDJSON); undefined when the line is not one. */
export function parseNetlifyLine(line: string): LogRequest | undefined {
  const record = jsonRecord(line);
  if (!record || (record.log_type !== undefined && record.log_type !== 'traffic')) return undefined;
  const target = pathOfUrl(record.url);
  const status = record.status_code;
  const time = typeof record.timestamp === 'string' ? Date.parse(record.timestamp) : Number.NaN;
  if (target === undefined || typeof status !== 'number' || Number.isNaN(time)) return undefined;
  const userAgent = typeof record.user_agent === 'string' ? record.user_agent : undefined;
  return { time, method: String(record.method ?? ''), target, status, userAgent };
}

/** One JSON object of an NDJSON line; undefined for anything else. */
function jsonRecord(line: string): Record<string, unknown> | undefined {
  if (!line.startsWith('{')) return undefined;
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** A request target from a path (`/x/?q`) or a whole URL (`https://host/x/?q`): the path and query. */
function pathOfUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (value.startsWith('/')) return value;
  if (!/^https?:\/\//i.test(value)) return undefined;
  try {
    const url = new URL(value);
    return `${url.pathname}${url.search}`;
  } catch {
    return undefined;
  }
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
  netlify: parseNetlifyLine,
};

/**
 * The format of a log, judged by its first line; undefined when it is none of them. A Netlify
 * drain may mix traffic records with function or deploy records, which carry a `log_type` too:
 * such a first line still says "netlify", and its non-traffic lines are then skipped.
 */
export function detectFormat(line: string): LogFormat | undefined {
  const format = (Object.keys(PARSERS) as LogFormat[]).find((f) => PARSERS[f](line) !== undefined);
  if (format) return format;
  return typeof jsonRecord(line)?.log_type === 'string' ? 'netlify' : undefined;
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
