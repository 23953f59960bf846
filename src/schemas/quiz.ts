import { z } from 'astro/zod';
import { booleanField, longTextField, textField } from './fields.ts';
import { legalNumberField } from './legal.ts';
import { translationField } from './translation.ts';

/** The provision an answer rests on. */
export const quizCiteSchema = z
  .object({
    /** Number of a document in the legal library. */
    number: legalNumberField({ title: 'Số hiệu văn bản', description: 'Văn bản trong thư viện, ví dụ 13/2022/QH15.' }),
    /** Article (điều) of that document, digits only; must be one of its key provisions. */
    article: z
      .string({ error: 'Thiếu số điều.' })
      .trim()
      .regex(/^\d{1,3}$/, { error: 'Số điều chỉ gồm chữ số, ví dụ 3 (không viết "Điều 3").' })
      .meta({ title: 'Điều', description: 'Số điều, chỉ ghi chữ số, ví dụ 3. Điều này phải có trong mục "Điều khoản chính" của văn bản.' }),
  })
  .meta({ title: 'Căn cứ pháp lý', description: 'Văn bản và điều mà đáp án dựa vào.' });

/** One multiple-choice question. */
export const quizQuestionSchema = z
  .object({
    /** The question as readers see it. */
    question: textField({ title: 'Câu hỏi', description: 'Câu hỏi ngắn, rõ ràng.' }, 300),
    /** The answers to choose from, two to six. */
    options: z
      .array(textField({ title: 'Phương án', description: 'Một phương án trả lời.' }, 300))
      .min(2, { error: 'Mỗi câu hỏi cần ít nhất 2 phương án.' })
      .max(6, { error: 'Mỗi câu hỏi có nhiều nhất 6 phương án.' })
      .meta({ title: 'Các phương án', description: 'Từ 2 đến 6 phương án trả lời.', widget: 'list' }),
    /** Position of the right answer, counting from 1. */
    correct: z
      .number({ error: 'Đáp án đúng phải là một số, ví dụ 2 cho phương án thứ hai.' })
      .int({ error: 'Đáp án đúng phải là số nguyên, ví dụ 2.' })
      .min(1, { error: 'Đáp án đúng tính từ 1 (phương án đầu tiên).' })
      .meta({ title: 'Đáp án đúng', description: 'Thứ tự của phương án đúng, tính từ 1 (1 là phương án đầu tiên).', widget: 'number' }),
    /** Why that answer is right, in plain words. */
    explanation: longTextField({ title: 'Giải thích', description: 'Vì sao đáp án đó đúng, bằng lời lẽ giản dị.' }, 800),
    /** The provision the answer rests on. */
    cite: quizCiteSchema,
  })
  .refine((q) => q.correct <= q.options.length, {
    path: ['correct'],
    error: (issue) => `Đáp án đúng là phương án số ${String((issue.input as { correct?: unknown }).correct)}, nhưng câu hỏi chỉ có ${String((issue.input as { options?: unknown[] }).options?.length)} phương án.`,
  })
  .meta({ title: 'Câu hỏi trắc nghiệm', description: 'Câu hỏi, các phương án, đáp án đúng và giải thích.' });

/** A self-check quiz (trắc nghiệm tìm hiểu pháp luật). */
export const quizSchema = z.object({
  /** Title of the quiz. */
  title: textField({ title: 'Tiêu đề', description: 'Tên bài trắc nghiệm, ví dụ Tìm hiểu Luật Bình đẳng giới.' }),
  /** What the quiz is about, one or two sentences. */
  summary: longTextField({ title: 'Tóm tắt', description: 'Một, hai câu giới thiệu bài trắc nghiệm.' }),
  /** The questions, in order. */
  questions: z
    .array(quizQuestionSchema)
    .min(1, { error: 'Bài trắc nghiệm cần ít nhất 1 câu hỏi.' })
    .meta({ title: 'Câu hỏi', description: 'Các câu hỏi theo thứ tự.', widget: 'list' }),
  /** Hidden from the public site while true. */
  draft: booleanField({ title: 'Bản nháp', description: 'Bật để ẩn bài trắc nghiệm khỏi trang công khai.' }, false),
  /** Translation bookkeeping, for language versions other than Vietnamese. */
  translation: translationField.optional(),
});

export type QuizData = z.infer<typeof quizSchema>;
