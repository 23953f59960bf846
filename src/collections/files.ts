/**
 * Reads the files under content/ into plain records: where each file is, its language and slug,
 * its parsed frontmatter (or YAML data) with line numbers, and its body. Knows no schema.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { COLLECTIONS, type CollectionName } from './root.ts';
import { DEFAULT_LANGUAGE } from '../i18n/languages.ts';

export interface ContentFile {
  /** Path relative to the repository (or fixture) root, with forward slashes, e.g. content/materials/vi/x.mdx. */
  path: string;
  absolutePath: string;
  collection: CollectionName;
  lang: string;
  slug: string;
  /** Frontmatter of an MDX file, or the whole document of a YAML file. */
  data: unknown;
  /** The MDX body (empty for YAML). */
  body: string;
  /** 1-based line in the file where the body starts. */
  bodyLine: number;
  /** Problems found while reading (YAML syntax, missing frontmatter...), already in Vietnamese. */
  readErrors: { line?: number; message: string }[];
  /** 1-based line of a frontmatter field, if it is present. */
  lineOf: (path: readonly (string | number)[]) => number | undefined;
}

/** Whether a file holds nothing but whitespace (or a BOM). */
export function isBlankFile(absolutePath: string): boolean {
  return statSync(absolutePath).size < 64 && readFileSync(absolutePath, 'utf8').replace(/^\uFEFF/, '').trim() === '';
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Lists every content file of every collection below `root` (e.g. `content`), sorted. */
export function readContentFiles(cwd: string, root: string): ContentFile[] {
  const files: ContentFile[] = [];
  for (const collection of Object.keys(COLLECTIONS) as CollectionName[]) {
    const dir = resolve(cwd, root, collection);
    if (!existsSync(dir)) continue;
    for (const lang of readdirSync(dir).sort()) {
      const langDir = join(dir, lang);
      if (!statSync(langDir).isDirectory()) continue;
      for (const name of readdirSync(langDir).sort()) {
        const absolutePath = join(langDir, name);
        if (!statSync(absolutePath).isFile() || name.startsWith('.')) continue;
        // The CMS writes a blank file for every language nobody has translated yet: that is "no translation".
        if (lang !== DEFAULT_LANGUAGE && isBlankFile(absolutePath)) continue;
        files.push(readContentFile(absolutePath, relative(cwd, absolutePath).split('\\').join('/'), collection, lang, name));
      }
    }
  }
  return files;
}

export function readContentFile(absolutePath: string, path: string, collection: CollectionName, lang: string, name: string): ContentFile {
  const raw = readFileSync(absolutePath, 'utf8');
  const slug = name.replace(/\.[^.]+$/, '');
  const readErrors: ContentFile['readErrors'] = [];
  const isYaml = COLLECTIONS[collection].extension === 'yaml';
  let yamlText = '';
  let yamlOffsetLines = 0;
  let body = '';
  let bodyLine = 1;

  const text = raw.replace(/^\uFEFF/, '');
  if (text.length !== raw.length) {
    readErrors.push({ line: 1, message: 'Tệp bắt đầu bằng ký tự BOM ẩn. Hãy lưu lại tệp dạng UTF-8 không BOM.' });
  }
  if (text.trim() === '') {
    readErrors.push({ line: 1, message: 'Tệp rỗng. Hãy điền nội dung hoặc xóa tệp.' });
  } else if (isYaml) {
    yamlText = text;
  } else {
    const match = FRONTMATTER.exec(text);
    if (!match) {
      readErrors.push({ line: 1, message: 'Thiếu phần thông tin đầu trang (frontmatter) nằm giữa hai dòng "---". Hãy thêm tiêu đề và các trường bắt buộc.' });
      body = text;
    } else {
      yamlText = match[1]!;
      yamlOffsetLines = 1;
      body = text.slice(match[0].length);
      bodyLine = (match[0].match(/\n/g)?.length ?? 0) + 1;
    }
  }

  const lineCounter = new LineCounter();
  let doc: Document | undefined;
  let data: unknown = undefined;
  if (yamlText !== '') {
    // YAML 1.2 plus timestamps: the same reading as js-yaml, which Astro uses for the build, so an
    // unquoted date-like value (`title: 2026-11-15`) is a date here too, not only in the build.
    doc = parseDocument(yamlText, { lineCounter, uniqueKeys: true, prettyErrors: false, version: '1.2', customTags: ['timestamp'] });
    for (const error of doc.errors) {
      const line = error.linePos?.[0]?.line ?? (error.pos ? lineCounter.linePos(error.pos[0]).line : undefined);
      readErrors.push({ line: line !== undefined ? line + yamlOffsetLines : undefined, message: yamlErrorMessage(error.code) });
    }
    if (doc.errors.length === 0) data = doc.toJS();
    if (doc.errors.length === 0 && !isMap(doc.contents)) {
      readErrors.push({ line: 1 + yamlOffsetLines, message: 'Phần thông tin phải là các dòng "tên trường: giá trị".' });
    }
  }

  const lineOf = (fieldPath: readonly (string | number)[]) => {
    if (!doc || fieldPath.length === 0) return undefined;
    for (let depth = fieldPath.length; depth > 0; depth--) {
      const parent = depth > 1 ? doc.getIn(fieldPath.slice(0, depth - 1), true) : doc.contents;
      if (isMap(parent)) {
        const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === fieldPath[depth - 1]);
        const range = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
        if (range) return lineCounter.linePos(range[0]).line + yamlOffsetLines;
      }
      const node = doc.getIn(fieldPath.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line + yamlOffsetLines;
    }
    return undefined;
  };

  return { path, absolutePath, collection, lang, slug, data, body, bodyLine, readErrors, lineOf };
}

function yamlErrorMessage(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'Một trường được khai báo hai lần. Hãy xóa dòng bị lặp.';
    case 'TAB_AS_INDENT':
      return 'Dòng thụt lề bằng phím Tab. Hãy dùng dấu cách thay cho Tab.';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'Thụt lề hoặc dấu câu không đúng cú pháp YAML. Hãy kiểm tra dấu hai chấm và khoảng trắng đầu dòng.';
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'Giá trị có dấu hai chấm (ví dụ "Lưu ý: đọc kỹ") nên bị hiểu sai. Hãy đặt cả giá trị trong dấu ngoặc kép: title: "Lưu ý: đọc kỹ".';
    case 'MULTILINE_IMPLICIT_KEY':
    case 'UNEXPECTED_TOKEN':
      return 'Dòng không đúng dạng "tên trường: giá trị". Nếu giá trị có dấu hai chấm, hãy đặt nó trong dấu ngoặc kép.';
    default:
      return `Lỗi cú pháp YAML (${code}). Hãy kiểm tra dòng này: dấu hai chấm, dấu ngoặc kép đóng mở đủ cặp và khoảng trắng đầu dòng.`;
  }
}
