import { describe, expect, it } from 'vitest';
import { vietnamToday, isoDate } from '../../../src/calendar/dates.ts';
import {
  countedHit,
  detectFormat,
  isBot,
  normalisePath,
  parseCloudflareLine,
  parseNetlifyLine,
  parseNginxLine,
  shortCodeOf,
  vietnamDate,
  type LogRequest,
} from '../../../src/reach/access-log.ts';

const PHONE = 'Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36';
const nginx = (request: string, status = 200, time = '03/Dec/2026:23:30:00 +0700', ua = PHONE) =>
  `2402:800:6314:1a2b::5 - - [${time}] "${request}" ${status} 5120 "https://www.google.com/search?q=bao+luc" "${ua}"`;
const request = (target: string, status = 200, extra: Partial<LogRequest> = {}): LogRequest => ({
  time: Date.UTC(2026, 11, 3, 3),
  method: 'GET',
  target,
  status,
  userAgent: PHONE,
  ...extra,
});

describe('parseNginxLine', () => {
  it('reads the combined format, with the time converted from its offset', () => {
    expect(parseNginxLine(nginx('GET /tai-lieu/x/?q=a HTTP/2.0', 304))).toEqual({
      time: Date.UTC(2026, 11, 3, 16, 30),
      method: 'GET',
      target: '/tai-lieu/x/?q=a',
      status: 304,
      userAgent: PHONE,
    });
    expect(parseNginxLine(nginx('GET / HTTP/1.1', 200, '03/Dec/2026:18:30:00 +0000'))?.time).toBe(Date.UTC(2026, 11, 3, 18, 30));
  });
  it('reads the common format (no referrer or user agent) and a garbled request line', () => {
    const common = parseNginxLine('113.161.45.20 - - [04/Dec/2026:08:00:00 +0700] "GET /lich/ HTTP/1.0" 200 512');
    expect(common).toMatchObject({ target: '/lich/', userAgent: undefined });
    expect(parseNginxLine('113.161.45.20 - - [04/Dec/2026:08:00:00 +0700] "\\x16\\x03\\x01" 400 166 "-" "-"')).toMatchObject({
      method: '\\x16\\x03\\x01',
      status: 400,
    });
  });
  it('refuses what is not an nginx line', () => {
    expect(parseNginxLine('this line was cut off')).toBeUndefined();
    expect(parseNginxLine('2026-12-04 01:00:00 10.0.0.5 GET /tai-lieu/ - 443 - 113.161.45.20 Mozilla/5.0 200')).toBeUndefined();
    expect(parseNginxLine(nginx('GET / HTTP/1.1', 200, '03/Dex/2026:23:30:00 +0700'))).toBeUndefined();
  });
});

describe('parseCloudflareLine', () => {
  const line = (fields: Record<string, unknown>) =>
    JSON.stringify({
      ClientIP: '14.232.10.7',
      ClientRequestMethod: 'GET',
      ClientRequestURI: '/?q=x',
      EdgeResponseStatus: 200,
      ClientRequestUserAgent: PHONE,
      ...fields,
    });
  it('reads EdgeStartTimestamp in nanoseconds, seconds and RFC 3339', () => {
    const at = Date.UTC(2026, 11, 4, 1);
    expect(parseCloudflareLine(line({ EdgeStartTimestamp: at * 1e6 }))).toEqual({
      time: at,
      method: 'GET',
      target: '/?q=x',
      status: 200,
      userAgent: PHONE,
    });
    expect(parseCloudflareLine(line({ EdgeStartTimestamp: at / 1000 }))?.time).toBe(at);
    expect(parseCloudflareLine(line({ EdgeStartTimestamp: '2026-12-04T01:00:00Z' }))?.time).toBe(at);
  });
  it('refuses JSON without the fields it needs', () => {
    expect(parseCloudflareLine(line({}))).toBeUndefined();
    expect(parseCloudflareLine('{"not": "a request"}')).toBeUndefined();
    expect(parseCloudflareLine('{broken')).toBeUndefined();
  });
  it('is what detectFormat picks for a JSON line, nginx for a combined line', () => {
    expect(detectFormat(line({ EdgeStartTimestamp: 1 }))).toBe('cloudflare');
    expect(detectFormat(nginx('GET / HTTP/1.1'))).toBe('nginx');
    expect(detectFormat('#Software: Microsoft Internet Information Services 10.0')).toBeUndefined();
  });
});

