/**
 * The components that content under content/ may use, and the props each accepts. The same
 * schemas validate props at build time and drive the CMS's editor components.
 */
import { z } from 'astro/zod';
import { legalNumberField } from './legal.ts';

export const CALLOUT_TYPES = ['info', 'tip', 'warning', 'danger'] as const;

export const authorComponentProps = {
  /** A highlighted box: information, tip, warning or danger. */
  Callout: z.strictObject({
    /** Tone of the box. */
    type: z.enum(CALLOUT_TYPES).default('info').meta({ title: 'Kiểu hộp', description: 'info: thông tin, tip: mẹo, warning: lưu ý, danger: quan trọng.' }),
    /** Heading of the box; a default by type is used when empty. */
    title: z.string().trim().max(120).optional().meta({ title: 'Tiêu đề hộp', description: 'Để trống để dùng tiêu đề mặc định.' }),
  }),
  /** A hotline card from the registry. */
  Hotline: z.strictObject({
    /** Registry id, e.g. 111. */
    id: z.string().trim().min(1).meta({ title: 'Đường dây nóng', description: 'Chọn đường dây trong danh bạ.', reference: 'hotlines' }),
  }),
  /** A link to a document of the legal library, optionally to one article. */
  LegalRef: z.strictObject({
    /** Document number, e.g. 13/2022/QH15. */
    number: legalNumberField({ title: 'Số hiệu văn bản', description: 'Ví dụ 13/2022/QH15.' }).meta({
      title: 'Số hiệu văn bản',
      description: 'Chọn văn bản trong thư viện, ví dụ 13/2022/QH15.',
      reference: 'legal',
    }),
    /** Article (Điều) number, digits only. */
    article: z
      .string()
      .trim()
      .regex(/^\d+[a-z]?$/, { error: 'Số điều chỉ gồm chữ số, ví dụ 5.' })
      .optional()
      .meta({ title: 'Điều', description: 'Số điều được dẫn, ví dụ 5 (không bắt buộc).' }),
  }),
  /** An image (written inside as markdown) with a caption. */
  Figure: z.strictObject({
    /** Caption under the image. */
    caption: z.string().trim().max(300).optional().meta({ title: 'Chú thích', description: 'Dòng chú thích dưới ảnh (không bắt buộc).' }),
  }),
  /** A downloadable file from public/files, with its format and size shown. */
  Download: z.strictObject({
    /** File name in public/files. */
    file: z
      .string()
      .trim()
      .regex(/^[a-z0-9][a-z0-9._-]*\.[a-z0-9]+$/, { error: 'Tên tệp chỉ gồm chữ thường không dấu, số, dấu chấm và gạch ngang, ví dụ to-gap.pdf.' })
      .meta({ title: 'Tệp', description: 'Tệp trong thư mục public/files.' }),
    /** What the file is, as the link text. */
    title: z.string().trim().min(1).max(200).meta({ title: 'Tên hiển thị', description: 'Tên tài liệu người đọc nhìn thấy.' }),
  }),
  /** Numbered steps: wraps an ordered list. */
  Steps: z.strictObject({}),
  /** One question and its answer. */
  FAQ: z.strictObject({
    /** The question, as a heading. */
    question: z.string().trim().min(1).max(300).meta({ title: 'Câu hỏi', description: 'Câu hỏi, hiện thành tiêu đề.' }),
  }),
} as const;

export type AuthorComponentName = keyof typeof authorComponentProps;
export const AUTHOR_COMPONENTS = Object.keys(authorComponentProps) as AuthorComponentName[];

/** Validates the props of an author component, with a Vietnamese message naming the component. */
export function authorProps<N extends AuthorComponentName>(name: N, props: unknown): z.infer<(typeof authorComponentProps)[N]> {
  const parsed = authorComponentProps[name].safeParse(props);
  if (!parsed.success) {
    const details = parsed.error.issues
      .map((issue) => (issue.code === 'unrecognized_keys' ? `thuộc tính không dùng được: ${issue.keys.join(', ')}` : `${issue.path.join('.') || name}: ${issue.message}`))
      .join('; ');
    throw new Error(`Thẻ <${name}> có thuộc tính không hợp lệ: ${details}`);
  }
  return parsed.data as z.infer<(typeof authorComponentProps)[N]>;
}
