/** Props of <Download>: the attributes content may write, with their CMS titles and hints. */
import { z } from 'astro/zod';

/** A downloadable file from public/files, with its format and size shown. */
export const downloadProps = z.strictObject({
  /** File name in public/files. */
  file: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9._-]*\.[a-z0-9]+$/, {
      error: 'Tên tệp chỉ gồm chữ thường không dấu, số, dấu chấm và gạch ngang, ví dụ to-gap.pdf.',
    })
    .meta({ title: 'Tệp', description: 'Tệp trong thư mục public/files.' }),
  /** What the file is, as the link text. */
  title: z.string().trim().min(1).max(200).meta({ title: 'Tên hiển thị', description: 'Tên tài liệu người đọc nhìn thấy.' }),
});
