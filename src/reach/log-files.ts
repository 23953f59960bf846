/**
 * Reads access-log files, plain or gzip-compressed (`access.log.2.gz`, Logpush's `.log.gz`), line
 * by line into a DailyCounter, without keeping any line. The format is judged by each file's
 * first non-empty line; a line that does not fit is skipped and counted. Every problem is worded
 * in Vietnamese and names the file, and the line where there is one.
 */
import { createReadStream } from 'node:fs';
import { access, constants } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { countedHit, detectFormat, PARSERS, vietnamDate, type LogFormat } from './access-log.ts';
import type { DailyCounter } from './daily-counts.ts';

export interface LogFileSummary {
  file: string;
  format: LogFormat;
  /** Lines read as requests. */
  lines: number;
  /** Requests counted (page views and short-code hits). */
  counted: number;
  /** Lines that did not fit the format, and the first of them. */
  skipped: number;
  firstSkipped?: number;
  /** Requests whose line has no user agent: never counted, since a person cannot be told from a bot. */
  withoutUserAgent: number;
}

/** An input problem the command stops on, already worded for the agency. */
export class LogFileError extends Error {}

const FORMAT_NAMES =
  'nginx "combined" (hoặc "common"), nhật ký HTTP của Cloudflare (http_requests) hay nhật ký truy cập của Netlify (Log Drains, loại traffic), hai loại sau mỗi dòng một JSON';

/** Counts one file's hits into `counter`; throws LogFileError on a file that cannot be counted. */
export async function countLogFile(file: string, counter: DailyCounter): Promise<LogFileSummary> {
  try {
    await access(file, constants.R_OK);
  } catch {
    throw new LogFileError(`${file}: không mở được tệp (không có tệp này, hoặc không có quyền đọc).`);
  }
  const stream = createReadStream(file);
  const input = file.endsWith('.gz') ? stream.pipe(createGunzip()) : stream;
  const lines = createInterface({ input, crlfDelay: Infinity });
  let format: LogFormat | undefined;
  const summary: LogFileSummary = { file, format: 'nginx', lines: 0, counted: 0, skipped: 0, withoutUserAgent: 0 };
  let number = 0;
  try {
    for await (const raw of lines) {
      number++;
      const line = raw.trim();
      if (line === '') continue;
      if (!format) {
        format = detectFormat(line);
        if (!format) throw new LogFileError(`${file}, dòng ${number}: không nhận ra định dạng nhật ký. Lệnh đọc được ${FORMAT_NAMES}.`);
        summary.format = format;
      }
      const request = PARSERS[format](line);
      if (!request) {
        summary.skipped++;
        summary.firstSkipped ??= number;
        continue;
      }
      summary.lines++;
      if (request.userAgent === undefined) summary.withoutUserAgent++;
      const hit = countedHit(request);
      if (hit) {
        counter.add(hit);
        summary.counted++;
      } else {
        counter.cover(vietnamDate(request.time));
      }
    }
  } catch (error) {
    if (error instanceof LogFileError) throw error;
    const reason =
      (error as NodeJS.ErrnoException).code === 'Z_DATA_ERROR' ? 'tệp .gz bị hỏng hoặc không phải gzip' : (error as Error).message;
    throw new LogFileError(`${file}${number > 0 ? `, dòng ${number}` : ''}: không đọc được tệp (${reason}).`);
  } finally {
    stream.destroy();
  }
  if (summary.lines === 0) throw new LogFileError(`${file}: không có dòng nào đọc được. Lệnh đọc được ${FORMAT_NAMES}.`);
  return summary;
}
