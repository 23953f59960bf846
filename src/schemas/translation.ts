import { z } from 'astro/zod';
import { booleanField } from './fields.ts';

/** Bookkeeping that a translated entry carries about its Vietnamese source. */
export const translationField = z
  .object({
    /** Short hash of the Vietnamese source file the translation was made from. */
    sourceVersion: z
      .string()
      .trim()
      .regex(/^[0-9a-f]{8,64}$/, { error: 'Phiên bản nguồn phải là mã băm (chữ số và a–f), do hệ thống điền.' })
      .meta({
        title: 'Phiên bản bản gốc',
        description: 'Mã phiên bản của bản tiếng Việt lúc dịch; hệ thống tự điền, không cần sửa.',
      }),
    /** Whether a native speaker has reviewed the translation. */
    reviewed: booleanField(
      { title: 'Đã được người bản ngữ duyệt', description: 'Chỉ bật khi một người nói tiếng này như tiếng mẹ đẻ đã đọc và duyệt bản dịch.' },
      false,
    ),
    /** Who translated or reviewed it, as the agency wants it credited. */
    credit: z
      .string()
      .trim()
      .max(200)
      .optional()
      .meta({ title: 'Người dịch / người duyệt', description: 'Tên người hoặc đơn vị dịch, duyệt (không bắt buộc).' }),
  })
  // i18n 'translate': every field inside belongs to one language, even the switch (admin/config.ts).
  .meta({ title: 'Thông tin bản dịch', description: 'Chỉ dùng cho bản dịch sang tiếng dân tộc thiểu số.', i18n: 'translate' });

