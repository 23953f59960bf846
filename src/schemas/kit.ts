import { z } from 'astro/zod';
import { longTextField } from './fields.ts';

/** Fewest and most key messages a meeting kit may carry; exactly this many discussion questions. */
export const KIT_MESSAGES = { min: 3, max: 5 } as const;
export const KIT_QUESTIONS = 3;

/** The kit for village communicators (bộ họp thôn): key messages, discussion questions, and the message shown on the share images. */
export const kitField = z
  .object({
    /** Three to five short messages the communicator must get across, in the material's own words. */
    messages: z
      .array(longTextField({ title: 'Thông điệp chính', description: 'Một câu ngắn, dễ nói, dựa đúng vào nội dung tài liệu.' }, 300))
      .min(KIT_MESSAGES.min, {
        error: `Bộ họp thôn cần từ ${KIT_MESSAGES.min} đến ${KIT_MESSAGES.max} thông điệp chính; hãy thêm cho đủ ${KIT_MESSAGES.min}.`,
      })
      .max(KIT_MESSAGES.max, {
        error: `Bộ họp thôn chỉ có tối đa ${KIT_MESSAGES.max} thông điệp chính; hãy bớt cho còn ${KIT_MESSAGES.max}.`,
      })
      .meta({
        title: 'Thông điệp chính',
        description: `Từ ${KIT_MESSAGES.min} đến ${KIT_MESSAGES.max} câu ngắn mà tuyên truyền viên cần nói được trong buổi họp.`,
        widget: 'list',
      }),
    /** Exactly three questions for the meeting to talk over. */
    questions: z
      .array(longTextField({ title: 'Câu hỏi thảo luận', description: 'Một câu hỏi mở, gần với đời sống của bà con.' }, 300))
      .length(KIT_QUESTIONS, { error: `Bộ họp thôn cần đúng ${KIT_QUESTIONS} câu hỏi thảo luận.` })
      .meta({
        title: 'Câu hỏi thảo luận',
        description: `Đúng ${KIT_QUESTIONS} câu hỏi để bà con cùng bàn trong buổi họp.`,
        widget: 'list',
      }),
    /** Which key message (1 = the first) the share images for Zalo and Facebook show. */
    imageMessage: z
      .number({ error: 'Thông điệp trên ảnh phải là một số, ví dụ 1.' })
      .int({ error: 'Thông điệp trên ảnh phải là số nguyên, ví dụ 1.' })
      .min(1, { error: 'Thông điệp trên ảnh là số thứ tự của một thông điệp chính, từ 1 trở lên.' })
      .max(KIT_MESSAGES.max, { error: `Thông điệp trên ảnh là số thứ tự từ 1 đến ${KIT_MESSAGES.max}.` })
      .default(1)
      .meta({
        title: 'Thông điệp trên ảnh',
        description: 'Số thứ tự của thông điệp chính in trên ảnh chia sẻ mạng xã hội (1 là thông điệp đầu tiên).',
        widget: 'number',
      }),
  })
  .superRefine((kit, ctx) => {
    if (kit.imageMessage > kit.messages.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['imageMessage'],
        message: `Thông điệp trên ảnh là số ${kit.imageMessage}, nhưng bộ họp thôn chỉ có ${kit.messages.length} thông điệp chính.`,
      });
    }
  })
  .meta({
    title: 'Bộ họp thôn',
    description:
      'Không bắt buộc. Khi có, tài liệu có trang in "Bộ họp thôn" (thông điệp chính, câu hỏi thảo luận, đường dây nóng, mã QR) và trang "Gói mạng xã hội" cho tuyên truyền viên.',
  });

export type Kit = z.infer<typeof kitField>;
