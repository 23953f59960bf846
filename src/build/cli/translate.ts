/**
 * `npm run translate:export -- <slug|path> --lang <tag> [--format csv|xliff] [--out <file>]` writes
 * a material's translation sheet for a translator; `npm run translate:import -- <file> [--force]`
 * brings the filled-in sheet back as content/materials/<lang>/<slug>.mdx, unreviewed, and adds its
 * sentences to content/translation-memory/<lang>.csv (src/i18n/translation/). Messages are in
 * Vietnamese; a refused sheet writes nothing. CONTENT_DIR points at another content folder.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readGlossaries } from '../../collections/glossary.ts';
import { formatProblems } from '../../collections/problems.ts';
import { contentRoot } from '../../collections/root.ts';
import { commitFiles } from '../commit-files.ts';
import { DEFAULT_LANGUAGE, LANGUAGE_TAGS } from '../../i18n/languages.ts';
import { exportSheet, importSheet } from '../../i18n/translation/material.ts';
import {
  csvToSheet,
  memoryFromCsv,
  memoryToCsv,
  sheetToCsv,
  sheetToXliff,
  xliffToSheet,
  type Memory,
} from '../../i18n/translation/sheet.ts';
import type { GlossaryTerm } from '../../schemas/glossary.ts';

const [command, ...rest] = process.argv.slice(2);
const { values, positionals } = parseArgs({
  args: rest,
  allowPositionals: true,
  options: {
    lang: { type: 'string' },
    format: { type: 'string', default: 'csv' },
    out: { type: 'string' },
    force: { type: 'boolean', default: false },
  },
});
const root = resolve(contentRoot());
const tags = LANGUAGE_TAGS.filter((tag) => tag !== DEFAULT_LANGUAGE);
const usage = `Cách dùng: npm run translate:export -- <tên tài liệu> --lang <mã ngôn ngữ> [--format csv|xliff], hoặc npm run translate:import -- <tệp đã dịch> [--force]. Mã ngôn ngữ: ${tags.join(', ')}.`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const materialPath = (lang: string, slug: string) => join(root, 'materials', lang, `${slug}.mdx`);
const readIfExists = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined);

function glossaryOf(lang: string): GlossaryTerm[] {
  const { terms, problems } = readGlossaries(process.cwd(), contentRoot());
  const own = problems.filter((problem) => problem.path.endsWith(`/${lang}.yaml`));
  if (own.length > 0) fail(formatProblems(own));
  return terms.get(lang) ?? [];
}

const memoryPath = (lang: string) => join(root, 'translation-memory', `${lang}.csv`);
const memoryOf = (lang: string): Memory => {
  const text = readIfExists(memoryPath(lang));
  return text === undefined ? new Map() : memoryFromCsv(text);
};

if (command === 'export') {
  const [material] = positionals;
  const lang = values.lang;
  if (!material || !lang) fail(usage);
  if (!tags.includes(lang)) fail(`Ngôn ngữ "${lang}" không dịch được. ${usage}`);
  if (values.format !== 'csv' && values.format !== 'xliff') fail(`Định dạng "${values.format}" không có; chọn csv hoặc xliff.`);
  const slug = basename(material).replace(/\.mdx$/, '');
  const source = readIfExists(materialPath(DEFAULT_LANGUAGE, slug));
  if (source === undefined)
    fail(
      `Không thấy tài liệu tiếng Việt ${materialPath(DEFAULT_LANGUAGE, slug)}. Ghi tên tệp trong content/materials/vi/, ví dụ noi-tam-lanh-la-gi.`,
    );
  const sheet = exportSheet({
    slug,
    lang,
    source,
    existing: readIfExists(materialPath(lang, slug)),
    glossary: glossaryOf(lang),
    memory: memoryOf(lang),
  });
  // By default in translation-files/, which git ignores: a working file, not content.
  const target = resolve(values.out ?? join('translation-files', `${slug}.${lang}.${values.format === 'xliff' ? 'xlf' : 'csv'}`));
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, values.format === 'xliff' ? sheetToXliff(sheet) : sheetToCsv(sheet));
  const filled = sheet.rows.filter((row) => row.target !== '').length;
  console.log(
    `Đã xuất ${sheet.rows.length} đoạn của "${slug}" ra ${target} (${filled} đoạn điền sẵn, cần kiểm tra lại). Dịch ở cột thứ ba; giữ nguyên các ký hiệu ⟦…⟧; không sửa cột "Mã đoạn" và dòng "@".`,
  );
} else if (command === 'import') {
  const [file] = positionals;
  if (!file) fail(usage);
  const path = resolve(file);
  const text = readIfExists(path);
  if (text === undefined) fail(`Không thấy tệp ${path}.`);
  const fileName = basename(path);
  const read = /\.(xlf|xliff)$/i.test(path) ? xliffToSheet(text, fileName) : csvToSheet(text, fileName);
  if (!read.sheet) fail(`Chưa nhập được, không ghi gì:\n${read.problems.map((problem) => `  - ${problem}`).join('\n')}`);
  const { sheet } = read;
  if (!tags.includes(sheet.lang)) fail(`${fileName}: ngôn ngữ "${sheet.lang}" không dịch được. ${usage}`);
  const source = readIfExists(materialPath(DEFAULT_LANGUAGE, sheet.slug));
  if (source === undefined) fail(`${fileName}: không còn tài liệu tiếng Việt ${materialPath(DEFAULT_LANGUAGE, sheet.slug)}.`);
  const output = materialPath(sheet.lang, sheet.slug);
  const result = importSheet({
    sheet,
    fileName,
    source,
    existing: readIfExists(output),
    glossary: glossaryOf(sheet.lang),
    force: values.force,
  });
  for (const warning of result.warnings) console.warn(`Cảnh báo: ${warning}`);
  if (!result.file) fail(`Chưa nhập được, không ghi gì:\n${result.problems.map((problem) => `  - ${problem}`).join('\n')}`);
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, result.file);
  const memory = memoryOf(sheet.lang);
  for (const [from, to] of result.pairs) memory.set(from, to);
  mkdirSync(dirname(memoryPath(sheet.lang)), { recursive: true });
  writeFileSync(memoryPath(sheet.lang), memoryToCsv(memory));
  console.log(
    `Đã ghi ${output} (chưa duyệt) và thêm ${result.pairs.length} câu vào bộ nhớ dịch ${memoryPath(sheet.lang)}. Người bản ngữ duyệt xong thì bật "Đã được người bản ngữ duyệt" trong CMS.`,
  );
  // Committed at once, as npm run links does: the CMS cannot save while a file is left uncommitted.
  commitFiles(
    process.cwd(),
    [output, memoryPath(sheet.lang)],
    `Bản dịch ${sheet.lang} của ${sheet.slug}: nhập từ ${fileName}, chưa duyệt (npm run translate:import)`,
  );
} else {
  fail(usage);
}
