/** Props of <Hotline>: the attributes content may write, with their CMS titles and hints. */
import { z } from 'astro/zod';

/** A hotline card from the registry. */
export const hotlineProps = z.strictObject({
  /** Registry id, e.g. 111. */
  id: z.string().trim().min(1).meta({ title: 'Đường dây nóng', description: 'Chọn đường dây trong danh bạ.', reference: 'hotlines' }),
});
