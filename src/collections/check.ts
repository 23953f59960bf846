/**
 * Checks everything under content/ against the schemas and against each other, and explains
 * every problem to an editor in Vietnamese: which file, which line, which field, what to do.
 * Runs before every build and dev start, and alone as `npm run check:content`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import type { ImageMetadata } from 'astro';
import { z } from 'astro/zod';
import { AUTHOR_COMPONENTS, authorComponentProps, type AuthorComponentName } from '../schemas/author-components.ts';
import { campaignSchema } from '../schemas/campaign.ts';
import { eventSchema } from '../schemas/event.ts';
import type { ImageHelper } from '../schemas/fields.ts';
import { hotlineSchema } from '../schemas/hotline.ts';
import { legalSchema } from '../schemas/legal.ts';
import { MATERIAL_KINDS, materialSchema } from '../schemas/material.ts';
import { pageSchema } from '../schemas/page.ts';
import { quizSchema } from '../schemas/quiz.ts';
import { checkQuizCitations } from './quiz-check.ts';
import { settingsSchema, type Settings } from '../schemas/settings.ts';
import { COLLECTIONS, type CollectionName } from './root.ts';
import { readContentFile, readContentFiles, type ContentFile } from './files.ts';
import { DEFAULT_LANGUAGE, isLanguageTag, LANGUAGE_TAGS } from '../i18n/languages.ts';
import { legalNumberKey } from '../legal/number.ts';
import { checkMediaFolder, mediaProblem } from './limits.ts';
import { attributeValues, checkMdxSafety, isDangerousUrl, isJsxElement, walk } from './mdx-safety.ts';
import {
  calendarUrl,
  campaignsIndexUrl,
  campaignUrl,
  homeUrl,
  hotlinesUrl,
  legalIndexUrl,
  legalUrl,
  materialsIndexUrl,
  materialUrl,
  pageUrl,
  KIND_LISTS,
  materialsKindUrl,
  RESERVED_SLUGS,
} from '../site/routes.ts';
import { fieldTitles } from './schema-walk.ts';
import { slugify } from './slug.ts';

export interface ContentProblem {
  /** File path relative to the project root. */
  path: string;
  line?: number;
  /** Dotted field path, e.g. `cover.alt`. */
  field?: string;
  /** Vietnamese name of the field. */
  fieldTitle?: string;
  /** What is wrong and what to do, in Vietnamese. */
  message: string;
}

export interface CheckedEntry {
  file: ContentFile;
  data: Record<string, unknown>;
}

export interface ContentCheckResult {
  problems: ContentProblem[];
  settings?: Settings;
  entries: CheckedEntry[];
}

export const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif'];
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A stand-in for Astro's image() that checks the file exists next to the entries of `folder`. */
function imageHelperFor(folder: string): ImageHelper {
  return () =>
    z.string({ error: 'Thiếu đường dẫn ảnh.' }).superRefine((value, ctx) => {
      const target = resolve(folder, value);
      if (!IMAGE_EXTENSIONS.includes(extname(value).toLowerCase())) {
        ctx.addIssue({ code: 'custom', message: `"${value}" không phải tệp ảnh. Dùng ảnh JPG, PNG, WebP hoặc AVIF.` });
      } else if (!existsSync(target)) {
        ctx.addIssue({ code: 'custom', message: `Không tìm thấy tệp ảnh "${value}". Hãy tải ảnh lên thư mục media hoặc sửa lại đường dẫn.` });
      }
    }) as unknown as z.ZodType<ImageMetadata>;
}

/**
 * The schema of a file. Schemas with images depend only on the file's folder, so they are built once
 * per folder: building a zod schema costs far more than using it (2 ms against 0.1 ms per material).
 */
