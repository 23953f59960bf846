/** Props of <LegalRef>: the attributes content may write, with their CMS titles and hints. */
import { z } from 'astro/zod';
import { legalNumberField } from '../../../schemas/legal.ts';

/** A link to a document of the legal library, optionally to one article. */
export const legalRefProps = z.strictObject({
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
});
