/**
 * `npm run reach -- <log files…>`: counts page views and short-code (QR) hits in the web server's
 * own access logs and merges the daily counts into content/reach/daily.csv (src/reach/). Nothing
 * about a visitor is written: no address, no user agent, no query string; counts below the
 * threshold are left out. Then prints reach per campaign, language and code for the whole file.
 *
 *   npm run reach -- /var/log/nginx/access.log*          every rotated file nginx keeps, .gz too
 *   npm run reach -- --threshold 20 nhat-ky.log           a higher threshold than the site setting
 *   npm run reach -- --replace nhat-ky.log                replace the days the log covers, even with lower counts
 *
 * Like `npm run links`, it commits the file it wrote (and nothing else): the CMS's local git
 * backend cannot save while a tracked file is changed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { calendarDate } from '../../calendar/dates.ts';
import { readSettings } from '../../collections/settings.ts';
import { contentRoot } from '../../collections/root.ts';
import { commitFiles } from '../commit-files.ts';
import { DEFAULT_LANGUAGE } from '../../i18n/languages.ts';
import { loadLinks } from '../../permalinks/links-data.ts';
import { DailyCounter, mergeDays, reachCsv, type ReachRow } from '../../reach/daily-counts.ts';
import { REACH_FILE, readReachFile } from '../../reach/reach-data.ts';
import { countLogFile, LogFileError } from '../../reach/log-files.ts';
import { reachReport } from '../../reach/reach-report.ts';
import { DEFAULT_REACH_THRESHOLD, MIN_REACH_THRESHOLD } from '../../schemas/settings.ts';

const USAGE =
  'Cách dùng: npm run reach -- [--threshold <số>] [--replace] <tệp nhật ký…>, ví dụ npm run reach -- /var/log/nginx/access.log*';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const cwd = process.cwd();
const root = contentRoot();
const args = (() => {
  try {
    return parseArgs({ allowPositionals: true, options: { threshold: { type: 'string' }, replace: { type: 'boolean' } } });
  } catch (error) {
    return fail(`${(error as Error).message.replace(/^Unknown option/, 'Không có tùy chọn')}\n${USAGE}`);
  }
})();
const files = args.positionals;
if (files.length === 0) fail(USAGE);

const reading = readSettings(cwd, root);
const settings = reading.settings;
const thresholdText = args.values.threshold;
if (thresholdText === undefined && !settings) {
  fail(
    `${reading.path}: chưa đọc được cài đặt trang (${reading.problems[0]?.message ?? ''}), nên chưa biết ngưỡng. Hãy sửa cài đặt, hoặc ghi ngưỡng vào lệnh: npm run reach -- --threshold 10 <tệp nhật ký…>`,
  );
}
const threshold = thresholdText === undefined ? (settings?.reachThreshold ?? DEFAULT_REACH_THRESHOLD) : Number(thresholdText);
if (!Number.isInteger(threshold) || threshold < MIN_REACH_THRESHOLD) {
  fail(
    `--threshold ${thresholdText}: ngưỡng phải là số nguyên từ ${MIN_REACH_THRESHOLD} trở lên, vì số nhỏ hơn có thể để lộ lượt xem của một người.`,
  );
}

const counter = new DailyCounter();
const summaries = [];
for (const file of files) {
  try {
    summaries.push(await countLogFile(file, counter));
  } catch (error) {
    if (error instanceof LogFileError) fail(`${error.message}\nChưa ghi gì; ${root}/${REACH_FILE} giữ nguyên.`);
    throw error;
  }
}
for (const s of summaries) {
  const skipped = s.skipped > 0 ? `; bỏ qua ${s.skipped} dòng không đúng định dạng (dòng đầu tiên: ${s.firstSkipped})` : '';
  console.log(`${s.file} (${s.format}): ${s.lines} dòng, đếm ${s.counted} lượt${skipped}.`);
  if (s.withoutUserAgent > 0) console.warn(withoutUserAgentWarning(s.file, s.withoutUserAgent, s.lines));
}

const countsFile = readReachFile(cwd, root);
if (countsFile.problems.length > 0)
  fail(`${countsFile.problems.map((p) => `  • ${p}`).join('\n')}\nHãy sửa tệp này rồi chạy lại; chưa ghi gì.`);
const out = countsFile.absolute;
const outName = countsFile.path;
const merged = mergeDays(countsFile.rows, counter.rows(threshold), { replace: args.values.replace === true });
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, reachCsv(merged.rows));

const dates = [...counter.days.keys()].sort();
console.log(
  `Đã ghi ${outName}: ${merged.replaced.length} ngày (${dates[0]} đến ${dates.at(-1)}), chỉ số lượt theo ngày, ngưỡng ${threshold}: số nhỏ hơn ${threshold} không được ghi.`,
);
if (merged.droppedSample) console.log('Đã xóa dữ liệu mẫu trong tệp: từ nay tệp chỉ có số liệu thật.');
for (const day of merged.kept) {
  console.warn(
    `Ngày ${day.date}: nhật ký lần này có ${day.fresh} lượt, ít hơn ${day.recorded} lượt đã ghi (có lẽ tệp chỉ chứa một phần của ngày đó); giữ số đã ghi. Muốn ghi đè, chạy lại với --replace.`,
  );
}
commitFiles(cwd, [outName], 'Lượt xem: ghi số liệu theo ngày từ nhật ký máy chủ (npm run reach)');
printSummary(merged.rows);

/** Reach per campaign, language and code over the whole file, with what each code leads to. */
function printSummary(rows: readonly ReachRow[]) {
  if (rows.length === 0) return;
  let site;
  let titles = new Map<string, string>();
  try {
    const links = loadLinks(cwd, root);
    const sources = links.entries.filter((e) => e.file.lang === DEFAULT_LANGUAGE);
    const materials = sources
      .filter((e) => e.file.collection === 'materials')
      .map((e) => ({ slug: e.file.slug, campaign: String(e.data.campaign) }));
    titles = new Map(sources.filter((e) => e.file.collection === 'campaigns').map((e) => [e.file.slug, String(e.data.title)]));
    site = { materials, languages: links.settings.languages, codes: links.resolution.codes };
  } catch (error) {
    console.warn(`Không đọc được nội dung trang để tổng hợp theo chiến dịch (${(error as Error).message.split('\n')[0]}).`);
    return;
  }
  const day = (iso: string) => calendarDate(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
  const report = reachReport(rows, { from: day(rows[0]!.date), to: day(rows.at(-1)!.date) }, site, threshold);
  const lines = [
    `Tổng hợp cả tệp, ${report.from} đến ${report.to}${report.sample ? ' (có dữ liệu mẫu)' : ''}: ${report.pageViews} lượt xem trang, ${report.scans} lượt quét mã. Đây là số tối thiểu: ngày nào một trang có dưới ${report.threshold} lượt thì không được tính.`,
    '  Theo chiến dịch:',
    ...report.byCampaign.map((c) => `    ${titles.get(c.campaign) ?? c.campaign}: ${c.pageViews} lượt xem, ${c.scans} lượt quét mã`),
    `    (trang không thuộc chiến dịch nào: ${report.unassigned.pageViews} lượt xem, ${report.unassigned.scans} lượt quét mã)`,
    '  Theo ngôn ngữ:',
    ...report.byLanguage
      .filter((l) => l.pageViews + l.scans > 0)
      .map((l) => `    ${l.lang}: ${l.pageViews} lượt xem, ${l.scans} lượt quét mã`),
    '  Theo mã QR (áp phích):',
    ...report.byCode.map((c) => `    ${c.code}${c.url ? ` → ${c.url} (${c.lang})` : ' (mã không có trong sổ mã)'}: ${c.scans} lượt`),
  ];
  console.log(lines.join('\n'));
}

/**
 * Why lines without a user agent were not counted, and how to log it: nginx's "common" format and
 * a Netlify drain that excludes personal data leave it out. The command reads it only to leave
 * bots out and never writes it, so logging it costs the visitors nothing here.
 */
function withoutUserAgentWarning(file: string, count: number, lines: number): string {
  const all = count === lines ? 'Không dòng nào' : `${count} trong ${lines} dòng`;
  return (
    `${file}: ${all} có thông tin trình duyệt (user agent), nên ${count === lines ? 'không lượt nào được đếm' : 'các dòng đó không được đếm'}: ` +
    'không phân biệt được người đọc với máy (bot). Lệnh chỉ đọc thông tin này để loại bot và không ghi nó ra đâu cả. ' +
    'Với nginx, dùng định dạng "combined" (mặc định). Với Netlify, bỏ chọn "Exclude personally identifiable information (PII)" trong Log Drains, ' +
    'nhưng chỉ khi nơi nhận nhật ký là máy chủ hoặc kho lưu trữ của chính cơ quan, vì khi đó nhật ký gửi đi có cả địa chỉ IP.'
  );
}
