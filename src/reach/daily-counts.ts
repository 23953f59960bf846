/**
 * Daily counts: what reach counting keeps, and the CSV file the agency commits
 * (content/reach/daily.csv). One row per day, kind and page or code, with its count; nothing
 * about any visitor. Counts below the threshold are left out, each day and page (or code) on its
 * own and before anything is added up, so every sum made from the file is a lower bound.
 *
 * Merging a new log into the file replaces the days the log covers, so running the same logs
 * again changes nothing. A day whose new total is smaller than the one recorded (a log that holds
 * only part of that day, such as the oldest rotated file) keeps its recorded rows, unless the
 * caller asks to replace. The first real counts drop the shipped sample rows. Pure: knows no files.
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { isValidCode } from '../permalinks/short-links.ts';
import type { Hit } from './access-log.ts';

export interface ReachRow {
  /** Calendar day in Asia/Ho_Chi_Minh, YYYY-MM-DD. */
  date: string;
  kind: 'page' | 'code';
  /** A page's path (`/tai-lieu/x/`) or a short code (`7K2P`). */
  key: string;
  /** Page views or short-code hits that day; never below the threshold it was written with. */
  count: number;
  /** Set on the sample rows shipped with the site, which are not real counts. */
  sample: boolean;
}

/** The file's columns, in Vietnamese for the agency opening it in Excel. */
export const REACH_COLUMNS = ['Ngày', 'Loại', 'Trang hoặc mã', 'Lượt', 'Dữ liệu mẫu'] as const;
const KIND_WORDS: Record<ReachRow['kind'], string> = { page: 'trang', code: 'mã' };
const SAMPLE_WORD = 'mẫu';

/** Counts of one log read: for each day it covers, the hits by kind and key. */
export class DailyCounter {
  /** Day → `${kind} ${key}` → hits. Every day a recognised line falls on is here, counted or not. */
  readonly days = new Map<string, Map<string, number>>();

  /** A recognised line's day, whether it was counted or not: the day is covered by the log. */
  cover(date: string): void {
    if (!this.days.has(date)) this.days.set(date, new Map());
  }

  add(hit: Hit): void {
    this.cover(hit.date);
    const day = this.days.get(hit.date)!;
    const id = `${hit.kind} ${hit.key}`;
    day.set(id, (day.get(id) ?? 0) + 1);
  }

  /** The rows at or above `threshold`, by day; days with nothing left are still listed. */
  rows(threshold: number): Map<string, ReachRow[]> {
    const out = new Map<string, ReachRow[]>();
    for (const [date, counts] of this.days) {
      const rows: ReachRow[] = [];
      for (const [id, count] of counts) {
        if (count < threshold) continue;
        const space = id.indexOf(' ');
        rows.push({ date, kind: id.slice(0, space) as ReachRow['kind'], key: id.slice(space + 1), count, sample: false });
      }
      out.set(date, rows);
    }
    return out;
  }
}

const total = (rows: readonly ReachRow[]) => rows.reduce((sum, row) => sum + row.count, 0);

export interface MergeResult {
  rows: ReachRow[];
  /** Days whose rows were written from the new log. */
  replaced: string[];
  /** Days kept as recorded because the new log had fewer hits for them. */
  kept: { date: string; recorded: number; fresh: number }[];
  /** Whether the sample rows were removed. */
  droppedSample: boolean;
}

/** The file's rows with the new counts merged in (see the module comment), sorted. */
export function mergeDays(
  existing: readonly ReachRow[],
  fresh: ReadonlyMap<string, readonly ReachRow[]>,
  options: { replace?: boolean } = {},
): MergeResult {
  const droppedSample = fresh.size > 0 && existing.some((row) => row.sample);
  const byDay = new Map<string, ReachRow[]>();
  for (const row of existing) {
    if (droppedSample && row.sample) continue;
    byDay.set(row.date, [...(byDay.get(row.date) ?? []), row]);
  }
  const replaced: string[] = [];
  const kept: MergeResult['kept'] = [];
  for (const [date, rows] of [...fresh].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const recorded = total(byDay.get(date) ?? []);
    if (options.replace || total(rows) >= recorded) {
      byDay.set(date, [...rows]);
      replaced.push(date);
    } else {
      kept.push({ date, recorded, fresh: total(rows) });
    }
  }
  return { rows: sortRows([...byDay.values()].flat()), replaced, kept, droppedSample };
}

