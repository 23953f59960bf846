/**
 * Checks MDX bodies on their syntax tree (the build's own parser): the safety rules of
 * mdx-safety.ts, author-component props and the registry entries they name, images, and internal
 * links, which must lead to a page the build makes (site-routes.ts) or a file of public/.
 */
import { existsSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { AUTHOR_COMPONENTS, authorComponentProps, type AuthorComponentName } from '../components/author/index.ts';
import type { Settings } from '../schemas/settings.ts';
import { DEFAULT_LANGUAGE } from '../i18n/languages.ts';
import { legalNumberKey } from '../legal/number.ts';
import type { ContentFile } from './files.ts';
import { attributeValues, checkMdxSafety, isDangerousUrl, isJsxElement, walk } from './mdx-safety.ts';
import type { CheckedEntry, ContentProblem } from './problems.ts';
import { COLLECTIONS, type CollectionName } from './root.ts';
import { siteRoutes } from './site-routes.ts';

/** Runs the body checks on every valid MDX entry; an MDX file without a body is an error. */
export function checkBodies(cwd: string, files: ContentFile[], checked: Set<ContentFile>, entries: CheckedEntry[], settings: Settings | undefined): ContentProblem[] {
  const slugsOf = (collection: CollectionName) => new Set(files.filter((f) => f.collection === collection && f.lang === DEFAULT_LANGUAGE).map((f) => f.slug));
  const index: BodyIndex = {
    hotlines: slugsOf('hotlines'),
    legalNumbers: new Set(entries.filter((e) => e.file.collection === 'legal').map((e) => legalNumberKey(String(e.data.number)))),
    routes: settings ? siteRoutes(entries, settings.languages) : undefined,
    publicDir: resolve(cwd, 'public'),
  };
  const problems: ContentProblem[] = [];
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
    problems.push(...checkBody(file, index));
  }
  return problems;
}

export interface BodyIndex {
  hotlines: Set<string>;
  legalNumbers: Set<string>;
  /** Every internal URL path the build makes, or undefined when settings are broken. */
  routes?: Set<string>;
  /** Folder served at the site root (public/), for links to /files/… */
  publicDir: string;
}

/**
 * Checks an MDX body on its syntax tree (the build's own parser): the safety rules of
 * mdx-safety.ts, author-component props and the registry entries they name, images (exist, have
 * alt text, are local) and internal links (lead to a page the build makes).
 */
export function checkBody(file: Pick<ContentFile, 'path' | 'absolutePath' | 'body' | 'bodyLine'>, index: BodyIndex): ContentProblem[] {
  const { tree, problems: found } = checkMdxSafety(file.body);
  const problems: ContentProblem[] = [];
  const at = (line: number | undefined, field: string | undefined, message: string) =>
    problems.push({ path: file.path, line: line === undefined ? undefined : file.bodyLine + line - 1, field, message });
  for (const p of found) at(p.line, p.field, p.message);
  if (!tree) return problems;

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
      if (target !== undefined && !routeExists(target, index)) {
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

/** A file the build makes (`/rss.xml`, `/lich.ics`) or one of public/; else a page, with or without its final slash. */
function routeExists(path: string, index: BodyIndex): boolean {
  if (extname(path) !== '') return index.routes!.has(path) || existsSync(join(index.publicDir, path));
  const withSlash = path.endsWith('/') ? path : `${path}/`;
  return index.routes!.has(withSlash);
}
