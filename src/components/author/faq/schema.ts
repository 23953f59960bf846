/** Props of <FAQ>: the attributes content may write, with their CMS titles and hints. */
import { z } from 'astro/zod';

/** One question and its answer. */
export const faqProps = z.strictObject({
  /** The question, as a heading. */
  question: z.string().trim().min(1).max(300).meta({ title: 'Câu hỏi', description: 'Câu hỏi, hiện thành tiêu đề.' }),
});
