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

/** What the CMS saves for a number or an object left empty. */
const blankToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);
const blankObjectToUndefined = (value: unknown) =>
  value !== null && typeof value === 'object' && Object.values(value).every((v) => blankToUndefined(v) === undefined) ? undefined : blankToUndefined(value);

/** A year of a programme's or strategy's period. */
const periodYear = (meta: { title: string; description: string }) =>
  z
    .number({ error: 'Năm phải là một số, ví dụ 2025.' })
    .int({ error: 'Năm phải là số nguyên, ví dụ 2025.' })
    .min(1945, { error: 'Năm không hợp lệ.' })
    .max(2100, { error: 'Năm không hợp lệ.' })
    .meta({ ...meta, widget: 'number', i18n: 'duplicate' });

/** The years a programme, strategy or plan covers, e.g. 2021–2025; after the last year its page says it has ended. */
export const legalPeriodSchema = z
  .object({
    /** First year covered, where the document names one. */
    from: z.preprocess(blankToUndefined, periodYear({ title: 'Từ năm', description: 'Năm đầu của giai đoạn, ví dụ 2021 (để trống nếu văn bản chỉ ghi "đến năm …").' }).optional()),
    /** Last year covered. */
    to: periodYear({ title: 'Đến năm', description: 'Năm cuối của giai đoạn, ví dụ 2025. Sau năm này trang ghi rõ giai đoạn đã kết thúc.' }),
  })
  .refine((period) => period.from === undefined || period.from <= period.to, { error: 'Năm đầu của giai đoạn đứng sau năm cuối. Hãy kiểm tra lại.', path: ['to'] })
  .meta({ title: 'Giai đoạn áp dụng', description: 'Chỉ với chương trình, chiến lược, kế hoạch có giai đoạn, ví dụ 2021–2025.' });

export type LegalPeriod = z.infer<typeof legalPeriodSchema>;

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
  /** Years a programme or strategy covers; after the last one the page says it has ended. */
  period: z.preprocess(blankObjectToUndefined, legalPeriodSchema.optional()),
  /** Where the number, dates and status were verified (gazette, national database, the document itself). */
  source: longTextField({ title: 'Nguồn đối chiếu', description: 'Nơi đã đối chiếu số hiệu, ngày và tình trạng hiệu lực, ví dụ Công báo hoặc Cơ sở dữ liệu quốc gia về văn bản pháp luật.' }, 300),
  /** When those facts were last verified. */
  checked: dateField({ title: 'Ngày kiểm tra', description: 'Ngày gần nhất đã đối chiếu văn bản với nguồn.' }),
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
