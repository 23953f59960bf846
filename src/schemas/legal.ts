import { z } from 'astro/zod';
import { vietnameseLabels } from '../i18n/index.ts';
import { parseLegalNumber } from '../legal/number.ts';
import { booleanField, dateField, enumField, longTextField, optionalDateField, textField } from './fields.ts';
import { translationField } from './translation.ts';

/** Kinds of legal document in the library. */
export const DOC_TYPES = ['luat', 'bo-luat', 'nghi-dinh', 'nghi-quyet', 'quyet-dinh', 'chi-thi', 'thong-tu', 'ke-hoach', 'cong-van'] as const;
export type DocType = (typeof DOC_TYPES)[number];

/** Vietnamese names of the document kinds (vi.json `legalDocType.*`), for the CMS and editors' messages. */
export const DOC_TYPE_LABELS = vietnameseLabels(DOC_TYPES, (type) => `legalDocType.${type}`);

/** Legal validity of a document. */
export const LEGAL_STATUSES = ['in-force', 'partly-expired', 'expired'] as const;

/** Vietnamese names of the statuses (vi.json `legalStatus.*`), for the CMS and editors' messages. */
export const LEGAL_STATUS_LABELS = vietnameseLabels(LEGAL_STATUSES, (status) => `legalStatus.${status}`);

/** A document number (số hiệu) in one of the official grammars. */
export const legalNumberField = (meta: { title: string; description: string }) =>
  z
    .string({ error: `Thiếu ${meta.title.toLowerCase()}.` })
    .trim()
    .refine((value) => parseLegalNumber(value) !== undefined, {
      error: (issue) =>
        `"${String(issue.input)}" không phải số hiệu văn bản hợp lệ. Viết như 73/2006/QH11, 125/2021/NĐ-CP, 28/NQ-CP hoặc 21-CT/TW.`,
    })
    // A number is the same in every language: the CMS copies it from Vietnamese.
    .meta({ ...meta, i18n: 'duplicate' });

/** One key provision (điều) of a document, explained in plain words. */
export const provisionSchema = z
  .object({
    /** Article number, digits only; the page anchor is #dieu-<article>. */
    article: z
      .string({ error: 'Thiếu số điều.' })
      .trim()
      .regex(/^\d{1,3}$/, { error: 'Số điều chỉ gồm chữ số, ví dụ 5 (không viết "Điều 5").' })
      .meta({ title: 'Số điều', description: 'Chỉ ghi chữ số, ví dụ 5. Trang sẽ có neo #dieu-5 để dẫn chiếu "Điều 5".' }),
    /** Official title of the article, word for word. */
    title: textField({ title: 'Tên điều', description: 'Tên của điều, chép đúng theo văn bản gốc.' }),
    /** What the article means for citizens, in plain words. */
    explanation: longTextField({ title: 'Giải thích dễ hiểu', description: 'Vài câu giải thích điều này bằng lời lẽ giản dị.' }, 1200),
  })
  .meta({ title: 'Điều khoản', description: 'Một điều quan trọng của văn bản và lời giải thích.' });

/** One document in the legal library. */
export const legalSchema = z.object({
  /** Official number (số hiệu), e.g. 125/2021/NĐ-CP. */
  number: legalNumberField({ title: 'Số hiệu', description: 'Số hiệu chính thức, ví dụ 73/2006/QH11 hoặc 125/2021/NĐ-CP.' }),
  /** Official title, word for word. */
  title: textField({ title: 'Tên văn bản', description: 'Tên đầy đủ của văn bản, chép đúng theo bản gốc.' }, 300),
  /** Kind of document. */
  docType: enumField(DOC_TYPES, DOC_TYPE_LABELS, { title: 'Loại văn bản', description: 'Luật, nghị định, quyết định…' }),
  /** Body that issued it. */
  issuer: textField({ title: 'Cơ quan ban hành', description: 'Ví dụ: Quốc hội, Chính phủ, Thủ tướng Chính phủ.' }),
  /** Date of issue. */
  issued: dateField({ title: 'Ngày ban hành', description: 'Ngày ký ban hành văn bản.' }),
  /** Date it came into force, where known. */
  effective: optionalDateField({ title: 'Ngày có hiệu lực', description: 'Để trống nếu chưa kiểm chứng được ngày có hiệu lực.' }),
  /** Whether it is still in force. */
  status: enumField(LEGAL_STATUSES, LEGAL_STATUS_LABELS, { title: 'Tình trạng hiệu lực', description: 'Còn hiệu lực, hết hiệu lực một phần hoặc hết hiệu lực.' }),
  /** Number of the document that replaced it, if any. */
  replacedBy: legalNumberField({ title: 'Được thay thế bởi', description: 'Số hiệu văn bản thay thế (nếu có).' }).optional(),
  /** Plain-language summary for citizens. */
  summary: longTextField({ title: 'Tóm tắt dễ hiểu', description: 'Hai, ba câu giải thích văn bản bằng lời lẽ giản dị cho người dân.' }),
  /** Key provisions with plain explanations, each citable as "Điều N". */
  provisions: z
    .array(provisionSchema)
    .default([])
    .meta({ title: 'Điều khoản chính', description: 'Các điều quan trọng, mỗi điều kèm giải thích ngắn. Chỉ ghi điều đã kiểm chứng với văn bản gốc.', widget: 'list' }),
  /** Hidden from the public site while true. */
  draft: booleanField({ title: 'Bản nháp', description: 'Bật để ẩn văn bản khỏi trang công khai.' }, false),
  /** Translation bookkeeping, for language versions other than Vietnamese. */
  translation: translationField.optional(),
});

export type LegalData = z.infer<typeof legalSchema>;
