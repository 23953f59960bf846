/**
 * `npm run i18n:export -- <tag> <file.csv>` writes a language's UI dictionary as a spreadsheet for
 * its translator or reviewer; `npm run i18n:import -- <tag> <file.csv>` brings the filled-in sheet
 * back into src/i18n/<tag>.json (src/i18n/dictionary-csv.ts). Messages are in Vietnamese; a
 * refused sheet writes nothing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { csvToDictionary, dictionaryToCsv } from '../../i18n/dictionary-csv.ts';
import { DEFAULT_LANGUAGE, LANGUAGE_TAGS } from '../../i18n/languages.ts';
import type { Dictionary } from '../../i18n/translate.ts';

const [command, lang, csvPath] = process.argv.slice(2);
const folder = join(process.cwd(), 'src/i18n');
const usage = `Cách dùng: npm run i18n:export -- <mã ngôn ngữ> <tệp.csv>, hoặc npm run i18n:import -- <mã ngôn ngữ> <tệp.csv>. Mã ngôn ngữ: ${LANGUAGE_TAGS.filter((tag) => tag !== DEFAULT_LANGUAGE).join(', ')}.`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if ((command !== 'export' && command !== 'import') || !lang || !csvPath) fail(usage);
if (lang === DEFAULT_LANGUAGE || !LANGUAGE_TAGS.includes(lang)) fail(`Ngôn ngữ "${lang}" không dịch được. ${usage}`);
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
const reference = readJson(join(folder, `${DEFAULT_LANGUAGE}.json`)) as Dictionary;
const dictionaryPath = join(folder, `${lang}.json`);
const current = existsSync(dictionaryPath) ? readJson(dictionaryPath) : {};
const target = resolve(csvPath);

if (command === 'export') {
  writeFileSync(target, dictionaryToCsv(lang, current, reference));
  console.log(`Đã xuất ${Object.keys(reference).length} chuỗi giao diện ${lang} ra ${target}. Chuỗi an toàn ở đầu bảng; cột "Đã duyệt" ghi "có" khi người bản ngữ đã duyệt.`);
} else {
  if (!existsSync(target)) fail(`Không thấy tệp ${target}.`);
  const result = csvToDictionary(lang, readFileSync(target, 'utf8'), csvPath, current, reference);
  if (!result.file) fail(`Chưa nhập được, src/i18n/${lang}.json giữ nguyên:\n${result.problems.map((problem) => `  - ${problem}`).join('\n')}`);
  writeFileSync(dictionaryPath, `${JSON.stringify(result.file, null, 2)}\n`);
  console.log(
    `Đã nhập vào src/i18n/${lang}.json: ${result.changed.length} chuỗi thay đổi, ${result.reviewed.length} chuỗi mới được đánh dấu đã duyệt. Chuỗi sửa mà không ghi "có" ở cột "Đã duyệt" là bản nháp, hiện kèm tiếng Việt.`,
  );
}