describe('parseNetlifyLine', () => {
  const line = (fields: Record<string, unknown>) =>
    JSON.stringify({
      client_ip: '14.232.10.7',
      log_type: 'traffic',
      method: 'GET',
      url: '/tai-lieu/x/?q=a',
      status_code: 200,
      timestamp: '2026-12-04T01:00:00.000Z',
      user_agent: PHONE,
      ...fields,
    });
  it('reads a traffic record, with the url as a path or as a whole URL', () => {
    const at = Date.UTC(2026, 11, 4, 1);
    expect(parseNetlifyLine(line({}))).toEqual({ time: at, method: 'GET', target: '/tai-lieu/x/?q=a', status: 200, userAgent: PHONE });
    expect(parseNetlifyLine(line({ url: 'https://binhdanggioi.example.org/q/WQGF?utm_source=zalo' }))?.target).toBe(
      '/q/WQGF?utm_source=zalo',
    );
    expect(parseNetlifyLine(line({ timestamp: '2026-12-04T08:00:00+07:00' }))?.time).toBe(at);
  });
  it('keeps no user agent when the drain excludes personal data, so the request is never counted', () => {
    const request = parseNetlifyLine(line({ client_ip: undefined, user_agent: undefined }));
    expect(request).toMatchObject({ target: '/tai-lieu/x/?q=a' });
    expect(request?.userAgent).toBeUndefined();
    expect(countedHit(request!)).toBeUndefined();
  });
  it('refuses other log types and records without the fields it needs', () => {
    expect(parseNetlifyLine(line({ log_type: 'functions' }))).toBeUndefined();
    expect(parseNetlifyLine(line({ url: 'ftp://x/y' }))).toBeUndefined();
    expect(parseNetlifyLine(line({ status_code: '200' }))).toBeUndefined();
    expect(parseNetlifyLine(line({ timestamp: 'hôm qua' }))).toBeUndefined();
    expect(parseNetlifyLine('[1, 2]')).toBeUndefined();
    expect(parseNetlifyLine('{broken')).toBeUndefined();
  });
  it('is what detectFormat picks for a Netlify record, even a function-log one, and not for a Cloudflare one', () => {
    expect(detectFormat(line({}))).toBe('netlify');
    expect(detectFormat(JSON.stringify({ log_type: 'functions', message: 'started' }))).toBe('netlify');
    expect(detectFormat(JSON.stringify({ ClientRequestURI: '/', EdgeResponseStatus: 200, EdgeStartTimestamp: 1 }))).toBe('cloudflare');
    expect(detectFormat('{"not": "a request"}')).toBeUndefined();
  });
});

describe('vietnamDate', () => {
  it('gives the day in Asia/Ho_Chi_Minh, as the calendar module does', () => {
    for (const time of [Date.UTC(2026, 11, 3, 16, 59, 59), Date.UTC(2026, 11, 3, 17, 0, 0), Date.UTC(2026, 0, 1, 0, 0)]) {
      expect(vietnamDate(time)).toBe(isoDate(vietnamToday(new Date(time))));
    }
    expect(vietnamDate(Date.UTC(2026, 11, 3, 17))).toBe('2026-12-04');
  });
});

