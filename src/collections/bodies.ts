/**
 * Checks MDX bodies on their syntax tree (the build's own parser): the safety rules of
 * mdx-safety.ts, author-component props and the registry entries they name, images, internal
 * links, which must lead to a page the build makes (site-routes.ts) or a file of public/, and the
 * phone numbers written as text (prose-numbers.ts), in bodies and in every entry's fields.
 */
import { existsSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { AUTHOR_COMPONENTS, authorComponentProps, type AuthorComponentName } from '../components/author/index.ts';
import type { Settings } from '../schemas/settings.ts';
import { isoDate } from '../calendar/dates.ts';
import { DEFAULT_LANGUAGE } from '../i18n/languages.ts';
import { legalNumberKey } from '../legal/number.ts';
import { scheduledLinkMessage } from '../site/schedule.ts';
import type { ContentFile } from './files.ts';
import { attributeValues, checkMdxSafety, isDangerousUrl, isJsxElement, walk, type MdxNode } from './mdx-safety.ts';
import type { CheckedEntry, ContentProblem } from './problems.ts';
import { numberProblems, phoneDigits, type NumberPlace, type NumberRegistry } from './prose-numbers.ts';
import { COLLECTIONS, type CollectionName } from './root.ts';
import { scheduledRoutes, siteRoutes } from './site-routes.ts';

/**
 * Runs the body checks on every valid MDX entry (an MDX file without a body is an error) and the
 * phone-number check on the fields of every valid entry but the hotline registry's own.
 */
export function checkBodies(cwd: string, files: ContentFile[], checked: Set<ContentFile>, entries: CheckedEntry[], settings: Settings | undefined): ContentProblem[] {
  const slugsOf = (collection: CollectionName) => new Set(files.filter((f) => f.collection === collection && f.lang === DEFAULT_LANGUAGE).map((f) => f.slug));
  const index: BodyIndex = {
    hotlines: slugsOf('hotlines'),
    hotlineNumbers: new Set(
      [...entries.filter((e) => e.file.collection === 'hotlines').map((e) => String(e.data.number)), settings?.contact.phone]
        .filter((number) => number !== undefined)
        .map(phoneDigits),
    ),
    legalNumbers: new Set(entries.filter((e) => e.file.collection === 'legal').map((e) => legalNumberKey(String(e.data.number)))),
    routes: settings ? siteRoutes(entries, settings.languages) : undefined,
    scheduled: settings ? scheduledRoutes(entries, settings.languages) : undefined,
    publicDir: resolve(cwd, 'public'),
  };
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    if (entry.file.collection !== 'hotlines') problems.push(...checkFieldNumbers(entry.file, index));
  }
  // A translation goes public with its Vietnamese source, whatever its own file says (src/site/schedule.ts).
  const sourceDates = new Map(
    entries
      .filter((e) => e.file.lang === DEFAULT_LANGUAGE && e.data.published instanceof Date)
      .map((e) => [`${e.file.collection}/${e.file.slug}`, e.data.published as Date]),
  );
  for (const file of files) {
    if (!checked.has(file) || COLLECTIONS[file.collection].extension !== 'mdx') continue;
    if (file.body.trim() === '') {
      problems.push({
        path: file.path,
        line: file.bodyLine,
        message: 'Bài chỉ có phần thông tin đầu trang, chưa có nội dung. Hãy viết nội dung bên dưới dòng "---" thứ hai, hoặc đánh dấu bài là bản nháp (draft: true).',
      });
      continue;
    }
    problems.push(...checkBody(file, index, sourceDates.get(`${file.collection}/${file.slug}`)));
  }
  return problems;
}

export interface BodyIndex {
  hotlines: Set<string>;
  /** The hotline registry's numbers, digits only (and the agency's own contact number from settings). */
  hotlineNumbers: Set<string>;
  legalNumbers: Set<string>;
  /** Every internal URL path the build makes, or undefined when settings are broken. */
  routes?: Set<string>;
  /** The pages of materials scheduled after today (path → the date they go public), or undefined when settings are broken. */
  scheduled?: Map<string, Date>;
  /** Folder served at the site root (public/), for links to /files/… */
  publicDir: string;
}

const registryOf = (index: BodyIndex): NumberRegistry => ({ numbers: index.hotlineNumbers, ids: [...index.hotlines] });

/**
 * The phone numbers in an entry's fields (frontmatter or YAML data): every string, nested objects
 * and lists included, named by its dotted path and line. A git version (translation.sourceVersion)
 * is not text.
 */
