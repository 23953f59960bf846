import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { DailyCounter, mergeDays, parseReachCsv, reachCsv, REACH_COLUMNS, type ReachRow } from '../../../src/reach/daily-counts.ts';

const ROOT = join(import.meta.dirname, '../../..');
const row = (date: string, key: string, count: number, extra: Partial<ReachRow> = {}): ReachRow => ({
  date,
  kind: key.startsWith('/') ? 'page' : 'code',
  key,
  count,
  sample: false,
  ...extra,
});
const counterOf = (hits: [string, string, number][]) => {
  const counter = new DailyCounter();
  for (const [date, key, times] of hits)
    for (let i = 0; i < times; i++) counter.add({ date, kind: key.startsWith('/') ? 'page' : 'code', key });
  return counter;
};

describe('DailyCounter', () => {
  it('leaves out each day-and-page count below the threshold, before anything is added up', () => {
    const counter = counterOf([
      ['2026-12-03', '/a/', 9],
      ['2026-12-04', '/a/', 9],
      ['2026-12-03', '/b/', 10],
      ['2026-12-03', 'WQGF', 11],
    ]);
    counter.cover('2026-12-05');
    const rows = counter.rows(10);
    expect(rows.get('2026-12-03')).toEqual([row('2026-12-03', '/b/', 10), row('2026-12-03', 'WQGF', 11)]);
    // 18 views of /a/ over two days, but never 10 in one day: not written at all.
    expect(rows.get('2026-12-04')).toEqual([]);
    expect(rows.get('2026-12-05')).toEqual([]);
  });
});

describe('mergeDays', () => {
  const existing = [row('2026-12-01', '/a/', 20), row('2026-12-02', '/a/', 30), row('2026-12-02', 'WQGF', 12)];
  it('replaces the days the log covers and keeps the others', () => {
    const fresh = new Map([['2026-12-02', [row('2026-12-02', '/a/', 45)]]]);
    const merged = mergeDays(existing, fresh);
    expect(merged.rows).toEqual([row('2026-12-01', '/a/', 20), row('2026-12-02', '/a/', 45)]);
    expect(merged.replaced).toEqual(['2026-12-02']);
  });
  it('changes nothing when the same counts come again', () => {
    const fresh = new Map([['2026-12-02', [row('2026-12-02', 'WQGF', 12), row('2026-12-02', '/a/', 30)]]]);
    expect(mergeDays(existing, fresh).rows).toEqual(existing);
  });
  it('keeps a day whose new total is lower (a partial log), unless asked to replace', () => {
    const fresh = new Map([['2026-12-01', [row('2026-12-01', '/a/', 11)]]]);
    const merged = mergeDays(existing, fresh);
    expect(merged.rows).toEqual(existing);
    expect(merged.kept).toEqual([{ date: '2026-12-01', recorded: 20, fresh: 11 }]);
    expect(mergeDays(existing, fresh, { replace: true }).rows[0]).toEqual(row('2026-12-01', '/a/', 11));
  });
  it('drops the sample rows with the first real counts', () => {
    const sample = [row('2026-11-16', '/', 52, { sample: true })];
    expect(mergeDays(sample, new Map()).rows).toEqual(sample);
    const merged = mergeDays(sample, new Map([['2026-12-03', [row('2026-12-03', '/', 10)]]]));
    expect(merged).toMatchObject({ rows: [row('2026-12-03', '/', 10)], droppedSample: true });
  });
});

describe('the counts file', () => {
  const rows = [row('2026-12-03', '/tai-lieu/x/', 12), row('2026-12-03', 'WQGF', 11), row('2026-12-04', '/bài/', 10, { sample: true })];
  it('is CSV with a BOM, CRLF and Vietnamese columns, read back as written', () => {
    const csv = reachCsv(rows);
    expect(csv.startsWith('\uFEFFNgày,Loại,Trang hoặc mã,Lượt,Dữ liệu mẫu\r\n2026-12-03,trang,/tai-lieu/x/,12,\r\n')).toBe(true);
    expect(parseReachCsv(csv, 'daily.csv')).toEqual({ rows, problems: [] });
  });
  it('names the file and line of each mistake, in Vietnamese', () => {
    const csv = `${REACH_COLUMNS.join(',')}\n2026-02-30,trang,/a/,12,\n2026-12-03,lượt,/a/,12,\n2026-12-03,mã,wp-admin,12,\n2026-12-03,trang,/a/,mười,\n2026-12-03,trang,/a/,12,\n2026-12-03,trang,/a/,13,\n`;
    expect(parseReachCsv(csv, 'content/reach/daily.csv').problems).toEqual([
      'content/reach/daily.csv, dòng 2: ngày "2026-02-30" phải có dạng NĂM-THÁNG-NGÀY, ví dụ 2026-11-20.',
      'content/reach/daily.csv, dòng 3: cột Loại phải là "trang" hoặc "mã", đang là "lượt".',
      'content/reach/daily.csv, dòng 4: "wp-admin" không phải mã ngắn.',
      'content/reach/daily.csv, dòng 5: số lượt "mười" phải là số nguyên dương.',
      'content/reach/daily.csv, dòng 7: ngày 2026-12-03, trang /a/ đã có ở dòng 6.',
    ]);
    expect(parseReachCsv('Date,Path,Count\n', 'x.csv').problems[0]).toBe(
      'x.csv, dòng 1: các cột phải là Ngày, Loại, Trang hoặc mã, Lượt, Dữ liệu mẫu; đang là Date, Path, Count.',
    );
  });
  it('ships as sample data the parser accepts, every row marked and at or above the default threshold', () => {
    const text = readFileSync(join(ROOT, 'content/reach/daily.csv'), 'utf8');
    const { rows: sample, problems } = parseReachCsv(text, 'content/reach/daily.csv');
    expect(problems).toEqual([]);
    expect(sample.length).toBeGreaterThan(10);
    expect(sample.every((r) => r.sample && r.count >= 10)).toBe(true);
    // A spreadsheet sees five columns on every line, the header included.
    const records: string[][] = parse(text.replace(/^\uFEFF/, ''));
    expect(new Set(records.map((r) => r.length))).toEqual(new Set([5]));
    expect(text).toBe(text.normalize('NFC'));
  });
});
