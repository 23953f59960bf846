/**
 * Building blocks shared by the content schemas.
 * Every field carries `meta({ title, description })` in Vietnamese: the title names the field in
 * editor-facing messages and CMS labels, the description becomes the CMS hint.
 */
import type { ImageMetadata } from 'astro';
import { z } from 'astro/zod';

// Zod's own messages (wrong type, too short…) in Vietnamese, for every schema of the site.
z.config(z.locales.vi());

/** The image validator Astro passes to schema functions; the content check passes a stand-in. */
export type ImageHelper = () => z.ZodType<ImageMetadata>;

/** Anything a schema author needs to describe one field for editors. */
export type FieldMeta = {
  /** Vietnamese label shown in the CMS and in error messages. */
  title: string;
  /** One Vietnamese sentence saying what the field is for; becomes the CMS hint. */
  description: string;
  /** Extra hints for the CMS generator (widget, options, reference). */
  [key: string]: unknown;
};

const DATE_HINT = 'Ghi ngày theo dạng NĂM-THÁNG-NGÀY, ví dụ 2025-11-15.';

/** Empty strings from YAML (`field: ""`) mean "not given" for optional fields. */
const emptyToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);

/** Reads YYYY-MM-DD as a UTC calendar date; anything else is left for the error message. */
function toCalendarDate(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return text;
  const date = new Date(`${text}T00:00:00Z`);
  // Reject dates that roll over, such as 2026-02-30.
  return date.getUTCDate() === Number(match[3]) && date.getUTCMonth() + 1 === Number(match[2]) ? date : text;
}

/** A calendar date written as YYYY-MM-DD (quoted or not). */
export function dateField(meta: FieldMeta) {
  return z
    .preprocess(
      toCalendarDate,
      z.date({
        error: (issue) =>
          issue.input === undefined || issue.input === ''
            ? `Thiếu ngày. ${DATE_HINT}`
            : `Không đọc được ngày "${issue.input instanceof Date ? 'Invalid Date' : String(issue.input)}". ${DATE_HINT}`,
      }),
    )
    .meta({ ...meta, widget: 'date' });
}

/** An optional calendar date; an empty value counts as absent. */
export function optionalDateField(meta: FieldMeta) {
  return z.preprocess(emptyToUndefined, dateField(meta).optional()).meta({ ...meta, widget: 'date' });
}

/** A required one-line text. */
export function textField(meta: FieldMeta, max = 200) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? `Thiếu ${meta.title.toLowerCase()}.` : `${meta.title} phải là chữ.`) })
    .trim()
    .normalize('NFC')
    .min(1, { error: `${meta.title} không được để trống.` })
    .max(max, { error: `${meta.title} dài quá ${max} ký tự; hãy viết ngắn lại.` })
    .meta(meta);
}

/** A required paragraph of plain text. */
export function longTextField(meta: FieldMeta, max = 600) {
  return textField(meta, max).meta({ ...meta, widget: 'text' });
}

/** A choice from a fixed list; the message lists the allowed values. */
export function enumField<const T extends readonly [string, ...string[]]>(values: T, labels: Record<T[number], string>, meta: FieldMeta) {
  return z
    .enum(values, {
      error: (issue) =>
        `Giá trị "${String(issue.input)}" không hợp lệ. Chọn một trong: ${values.map((v) => `${v} (${labels[v as T[number]]})`).join(', ')}.`,
    })
    .meta({ ...meta, options: labels });
}

/** An optional yes/no switch with its default kept here, in the schema. */
export function booleanField(meta: FieldMeta, defaultValue: boolean) {
  return z
    .boolean({ error: `${meta.title} chỉ nhận true (có) hoặc false (không).` })
    .default(defaultValue)
    .meta(meta);
}

/** A list of short texts, empty by default. */
export function stringListField(meta: FieldMeta) {
  return z.array(z.string().trim().normalize('NFC').min(1)).default([]).meta({ ...meta, widget: 'list' });
}

/** A cover or illustration: the image file and its required alternative text. */
export function imageWithAlt(image: ImageHelper, meta: FieldMeta) {
  return z
    .object({
      /** The image file, stored in content/media/. */
      image: image().meta({ title: 'Tệp ảnh', description: 'Ảnh JPG, PNG hoặc WebP, tối đa 10 MB.', widget: 'image' }),
      /** What the image shows, for readers who cannot see it. */
      alt: textField(
        {
          title: 'Mô tả ảnh (alt)',
          description: 'Tả ngắn gọn nội dung ảnh cho người không xem được ảnh, ví dụ người khiếm thị.',
        },
        250,
      ),
    })
    .meta(meta);
}