export function checkFieldNumbers(file: Pick<ContentFile, 'path' | 'data' | 'lineOf'>, index: BodyIndex): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const registry = registryOf(index);
  const visit = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') {
      for (const p of numberProblems(value, registry, 'field'))
        problems.push({ path: file.path, line: file.lineOf(path), field: path.join('.'), message: p.message });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, [...path, i]));
    } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
      for (const [key, item] of Object.entries(value)) if (key !== 'sourceVersion') visit(item, [...path, key]);
    }
  };
  visit(file.data, []);
  return problems;
}

/** Inline (phrasing) nodes: their text is read together, so "Gọi **1800** 1567" is one number. */
const INLINE = new Set([
  'text',
  'inlineCode',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'mdxJsxTextElement',
  'break',
  'image',
  'imageReference',
]);

interface TextPiece {
  value: string;
  line: number;
}

/** The text of a node's inline children, in reading order, each piece with the line it starts on. */
function inlineText(node: MdxNode, line: number, pieces: TextPiece[] = []): TextPiece[] {
  for (const child of node.children ?? []) {
    if (!INLINE.has(child.type)) continue;
    const at = child.position?.start.line ?? line;
    if ((child.type === 'text' || child.type === 'inlineCode') && typeof child.value === 'string')
      pieces.push({ value: child.value, line: at });
    else if (child.type === 'break') pieces.push({ value: '\n', line: at });
    else if (child.type === 'image' && child.alt) pieces.push({ value: ` ${child.alt} `, line: at });
    else inlineText(child, at, pieces);
  }
  return pieces;
}

/** The 1-based body line of `offset` in text made of `pieces`. */
function lineAt(pieces: readonly TextPiece[], offset: number): number {
  let start = 0;
  for (const piece of pieces) {
    if (offset < start + piece.value.length) return piece.line + (piece.value.slice(0, offset - start).match(/\n/g)?.length ?? 0);
    start += piece.value.length;
  }
  return pieces.at(-1)?.line ?? 1;
}

/**
 * The phone numbers written in a body: the text of every paragraph, heading, table cell and
 * component (children of <Hotline>, <Callout>… included), code, tel: links, and the text
 * attributes of author components (<Callout title="…">).
 */
function bodyNumberProblems(tree: MdxNode, index: BodyIndex): { line: number; field: string; message: string }[] {
  const registry = registryOf(index);
  const found: { line: number; field: string; message: string }[] = [];
  const report = (pieces: TextPiece[], field: string, place: NumberPlace) => {
    const text = pieces.map((p) => p.value).join('');
    for (const p of numberProblems(text, registry, place)) found.push({ line: lineAt(pieces, p.index), field, message: p.message });
  };
  for (const node of walk(tree)) {
    const line = node.position?.start.line ?? 1;
    if (!INLINE.has(node.type) && (node.children ?? []).some((child) => INLINE.has(child.type)))
      report(inlineText(node, line), 'số điện thoại', 'body');
    if (node.type === 'code' && typeof node.value === 'string') report([{ value: node.value, line: line + 1 }], 'số điện thoại', 'body');
    if (node.type === 'link' && typeof node.url === 'string' && /^tel:/i.test(node.url))
      report([{ value: node.url.slice(4), line }], 'link', 'body');
    if (isJsxElement(node) && (AUTHOR_COMPONENTS as readonly string[]).includes(node.name ?? '')) {
      for (const [name, value] of Object.entries(attributeValues(node))) {
        if (node.name === 'Hotline' && name === 'id') continue;
        for (const p of numberProblems(value, registry, 'field'))
          found.push({ line, field: node.name!, message: `Thẻ <${node.name}>, thuộc tính "${name}": ${p.message}` });
      }
    }
  }
  return found;
}

/**
 * Checks an MDX body on its syntax tree (the build's own parser): the safety rules of
 * mdx-safety.ts, author-component props and the registry entries they name, images (exist, have
 * alt text, are local), internal links (lead to a page the build makes, or to a scheduled one no
 * later than the page itself goes public: `published`, its Vietnamese source's date) and phone
 * numbers (in the hotline registry, or marked as examples).
 */