function schemaFor(collection: CollectionName, file: ContentFile, built: Map<string, z.ZodType>): z.ZodType {
  switch (collection) {
    case 'campaigns':
    case 'materials': {
      const folder = dirname(file.absolutePath);
      const key = `${collection}\0${folder}`;
      let schema = built.get(key);
      if (!schema) {
        schema = collection === 'campaigns' ? campaignSchema(imageHelperFor(folder)) : materialSchema(imageHelperFor(folder));
        built.set(key, schema);
      }
      return schema;
    }
    case 'legal':
      return legalSchema;
    case 'pages':
      return pageSchema;
    case 'hotlines':
      return hotlineSchema;
    case 'quizzes':
      return quizSchema;
    case 'events':
      return eventSchema;
  }
}

/** Turns zod issues into problems that name the file, the line and the field. */
export function zodProblems(file: Pick<ContentFile, 'path' | 'lineOf'> & { data?: unknown }, schema: z.ZodType, error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    const titles = fieldTitles(schema, path);
    return {
      path: file.path,
      line: file.lineOf(path),
      field: path.join('.') || undefined,
      fieldTitle: titles.join(' › ') || undefined,
      message: issue.message + quoteHint(issue, valueAt(file.data, path)),
    };
  });
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), data);
}

/** YAML reads an unquoted 2026-11-15 as a date and 2026 as a number; a text field then needs quotes. */
function quoteHint(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code !== 'invalid_type' || issue.expected !== 'string') return '';
  if (!(value instanceof Date) && typeof value !== 'number' && typeof value !== 'boolean') return '';
  const shown = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  return ` Giá trị ${shown} được đọc thành ${value instanceof Date ? 'ngày tháng' : typeof value === 'number' ? 'số' : 'đúng/sai'}, không phải chữ: hãy đặt nó trong dấu ngoặc kép, ví dụ "${shown}".`;
}

/**
 * Files that would get the same URL as another file of the same collection and language (the
 * slug differs only by case, marks or extension), each mapped to the file that keeps the URL:
 * the one whose name is already a valid slug, else the first.
 */
function duplicateSlugs(files: readonly ContentFile[]): Map<ContentFile, ContentFile> {
  const groups = new Map<string, ContentFile[]>();
  for (const file of files) {
    const key = `${file.collection}/${file.lang}/${slugify(file.slug)}`;
    groups.set(key, [...(groups.get(key) ?? []), file]);
  }
  const twins = new Map<ContentFile, ContentFile>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const keeper = group.find((f) => SLUG.test(f.slug) && extname(f.absolutePath) === `.${COLLECTIONS[f.collection].extension}`) ?? group[0]!;
    for (const file of group) if (file !== keeper) twins.set(file, keeper);
  }
  return twins;
}

