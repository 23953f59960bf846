import { z } from 'astro/zod';
import { booleanField, longTextField, textField } from './fields.ts';
import { translationField } from './translation.ts';

/** A static page such as "About the agency" or "Using this site safely". */
export const pageSchema = z.object({
  /** Page heading. */
  title: textField({ title: 'Tiêu đề', description: 'Tiêu đề trang.' }),
  /** One sentence used in search results and link previews. */
  summary: longTextField({ title: 'Tóm tắt', description: 'Một câu mô tả trang, dùng cho kết quả tìm kiếm.' }, 300),
  /** Hidden from the public site while true. */
  draft: booleanField({ title: 'Bản nháp', description: 'Bật để ẩn trang khỏi trang công khai.' }, false),
  /** Translation bookkeeping, for language versions other than Vietnamese. */
  translation: translationField.optional(),
});

