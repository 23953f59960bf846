import { z } from 'astro/zod';
import { enumField, longTextField } from './fields.ts';
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
      {
        title: 'Ý kiến người ta hay nói',
        description:
          'Chép ý kiến đúng như người dân hay nói, ví dụ "Chuyện vợ chồng đóng cửa bảo nhau". Người đọc tìm được bài bằng chính những chữ này.',
      },
      300,
    ),
    /** Whether the claim is false, half-true or true. */
    verdict: enumField(MYTH_VERDICTS, MYTH_VERDICT_LABELS, { title: 'Kết luận', description: 'Ý kiến đó sai, chưa đúng hẳn hay đúng.' }),
    /** Why, in two to four plain sentences. */
    explanation: longTextField(
      { title: 'Giải thích ngắn', description: 'Hai đến bốn câu dễ hiểu: vì sao ý kiến đó sai (hoặc đúng), và pháp luật nói gì.' },
      1200,
    ),
  })
  .meta({
    title: 'Hiểu đúng – hiểu sai',
    description:
      'Chỉ điền khi Loại tài liệu là "Hiểu đúng – hiểu sai": ý kiến người ta hay nói, kết luận và giải thích. Căn cứ pháp luật là các văn bản ở mục "Văn bản pháp luật liên quan"; dẫn điều cụ thể bằng khối Dẫn văn bản pháp luật trong nội dung.',
  });

export type Myth = z.infer<typeof mythField>;