/** Validates settings, every content file, and the references between them. */
export function checkContent(cwd: string, root: string): ContentCheckResult {
  const problems: ContentProblem[] = [];
  const settingsFile = resolve(cwd, root, 'settings', 'site.yaml');
  const settingsPath = relative(cwd, settingsFile).split('\\').join('/');
  let settings: Settings | undefined;
  if (!existsSync(settingsFile)) {
    problems.push({ path: settingsPath, message: 'Thiếu tệp cài đặt trang. Hãy tạo tệp này (xem README).' });
  } else {
    const file = readContentFile(settingsFile, settingsPath, 'hotlines', 'settings', 'site.yaml');
    problems.push(...file.readErrors.map((e) => ({ path: file.path, line: e.line, message: e.message })));
    if (file.readErrors.length === 0) {
      const parsed = settingsSchema.safeParse(file.data);
      if (parsed.success) settings = parsed.data;
      else problems.push(...zodProblems(file, settingsSchema, parsed.error));
    }
  }

  const files = readContentFiles(cwd, root);
  const entries: CheckedEntry[] = [];
  const twins = duplicateSlugs(files);
  const schemas = new Map<string, z.ZodType>();
  for (const file of files) {
    const extension = extname(file.absolutePath).toLowerCase();
    const expected = `.${COLLECTIONS[file.collection].extension}`;
    if (extension !== expected) {
      problems.push({
        path: file.path,
        message: `Tệp "${file.slug}${extension}" có đuôi ${extension || '(không có)'} nên không được đọc. Nội dung ở thư mục ${file.collection} phải là tệp ${expected}: hãy đổi tên tệp, hoặc chuyển ảnh và tài liệu sang thư mục media.`,
      });
    }
    const twin = twins.get(file);
    if (twin) {
      problems.push({
        path: file.path,
        message: `Tên tệp trùng với "${twin.path}" (chỉ khác chữ hoa, dấu hoặc đuôi tệp), nên hai bài có cùng địa chỉ trang. Hãy đổi tên hoặc xóa một trong hai tệp.`,
      });
    }
    if (extension !== expected) continue;
    const tooBig = mediaProblem(file.absolutePath, statSync(file.absolutePath).size, ['text']);
    if (tooBig) {
      problems.push({ path: file.path, message: tooBig });
      continue;
    }
    problems.push(...file.readErrors.map((e) => ({ path: file.path, line: e.line, message: e.message })));
    // Text typed in NFD is not an error: it is normalised to NFC at load (schemas and src/build/integrations/nfc.ts).
    if (!isLanguageTag(file.lang)) {
      problems.push({ path: file.path, message: `Thư mục ngôn ngữ "${file.lang}" không hợp lệ. Các mã hợp lệ: ${LANGUAGE_TAGS.join(', ')}.` });
      continue;
    }
    if (!SLUG.test(file.slug)) {
      problems.push({
        path: file.path,
        message: `Tên tệp "${file.slug}" phải viết thường, không dấu, không dấu cách, nối bằng gạch ngang. Hãy đổi tên thành "${slugify(file.slug) || 'ten-tep'}".`,
      });
    }
    if (file.collection === 'materials' && file.slug === KIND_LISTS) {
      problems.push({ path: file.path, message: `Tên tệp "${file.slug}" trùng với mục "Tài liệu theo loại" (/tai-lieu/${KIND_LISTS}/). Hãy chọn tên khác.` });
    }
    if (file.collection === 'pages' && RESERVED_SLUGS.includes(file.slug)) {
      problems.push({ path: file.path, message: `Tên tệp "${file.slug}" trùng với một mục của trang. Hãy chọn tên khác.` });
    }
    if (file.readErrors.length > 0) continue;
    const schema = schemaFor(file.collection, file, schemas);
    const parsed = schema.safeParse(file.data ?? {});
    if (!parsed.success) {
      problems.push(...zodProblems(file, schema, parsed.error));
      continue;
    }
    entries.push({ file, data: parsed.data as Record<string, unknown> });
  }

  const checkedFiles = new Set(entries.map((e) => e.file));
  problems.push(...crossCheck(entries, files, settings, settingsPath));
  problems.push(...checkBodies(cwd, files, checkedFiles, entries, settings));
  problems.push(...checkMediaFolder(cwd, resolve(cwd, root, 'media'), ['image']));
  problems.push(...checkMediaFolder(cwd, resolve(cwd, 'public', 'files'), ['document', 'image']));
  return { problems, settings, entries };
}

