/** Props of <Figure>: the attributes content may write, with their CMS titles and hints. */
import { z } from 'astro/zod';

/** An image (written inside as markdown) with a caption. */
export const figureProps = z.strictObject({
  /** Caption under the image. */
  caption: z.string().trim().max(300).optional().meta({ title: 'Chú thích', description: 'Dòng chú thích dưới ảnh (không bắt buộc).' }),
});
