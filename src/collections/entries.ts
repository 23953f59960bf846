/**
 * Checks each content file on its own: its extension and size, whether another file takes the
 * same URL, its language folder and slug, names reserved by the site, and its schema. What passes
 * becomes a checked entry for the cross-checks and body checks.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import type { ImageMetadata } from 'astro';
import { z } from 'astro/zod';
import type { ImageHelper } from '../schemas/fields.ts';
import { isLanguageTag, LANGUAGE_TAGS } from '../i18n/languages.ts';
import { KIND_LISTS, RESERVED_SLUGS } from '../site/routes.ts';
import type { ContentFile } from './files.ts';
import { mediaProblem } from './limits.ts';
import { zodProblems, type CheckedEntry, type ContentProblem } from './problems.ts';
import { collectionFacts } from './registry.ts';
import { COLLECTIONS } from './root.ts';
import { slugify } from './slug.ts';

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

const noImages = (() => {
  throw new Error('This schema has no image fields.');
}) as unknown as ImageHelper;

/**
 * The schema of a file. Schemas with images depend only on the file's folder, so they are built once
 * per folder: building a zod schema costs far more than using it (2 ms against 0.1 ms per material).
 */
function schemaFor(file: ContentFile, built: Map<string, z.ZodType>): z.ZodType {
  const facts = collectionFacts(file.collection);
  const folder = dirname(file.absolutePath);
  const key = facts.images ? `${file.collection}\0${folder}` : file.collection;
  let schema = built.get(key);
  if (!schema) {
    schema = facts.schema(facts.images ? imageHelperFor(folder) : noImages);
    built.set(key, schema);
  }
  return schema;
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

/** Checks every file on its own; returns the problems and the entries that passed their schema. */
export function checkEntries(files: readonly ContentFile[]): { problems: ContentProblem[]; entries: CheckedEntry[] } {
  const problems: ContentProblem[] = [];
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
    const schema = schemaFor(file, schemas);
    const parsed = schema.safeParse(file.data ?? {});
    if (!parsed.success) {
      problems.push(...zodProblems(file, schema, parsed.error));
      continue;
    }
    entries.push({ file, data: parsed.data as Record<string, unknown> });
  }
  return { problems, entries };
}
