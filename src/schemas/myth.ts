import { z } from 'astro/zod';
import { enumField, longTextField } from './fields.ts';
import { legalNumberField } from './legal.ts';
import { vietnameseLabels } from '../i18n/index.ts';

/** What the agency concludes about a claim; schema.org ClaimReview rates it 1 (false) to 3 (true). */
export const MYTH_VERDICTS = ['false', 'misleading', 'true'] as const;
export type MythVerdict = (typeof MYTH_VERDICTS)[number];

/** Vietnamese names of the verdicts (vi.json `myth.verdict.*`), for the CMS and editors' messages. */
export const MYTH_VERDICT_LABELS = vietnameseLabels(MYTH_VERDICTS, (verdict) => `myth.verdict.${verdict}`);

/** A claim people repeat, and the agency's answer to it ("Hiểu đúng – hiểu sai"). */
export const mythField = z
  .object({
    /** The claim as people say it, in their own words. */
    claim: longTextField(
      { title: 'Ý kiến người ta hay nói', description: 'Chép ý kiến đúng như người dân hay nói, ví dụ "Chuyện vợ chồng đóng cửa bảo nhau". Người đọc tìm được bài bằng chính những chữ này.' },
      300,
    ),
    /** Whether the claim is false, half-true or true. */
    verdict: enumField(MYTH_VERDICTS, MYTH_VERDICT_LABELS, { title: 'Kết luận', description: 'Ý kiến đó sai, chưa đúng hẳn hay đúng.' }),
    /** Why, in two to four plain sentences. */
    explanation: longTextField(
      { title: 'Giải thích ngắn', description: 'Hai đến bốn câu dễ hiểu: vì sao ý kiến đó sai (hoặc đúng), và pháp luật nói gì.' },
      1200,
    ),
    /** The provisions the answer rests on, each a document of the legal library. */
    basis: z
      .array(
        z
          .object({
            /** Number of a document in the legal library. */
            number: legalNumberField({ title: 'Số hiệu văn bản', description: 'Văn bản có trong thư viện văn bản, ví dụ 13/2022/QH15.' }).meta({
              title: 'Số hiệu văn bản',
              description: 'Văn bản có trong thư viện văn bản, ví dụ 13/2022/QH15.',
              reference: 'legal',
            }),
            /** Article number, when the answer rests on one article. */
            article: z
              .string()
              .trim()
              .regex(/^\d{1,3}[a-zđ]?$/, { error: 'Điều chỉ ghi số, ví dụ 3.' })
              .optional()
              .meta({ title: 'Điều', description: 'Số điều, ví dụ 3 (không bắt buộc).' }),
          })
          .meta({ title: 'Căn cứ', description: 'Một văn bản, có thể kèm số điều.' }),
      )
      .min(1, { error: 'Cần ít nhất một căn cứ pháp luật: chọn văn bản trong thư viện văn bản.' })
      // The same provisions in every language: the CMS copies them from Vietnamese.
      .meta({
        title: 'Căn cứ pháp luật',
        description: 'Các văn bản (và điều) mà câu trả lời dựa vào; trang hiện chúng thành liên kết tới thư viện văn bản.',
        widget: 'list',
        i18n: 'duplicate',
      }),
  })
  .meta({
    title: 'Hiểu đúng – hiểu sai',
    description: 'Chỉ điền khi Loại tài liệu là "Hiểu đúng – hiểu sai": ý kiến người ta hay nói, kết luận, giải thích và căn cứ pháp luật.',
  });

export type Myth = z.infer<typeof mythField>;

