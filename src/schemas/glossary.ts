import { z } from 'astro/zod';
import { booleanField, textField } from './fields.ts';

/** An optional one-line text, empty when not yet known. */
const optionalText = (meta: { title: string; description: string }, max = 300) =>
  z.preprocess((value) => (value === null || value === '' ? undefined : value), textField(meta, max).optional()).meta(meta);

/** One key term and how the language renders it. */
const glossaryTerm = z
  .object({
    /** The Vietnamese term, as it is written in the materials. */
    source: textField({ title: 'Thuật ngữ tiếng Việt', description: 'Cụm từ như trong bài, ví dụ "bình đẳng giới".' }, 200),
    /** How the language writes the term; empty until a translator or reviewer gives it. */
    target: optionalText(
      { title: 'Cách dịch', description: 'Cách viết thuật ngữ trong ngôn ngữ này. Để trống nếu chưa có cách dịch đáng tin cậy.' },
      200,
    ),
    /** Whether a native speaker has confirmed the rendering. */
    reviewed: booleanField(
      { title: 'Đã được người bản ngữ duyệt', description: 'Chỉ bật khi một người nói tiếng này như tiếng mẹ đẻ đã xác nhận cách dịch.' },
      false,
    ),
    /** Advice for translators: the legal meaning, where it is defined, what to avoid. */
    note: optionalText(
      { title: 'Ghi chú cho người dịch', description: 'Nghĩa pháp lý, văn bản định nghĩa, cách nên tránh (không bắt buộc).' },
      500,
    ),
  })
  .meta({ title: 'Thuật ngữ', description: 'Một thuật ngữ và cách dịch của nó.' });

/** The glossary of one language (content/glossary/<lang>.yaml): key terms translators must render the same way. */
export const glossarySchema = z
  .object({
    /** The terms, in any order; each Vietnamese term once. */
    terms: z
      .array(glossaryTerm)
      .default([])
      .superRefine((terms, ctx) => {
        const seen = new Set<string>();
        terms.forEach((term, index) => {
          const key = term.source.toLocaleLowerCase('vi');
          if (seen.has(key))
            ctx.addIssue({
              code: 'custom',
              path: [index, 'source'],
              message: `Thuật ngữ "${term.source}" đã có ở trên; mỗi thuật ngữ chỉ ghi một lần.`,
            });
          seen.add(key);
        });
      })
      .meta({ title: 'Thuật ngữ', description: 'Các thuật ngữ chính mà người dịch cần dịch thống nhất.', widget: 'list' }),
  })
  .meta({ title: 'Bảng thuật ngữ', description: 'Thuật ngữ chính của một ngôn ngữ, hiện cho người dịch khi xuất bảng dịch.' });

export type Glossary = z.infer<typeof glossarySchema>;
export type GlossaryTerm = Glossary['terms'][number];
