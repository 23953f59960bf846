import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DailyCounter } from '../../../src/reach/daily-counts.ts';
import { countLogFile } from '../../../src/reach/log-files.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/reach');
const fixture = (name: string) => join(FIXTURES, name);
const dir = mkdtempSync(join(tmpdir(), 'reach-logs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Counted rows of a counter at `threshold`, as `date kind key count` lines. */
const table = (counter: DailyCounter, threshold: number) =>
  [...counter.rows(threshold).values()]
    .flat()
    .map((r) => `${r.date} ${r.kind} ${r.key} ${r.count}`)
    .sort();

describe('countLogFile', () => {
  it('counts the rotated, gzip-compressed nginx log of 03/12/2026', async () => {
    const counter = new DailyCounter();
    const summary = await countLogFile(fixture('access.log.2.gz'), counter);
    expect(summary).toMatchObject({ format: 'nginx', lines: 119, skipped: 0 });
    expect(table(counter, 10)).toEqual([
      '2026-12-03 code WQGF 11',
      '2026-12-03 page / 10', // 5 Googlebot, 1 curl, 1 without user agent and 3 HEAD not counted
      '2026-12-03 page /chien-dich/ngay-gia-dinh-2026/ 10', // 6 sent, 4 "not modified"
      '2026-12-03 page /tai-lieu/lam-gi-khi-bi-bao-luc-gia-dinh/ 12', // query strings, index.html and a fragment folded in
    ]);
    // The Tày page had 3 views: counted, but under the threshold.
    expect(table(counter, 1)).toContain('2026-12-03 page /tyz/tai-lieu/lam-gi-khi-bi-bao-luc-gia-dinh/ 3');
  });
  it('counts the current plain log, with times in UTC moved to the Vietnamese day, and skips a broken line', async () => {
    const counter = new DailyCounter();
    const summary = await countLogFile(fixture('access.log'), counter);
    expect(summary).toMatchObject({ lines: 36, counted: 36, skipped: 1, firstSkipped: 35 });
    expect([...counter.days.keys()]).toEqual(['2026-12-04']);
    expect(table(counter, 10)).toEqual(['2026-12-04 code 5RKX 10', '2026-12-04 page /tai-lieu/lam-gi-khi-bi-bao-luc-gia-dinh/ 15']);
  });
  it('counts Cloudflare http_requests lines, leaving out the crawler', async () => {
    const counter = new DailyCounter();
    expect(await countLogFile(fixture('cloudflare-http-requests.ndjson'), counter)).toMatchObject({
      format: 'cloudflare',
      lines: 12,
      counted: 11,
    });
    expect(table(counter, 10)).toEqual(['2026-12-04 page /chien-dich/ngay-gia-dinh-2026/ 11']);
  });
  it('counts a Netlify drain: the Vietnamese day, codes, 304s and whole URLs, skipping the function-log line', async () => {
    const counter = new DailyCounter();
    expect(await countLogFile(fixture('netlify-traffic.ndjson'), counter)).toMatchObject({
      format: 'netlify',
      lines: 25,
      counted: 22,
      skipped: 1,
      firstSkipped: 1,
      withoutUserAgent: 0,
    });
    expect(table(counter, 10)).toEqual([
      '2026-12-04 code WQGF 10',
      '2026-12-04 page /tai-lieu/lam-gi-khi-bi-bao-luc-gia-dinh/ 11', // the crawler, the HEAD and the 404 not counted
    ]);
    expect(table(counter, 1)).toContain('2026-12-04 page /tyz/tai-lieu/lam-gi-khi-bi-bao-luc-gia-dinh/ 1');
  });
  it('counts no line without a user agent (a drain that excludes personal data), and says how many there were', async () => {
    const file = join(dir, 'netlify-no-pii.ndjson');
    const record = (minute: number) =>
      JSON.stringify({ log_type: 'traffic', method: 'GET', url: '/', status_code: 200, timestamp: `2026-12-04T01:${minute}:00Z` });
    writeFileSync(file, `${[10, 11, 12].map(record).join('\n')}\n`);
    const counter = new DailyCounter();
    expect(await countLogFile(file, counter)).toMatchObject({ format: 'netlify', lines: 3, counted: 0, withoutUserAgent: 3 });
    expect(table(counter, 1)).toEqual([]);
  });
  it('says in Vietnamese which file it cannot open, which line it cannot read and when nothing was read', async () => {
    const counter = new DailyCounter();
    await expect(countLogFile(join(dir, 'khong-co.log'), counter)).rejects.toThrow(`${join(dir, 'khong-co.log')}: không mở được tệp`);
    await expect(countLogFile(fixture('iis-w3c.log'), counter)).rejects.toThrow(
      `${fixture('iis-w3c.log')}, dòng 1: không nhận ra định dạng nhật ký.`,
    );
    writeFileSync(join(dir, 'trong.log'), '\n\n');
    await expect(countLogFile(join(dir, 'trong.log'), counter)).rejects.toThrow(`${join(dir, 'trong.log')}: không có dòng nào đọc được.`);
    writeFileSync(join(dir, 'hong.log.gz'), 'not gzip at all');
    await expect(countLogFile(join(dir, 'hong.log.gz'), counter)).rejects.toThrow(
      `${join(dir, 'hong.log.gz')}: không đọc được tệp (tệp .gz bị hỏng hoặc không phải gzip).`,
    );
    expect(counter.days.size).toBe(0);
  });
});