describe('normalisePath', () => {
  it('drops query strings and fragments, decodes, applies NFC and ends in a slash', () => {
    expect(normalisePath('/tai-lieu/x/?q=bao+luc+gia+dinh&utm_source=zalo')).toBe('/tai-lieu/x/');
    expect(normalisePath('/tai-lieu/x#muc-2')).toBe('/tai-lieu/x/');
    expect(normalisePath('/tai-lieu/x/index.html?tu-khoa=b%E1%BA%A1o')).toBe('/tai-lieu/x/');
    expect(normalisePath('//tai-lieu//x')).toBe('/tai-lieu/x/');
    // "ả" as a + U+0309 (NFD) and as the precomposed letter, percent-encoded: one page.
    expect(normalisePath('/b%C3%A0i/%E1%BA%A3nh/')).toBe('/bài/ảnh/');
    expect(normalisePath('/b%C3%A0i/a%CC%89nh/')).toBe('/bài/ảnh/');
    expect(normalisePath('/hmn-Latn-VN/tai-lieu/x/')).toBe('/hmn-Latn-VN/tai-lieu/x/');
  });
  it('leaves out files, the CMS, the editors\u2019 pages and what cannot be decoded', () => {
    for (const target of [
      '/_astro/Base.css',
      '/rss.xml',
      '/files/ke-hoach.pdf',
      '/404.html',
      '/admin/',
      '/admin/index.html',
      '/bien-tap/bao-cao/2026/',
      '/tyz/bien-tap/',
      '/%E0%A4%A',
      'http://evil.example/',
    ]) {
      expect(normalisePath(target), target).toBeUndefined();
    }
  });
});

describe('shortCodeOf', () => {
  it('reads the QR form, the printed form and the fallback page, in any case', () => {
    for (const target of ['/Q/WQGF', '/q/wqgf', '/q/WQGF/', '/q/WQGF/index.html', '/Q/WQGF?ref=thon-ban-chang'])
      expect(shortCodeOf(target), target).toBe('WQGF');
  });
  it('refuses what cannot be a code', () => {
    expect(shortCodeOf('/q/wp-admin/')).toBeUndefined();
    expect(shortCodeOf('/q/WQGF.png')).toBeUndefined();
    expect(shortCodeOf('/tai-lieu/q/WQGF/')).toBeUndefined();
  });
});

describe('isBot', () => {
  it('knows crawlers, tools and requests without a user agent, and not browsers', () => {
    for (const ua of [
      'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      'Mozilla/5.0 (compatible; coccocbot-web/1.0; +http://help.coccoc.com/searchengine)',
      'curl/8.5.0',
      'python-requests/2.31',
      '-',
      '',
      undefined,
    ]) {
      expect(isBot(ua), String(ua)).toBe(true);
    }
    expect(isBot(PHONE)).toBe(false);
    expect(
      isBot(
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) coc_coc_browser/117.0.218 Chrome/111.0.0.0 Safari/537.36',
      ),
    ).toBe(false);
  });
});

describe('countedHit', () => {
  it('counts a page view, keeping only the day and the path', () => {
    expect(countedHit(request('/tai-lieu/x/?q=bao+luc'))).toEqual({ date: '2026-12-03', kind: 'page', key: '/tai-lieu/x/' });
    expect(countedHit(request('/tai-lieu/x/', 304))).toMatchObject({ kind: 'page' });
  });
  it('counts a code hit answered by a redirect or by the fallback page', () => {
    expect(countedHit(request('/Q/WQGF', 301))).toEqual({ date: '2026-12-03', kind: 'code', key: 'WQGF' });
    expect(countedHit(request('/q/WQGF/', 200))).toMatchObject({ kind: 'code', key: 'WQGF' });
  });
  it('counts no redirect as a page view, no failure, no other method and no bot', () => {
    expect(countedHit(request('/tai-lieu/x', 301))).toBeUndefined();
    expect(countedHit(request('/tai-lieu/khong-co/', 404))).toBeUndefined();
    expect(countedHit(request('/Q/WQGF', 404))).toBeUndefined();
    expect(countedHit(request('/q/khong-phai-ma/', 200))).toBeUndefined();
    expect(countedHit(request('/', 200, { method: 'HEAD' }))).toBeUndefined();
    expect(countedHit(request('/', 200, { method: 'POST' }))).toBeUndefined();
    expect(countedHit(request('/', 200, { userAgent: 'Mozilla/5.0 (compatible; bingbot/2.0)' }))).toBeUndefined();
  });
});
