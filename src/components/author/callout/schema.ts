/** Props of <Callout>: the attributes content may write, with their CMS titles and hints. */
import { z } from 'astro/zod';

export const CALLOUT_TYPES = ['info', 'tip', 'warning', 'danger'] as const;

/** A highlighted box: information, tip, warning or danger. */
export const calloutProps = z.strictObject({
  /** Tone of the box. */
  type: z
    .enum(CALLOUT_TYPES)
    .default('info')
    .meta({ title: 'Kiểu hộp', description: 'info: thông tin, tip: mẹo, warning: lưu ý, danger: quan trọng.' }),
  /** Heading of the box; a default by type is used when empty. */
  title: z.string().trim().max(120).optional().meta({ title: 'Tiêu đề hộp', description: 'Để trống để dùng tiêu đề mặc định.' }),
});