function crossCheck(entries: CheckedEntry[], files: ContentFile[], settings: Settings | undefined, settingsPath: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  // Existence is judged on files, so that one invalid file does not cause a cascade of messages.
  const vietnamese = new Map<CollectionName, Set<string>>();
  for (const f of files) if (f.lang === DEFAULT_LANGUAGE) vietnamese.set(f.collection, (vietnamese.get(f.collection) ?? new Set()).add(f.slug));
  const slugsOf = (collection: CollectionName) => vietnamese.get(collection) ?? new Set<string>();
  const campaigns = slugsOf('campaigns');
  const hotlines = slugsOf('hotlines');
  const materials = slugsOf('materials');
  const legalNumbers = new Set(entries.filter((e) => e.file.collection === 'legal').map((e) => legalNumberKey(String(e.data.number))));

  for (const { file, data } of entries) {
    const at = (field: string, message: string, fieldTitle?: string) =>
      problems.push({ path: file.path, line: file.lineOf(field.split('.')), field, fieldTitle, message });

    if (file.collection === 'events') {
      problems.push(...checkEventReferences(file, data, materials, campaigns));
      continue;
    }
    if (file.lang !== DEFAULT_LANGUAGE && !slugsOf(file.collection).has(file.slug)) {
      problems.push({
        path: file.path,
        message: `Đây là bản dịch nhưng không có bản tiếng Việt "${file.slug}" trong thư mục ${file.collection}/vi. Hãy tạo bản tiếng Việt trước, hoặc đặt đúng tên tệp.`,
      });
    }
    if (file.lang !== DEFAULT_LANGUAGE && file.collection !== 'hotlines' && !data.translation) {
      at(
        'translation',
        'Bản dịch cần mục "Thông tin bản dịch": ghi "Phiên bản bản gốc" (xem trang Tình trạng bản dịch) và "Đã được người bản ngữ duyệt".',
        'Thông tin bản dịch',
      );
    }
    if (file.collection === 'materials') {
      if (!campaigns.has(String(data.campaign))) {
        at('campaign', `Không có chiến dịch "${String(data.campaign)}". Hãy chọn một chiến dịch có sẵn: ${[...campaigns].join(', ')}.`, 'Chiến dịch');
      }
      if ((data.kind === 'video' || data.kind === 'audio') && !data.transcript) {
        at(
          'transcript',
          `Tài liệu ${data.kind === 'video' ? 'video' : 'âm thanh'} cần có bản ghi lời để người khiếm thính và người không nghe được vẫn đọc được. Hãy điền mục "Bản ghi lời".`,
          'Bản ghi lời',
        );
      }
      (data.legal as string[]).forEach((number, index) => {
        if (!legalNumbers.has(legalNumberKey(number))) {
          problems.push({
            path: file.path,
            line: file.lineOf(['legal', index]),
            field: `legal.${index}`,
            fieldTitle: 'Văn bản pháp luật liên quan',
            message: `Văn bản "${number}" chưa có trong thư viện văn bản. Hãy thêm văn bản đó vào mục Văn bản pháp luật, hoặc sửa số hiệu.`,
          });
        }
      });
    }
    if (file.collection === 'legal' && typeof data.replacedBy === 'string' && !legalNumbers.has(legalNumberKey(data.replacedBy))) {
      at('replacedBy', `Văn bản thay thế "${data.replacedBy}" chưa có trong thư viện. Hãy thêm văn bản đó trước.`, 'Được thay thế bởi');
    }
    if (file.collection === 'quizzes') problems.push(...checkQuizCitations(file, data, entries));
  }

  if (settings) {
    settings.featuredHotlines.forEach((id, index) => {
      if (!hotlines.has(id)) {
        problems.push({
          path: settingsPath,
          field: `featuredHotlines.${index}`,
          fieldTitle: 'Đường dây nóng nổi bật',
          message: `Không có đường dây nóng "${id}" trong danh bạ. Các mã có sẵn: ${[...hotlines].join(', ')}.`,
        });
      }
    });
  }
  return problems;
}

/** A calendar entry is written in Vietnamese only, and names materials and a campaign that exist. */
function checkEventReferences(file: ContentFile, data: Record<string, unknown>, materials: Set<string>, campaigns: Set<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (file.lang !== DEFAULT_LANGUAGE) {
    problems.push({
      path: file.path,
      message: `Lịch chỉ soạn bằng tiếng Việt, trong thư mục events/vi. Hãy chuyển tệp này sang events/vi hoặc xóa nó.`,
    });
  }
  (data.materials as string[]).forEach((slug, index) => {
    if (!materials.has(slug)) {
      problems.push({
        path: file.path,
        line: file.lineOf(['materials', index]),
        field: `materials.${index}`,
        fieldTitle: 'Tài liệu liên quan',
        message: `Không có tài liệu "${slug}". Hãy chọn một tài liệu có sẵn (tên tệp trong thư mục materials/vi, không có đuôi .mdx), hoặc xóa dòng này.`,
      });
    }
  });
  if (typeof data.campaign === 'string' && !campaigns.has(data.campaign)) {
    problems.push({
      path: file.path,
      line: file.lineOf(['campaign']),
      field: 'campaign',
      fieldTitle: 'Chiến dịch',
      message: `Không có chiến dịch "${data.campaign}". Hãy chọn một chiến dịch có sẵn: ${[...campaigns].join(', ')}.`,
    });
  }
  return problems;
}