export function checkBody(
  file: Pick<ContentFile, 'path' | 'absolutePath' | 'body' | 'bodyLine'>,
  index: BodyIndex,
  published?: Date,
): ContentProblem[] {
  const { tree, problems: found } = checkMdxSafety(file.body);
  const problems: ContentProblem[] = [];
  const at = (line: number | undefined, field: string | undefined, message: string) =>
    problems.push({ path: file.path, line: line === undefined ? undefined : file.bodyLine + line - 1, field, message });
  for (const p of found) at(p.line, p.field, p.message);
  if (!tree) return problems;
  for (const p of bodyNumberProblems(tree, index)) at(p.line, p.field, p.message);

  for (const node of walk(tree)) {
    const line = node.position?.start.line;
    if (isJsxElement(node) && (AUTHOR_COMPONENTS as readonly string[]).includes(node.name ?? '')) {
      const name = node.name as AuthorComponentName;
      if ((node.attributes ?? []).some((a) => a.type !== 'mdxJsxAttribute' || (a.value !== null && typeof a.value === 'object'))) continue;
      const attributes = attributeValues(node);
      const parsed = authorComponentProps[name].safeParse(attributes);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          at(
            line,
            name,
            issue.code === 'unrecognized_keys'
              ? `Thẻ <${name}> không dùng thuộc tính ${issue.keys.map((k) => `"${k}"`).join(', ')}. Hãy xóa thuộc tính đó (xem hướng dẫn soạn thảo).`
              : `Thẻ <${name}>, thuộc tính "${issue.path.join('.')}": ${issue.message}`,
          );
        }
        continue;
      }
      if (name === 'Hotline' && !index.hotlines.has(attributes.id!)) {
        at(line, name, `Không có đường dây nóng "${attributes.id}" trong danh bạ. Các mã có sẵn: ${[...index.hotlines].join(', ')}.`);
      }
      if (name === 'LegalRef' && !index.legalNumbers.has(legalNumberKey(attributes.number!))) {
        at(line, name, `Văn bản "${attributes.number}" chưa có trong thư viện văn bản. Hãy thêm văn bản hoặc sửa số hiệu.`);
      }
      if (name === 'Download' && !existsSync(join(index.publicDir, 'files', attributes.file!))) {
        at(line, name, `Không tìm thấy tệp "${attributes.file}" trong thư mục public/files. Hãy tải tệp lên hoặc sửa tên tệp.`);
      }
    }
    if (node.type === 'image' && typeof node.url === 'string' && !isDangerousUrl(node.url)) {
      const src = node.url;
      if ((node.alt ?? '').trim() === '') at(line, 'image', `Ảnh "${src}" thiếu mô tả (alt). Hãy viết mô tả trong ngoặc vuông: ![mô tả ảnh](${src}).`);
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) {
        at(line, 'image', `Ảnh "${src}" nằm ở trang web khác. Trang không tải gì từ bên ngoài: hãy tải ảnh lên thư mục media và ghi ../../media/ten-anh.jpg.`);
      } else if (!existsSync(resolve(dirname(file.absolutePath), decodeURI(src)))) {
        at(line, 'image', `Không tìm thấy tệp ảnh "${src}". Hãy tải ảnh lên thư mục media hoặc sửa đường dẫn.`);
      }
    }
    if ((node.type === 'link' || node.type === 'definition') && typeof node.url === 'string' && index.routes) {
      const target = internalPath(node.url);
      const scheduledOn = target === undefined ? undefined : index.scheduled?.get(routeKey(target));
      if (target !== undefined && scheduledOn !== undefined && !routeExists(target, index)) {
        if (published === undefined || isoDate(published) < isoDate(scheduledOn))
          at(line, 'link', scheduledLinkMessage(node.url, scheduledOn));
      } else if (target !== undefined && !routeExists(target, index)) {
        at(
          line,
          'link',
          `Liên kết "${node.url}" dẫn tới trang không có trên trang web. Hãy sửa địa chỉ theo đường dẫn của trang, ví dụ /tai-lieu/ten-tep/ (tên tệp, không dấu), hoặc xóa liên kết.`,
        );
      }
    }
  }
  return problems;
}

/** The path of a site-internal link (`/tai-lieu/x/#muc`), without query and hash; undefined otherwise. */
function internalPath(url: string): string | undefined {
  if (!url.startsWith('/') || url.startsWith('//')) return undefined;
  const path = url.replace(/[?#].*$/, '');
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/** A path as the routes hold it: a page with its final slash, a file (`/rss.xml`) as it is. */
function routeKey(path: string): string {
  return extname(path) !== '' || path.endsWith('/') ? path : `${path}/`;
}

/** A file the build makes (`/rss.xml`, `/lich.ics`) or one of public/; else a page, with or without its final slash. */
function routeExists(path: string, index: BodyIndex): boolean {
  if (extname(path) !== '') return index.routes!.has(path) || existsSync(join(index.publicDir, path));
  return index.routes!.has(routeKey(path));
}
