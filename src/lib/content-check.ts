/**
 * Checks everything under content/ against the schemas and against each other, and explains
 * every problem to an editor in Vietnamese: which file, which line, which field, what to do.
 * Runs before every build and dev start, and alone as `npm run check:content`.
 */
import { existsSync } from 'node:fs';
import { dirname, extname, relative, resolve } from 'node:path';
import type { ImageMetadata } from 'astro';
import { z } from 'astro/zod';
import { AUTHOR_COMPONENTS, authorComponentProps, type AuthorComponentName } from '../schemas/author-components.ts';
import { campaignSchema } from '../schemas/campaign.ts';
import type { ImageHelper } from '../schemas/fields.ts';
import { hotlineSchema } from '../schemas/hotline.ts';
import { legalSchema } from '../schemas/legal.ts';
import { materialSchema } from '../schemas/material.ts';
import { pageSchema } from '../schemas/page.ts';
import { settingsSchema, type Settings } from '../schemas/settings.ts';
import { type CollectionName } from './content-root.ts';
import { readContentFile, readContentFiles, type ContentFile } from './content-files.ts';
import { DEFAULT_LANGUAGE, isLanguageTag, LANGUAGE_TAGS } from './languages.ts';
import { legalNumberKey } from './legal-number.ts';
import { RESERVED_SLUGS } from './routes.ts';
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

/** A stand-in for Astro's image() that checks the file exists next to the entry. */
function imageHelperFor(file: ContentFile): ImageHelper {
  return () =>
    z.string({ error: 'Thiếu đường dẫn ảnh.' }).superRefine((value, ctx) => {
      const target = resolve(dirname(file.absolutePath), value);
      if (!IMAGE_EXTENSIONS.includes(extname(value).toLowerCase())) {
        ctx.addIssue({ code: 'custom', message: `"${value}" không phải tệp ảnh. Dùng ảnh JPG, PNG, WebP hoặc AVIF.` });
      } else if (!existsSync(target)) {
        ctx.addIssue({ code: 'custom', message: `Không tìm thấy tệp ảnh "${value}". Hãy tải ảnh lên thư mục media hoặc sửa lại đường dẫn.` });
      }
    }) as unknown as z.ZodType<ImageMetadata>;
}

function schemaFor(collection: CollectionName, file: ContentFile): z.ZodType {
  switch (collection) {
    case 'campaigns':
      return campaignSchema(imageHelperFor(file));
    case 'materials':
      return materialSchema(imageHelperFor(file));
    case 'legal':
      return legalSchema;
    case 'pages':
      return pageSchema;
    case 'hotlines':
      return hotlineSchema;
  }
}

/** Turns zod issues into problems that name the file, the line and the field. */
export function zodProblems(file: Pick<ContentFile, 'path' | 'lineOf'>, schema: z.ZodType, error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    const titles = fieldTitles(schema, path);
    return {
      path: file.path,
      line: file.lineOf(path),
      field: path.join('.') || undefined,
      fieldTitle: titles.join(' › ') || undefined,
      message: issue.message,
    };
  });
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
  for (const file of files) {
    problems.push(...file.readErrors.map((e) => ({ path: file.path, line: e.line, message: e.message })));
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
    if (file.collection === 'pages' && RESERVED_SLUGS.includes(file.slug)) {
      problems.push({ path: file.path, message: `Tên tệp "${file.slug}" trùng với một mục của trang. Hãy chọn tên khác.` });
    }
    if (file.readErrors.length > 0) continue;
    const schema = schemaFor(file.collection, file);
    const parsed = schema.safeParse(file.data ?? {});
    if (!parsed.success) {
      problems.push(...zodProblems(file, schema, parsed.error));
      continue;
    }
    entries.push({ file, data: parsed.data as Record<string, unknown> });
  }

  problems.push(...crossCheck(entries, files, settings, settingsPath));
  return { problems, settings, entries };
}

function crossCheck(entries: CheckedEntry[], files: ContentFile[], settings: Settings | undefined, settingsPath: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  // Existence is judged on files, so that one invalid file does not cause a cascade of messages.
  const slugsOf = (collection: CollectionName, lang = DEFAULT_LANGUAGE) =>
    new Set(files.filter((f) => f.collection === collection && f.lang === lang).map((f) => f.slug));
  const campaigns = slugsOf('campaigns');
  const hotlines = slugsOf('hotlines');
  const legalNumbers = new Set(entries.filter((e) => e.file.collection === 'legal').map((e) => legalNumberKey(String(e.data.number))));

  for (const { file, data } of entries) {
    const at = (field: string, message: string, fieldTitle?: string) =>
      problems.push({ path: file.path, line: file.lineOf(field.split('.')), field, fieldTitle, message });

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
    if (file.collection !== 'hotlines') problems.push(...checkBodyReferences(file, hotlines, legalNumbers));
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

const COMPONENT_TAG = new RegExp(`<(${AUTHOR_COMPONENTS.join('|')})\\b([^>]*?)/?>`, 'g');
const ATTRIBUTES = /([A-Za-z][\w-]*)\s*=\s*"([^"]*)"/g;
const MARKDOWN_IMAGE = /!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;

/**
 * Checks the body line by line: author components get valid props and name registry entries
 * that exist; images exist and have alt text.
 */
function checkBodyReferences(file: ContentFile, hotlines: Set<string>, legalNumbers: Set<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  file.body.split('\n').forEach((text, index) => {
    const at = (field: string, message: string) => problems.push({ path: file.path, line: file.bodyLine + index, field, message });
    for (const [, rawName, rawAttributes] of text.matchAll(COMPONENT_TAG)) {
      const name = rawName as AuthorComponentName;
      const attributes = Object.fromEntries([...rawAttributes!.matchAll(ATTRIBUTES)].map(([, key, value]) => [key, value]));
      const parsed = authorComponentProps[name].safeParse(attributes);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          at(
            name,
            issue.code === 'unrecognized_keys'
              ? `Thẻ <${name}> không dùng thuộc tính ${issue.keys.map((k) => `"${k}"`).join(', ')}. Hãy xóa thuộc tính đó (xem hướng dẫn soạn thảo).`
              : `Thẻ <${name}>, thuộc tính "${issue.path.join('.')}": ${issue.message}`,
          );
        }
        continue;
      }
      if (name === 'Hotline' && !hotlines.has(attributes.id!)) {
        at(name, `Không có đường dây nóng "${attributes.id}" trong danh bạ. Các mã có sẵn: ${[...hotlines].join(', ')}.`);
      }
      if (name === 'LegalRef' && !legalNumbers.has(legalNumberKey(attributes.number!))) {
        at(name, `Văn bản "${attributes.number}" chưa có trong thư viện văn bản. Hãy thêm văn bản hoặc sửa số hiệu.`);
      }
    }
    for (const [, alt, src] of text.matchAll(MARKDOWN_IMAGE)) {
      if (alt!.trim() === '') at('image', `Ảnh "${src}" thiếu mô tả (alt). Hãy viết mô tả trong ngoặc vuông: ![mô tả ảnh](${src}).`);
      if (!/^[a-z]+:/i.test(src!) && !existsSync(resolve(dirname(file.absolutePath), src!))) {
        at('image', `Không tìm thấy tệp ảnh "${src}". Hãy tải ảnh lên thư mục media hoặc sửa đường dẫn.`);
      }
    }
  });
  return problems;
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