/** Runs the body checks on every valid MDX entry; an MDX file without a body is an error. */
function checkBodies(cwd: string, files: ContentFile[], checked: Set<ContentFile>, entries: CheckedEntry[], settings: Settings | undefined): ContentProblem[] {
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

function routeExists(path: string, index: BodyIndex): boolean {
  if (extname(path) !== '') return existsSync(join(index.publicDir, path));
  const withSlash = path.endsWith('/') ? path : `${path}/`;
  return index.routes!.has(withSlash);
}

/** Every URL path the build makes: home, section indexes and each published page in each enabled language. */
export function siteRoutes(entries: readonly CheckedEntry[], languages: readonly string[]): Set<string> {
  const routes = new Set<string>();
  const published = (collection: CollectionName) =>
    entries.filter((e) => e.file.collection === collection && e.file.lang === DEFAULT_LANGUAGE && e.data.draft !== true).map((e) => e.file.slug);
  for (const lang of languages) {
    for (const url of [homeUrl(lang), materialsIndexUrl(lang), campaignsIndexUrl(lang), legalIndexUrl(lang), hotlinesUrl(lang), calendarUrl(lang)]) routes.add(decodeURI(url));
    for (const kind of MATERIAL_KINDS) routes.add(decodeURI(materialsKindUrl(lang, kind)));
    for (const slug of published('materials')) routes.add(decodeURI(materialUrl(lang, slug)));
    for (const slug of published('campaigns')) routes.add(decodeURI(campaignUrl(lang, slug)));
    for (const slug of published('legal')) routes.add(decodeURI(legalUrl(lang, slug)));
    for (const slug of published('pages')) routes.add(decodeURI(pageUrl(lang, slug)));
  }
  return routes;
}

/** The report an editor reads: one line per problem, grouped by file. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const lines = [`Nội dung có ${problems.length} lỗi cần sửa trước khi xuất bản:`];
  for (const p of problems) {
    const where = p.line ? `${p.path}:${p.line}` : p.path;
    const field = p.field ? ` — trường "${p.field}"${p.fieldTitle ? ` (${p.fieldTitle})` : ''}` : '';
    lines.push(`  • ${where}${field}: ${p.message}`);
  }
  return lines.join('\n');
}

/** Name, size and modification time of every file under `dirs`: what a content check depends on. */
function contentFingerprint(dirs: string[]): string {
  const hash = createHash('sha1');
  const visit = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.isFile()) {
        const { size, mtimeMs } = statSync(path);
        hash.update(`${path}\0${size}\0${mtimeMs}\n`);
      }
    }
  };
  for (const dir of dirs) visit(dir);
  return hash.digest('hex');
}

const lastChecks = new Map<string, { fingerprint: string; result: ContentCheckResult }>();

/**
 * `checkContent`, remembered for as long as no file under the content folder or public/files changes.
 * A build asks several times (the config, the content check, legal links, short links); with a few
 * thousand files each check costs seconds. The result is shared: callers must not modify it.
 */
export function checkContentOnce(cwd: string, root: string): ContentCheckResult {
  const key = `${resolve(cwd)}\0${resolve(cwd, root)}`;
  const fingerprint = contentFingerprint([resolve(cwd, root), resolve(cwd, 'public', 'files')]);
  const last = lastChecks.get(key);
  if (last?.fingerprint === fingerprint) return last.result;
  const result = checkContent(cwd, root);
  lastChecks.set(key, { fingerprint, result });
  return result;
}