function sortRows(rows: ReachRow[]): ReachRow[] {
  const order = (row: ReachRow) => `${row.date} ${row.kind === 'page' ? 0 : 1} ${row.key}`;
  return rows.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}

/** The file as CSV: UTF-8 with a BOM and CRLF, so that Excel opens it with its Vietnamese intact. */
export function reachCsv(rows: readonly ReachRow[]): string {
  const records = rows.map((row) => [row.date, KIND_WORDS[row.kind], row.key, String(row.count), row.sample ? SAMPLE_WORD : '']);
  return `\uFEFF${stringify([[...REACH_COLUMNS], ...records], { record_delimiter: '\r\n' })}`;
}

/** A real calendar date written YYYY-MM-DD (2026-02-30 is refused, not rolled over). */
export function isIsoDate(text: string): boolean {
  const time = Date.parse(`${text}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text;
}

/** Reads the file; every problem names the file and line, in Vietnamese. */
export function parseReachCsv(text: string, file: string): { rows: ReachRow[]; problems: string[] } {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true });
  } catch (error) {
    return { rows: [], problems: [`${file}: không đọc được bảng CSV (${(error as Error).message}).`] };
  }
  const header = records[0]?.map((cell) => cell.trim().normalize('NFC')) ?? [];
  if (header.length > 0 && REACH_COLUMNS.some((column, i) => header[i] !== column)) {
    return { rows: [], problems: [`${file}, dòng 1: các cột phải là ${REACH_COLUMNS.join(', ')}; đang là ${header.join(', ')}.`] };
  }
  const rows: ReachRow[] = [];
  const problems: string[] = [];
  const seen = new Map<string, number>();
  records.slice(1).forEach((cells, index) => {
    const line = index + 2;
    const [date = '', kindWord = '', key = '', countText = '', sampleWord = ''] = cells.map((cell) => cell.trim().normalize('NFC'));
    const at = `${file}, dòng ${line}`;
    const kind = (Object.keys(KIND_WORDS) as ReachRow['kind'][]).find((k) => KIND_WORDS[k] === kindWord);
    const count = Number(countText);
    if (!isIsoDate(date)) {
      problems.push(`${at}: ngày "${date}" phải có dạng NĂM-THÁNG-NGÀY, ví dụ 2026-11-20.`);
    } else if (!kind) {
      problems.push(`${at}: cột Loại phải là "${KIND_WORDS.page}" hoặc "${KIND_WORDS.code}", đang là "${kindWord}".`);
    } else if (kind === 'page' ? !/^\/(?:.*\/)?$/.test(key) : !isValidCode(key)) {
      problems.push(`${at}: "${key}" không phải ${kind === 'page' ? 'địa chỉ trang (bắt đầu và kết thúc bằng /)' : 'mã ngắn'}.`);
    } else if (!Number.isInteger(count) || count < 1 || countText === '') {
      problems.push(`${at}: số lượt "${countText}" phải là số nguyên dương.`);
    } else if (sampleWord !== '' && sampleWord !== SAMPLE_WORD) {
      problems.push(`${at}: cột Dữ liệu mẫu để trống hoặc ghi "${SAMPLE_WORD}".`);
    } else if (seen.has(`${date} ${kind} ${key}`)) {
      problems.push(`${at}: ngày ${date}, ${KIND_WORDS[kind]} ${key} đã có ở dòng ${seen.get(`${date} ${kind} ${key}`)}.`);
    } else {
      seen.set(`${date} ${kind} ${key}`, line);
      rows.push({ date, kind, key, count, sample: sampleWord === SAMPLE_WORD });
    }
  });
  return { rows, problems };
}
