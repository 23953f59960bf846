/**
 * <Figure>: an image with a caption. The image is written inside as markdown so that Astro
 * optimises it; the CMS form asks for the file and its alt text. Its CMS editor component and preview.
 */
import { defineAuthorComponent, escapeHtml, readAttributes, writeAttributes } from '../define.ts';
import { examples } from './examples.ts';
import { figureProps } from './schema.ts';

export const figure = defineAuthorComponent({
  name: 'Figure',
  label: 'Ảnh có chú thích',
  menuOrder: 40,
  props: figureProps,
  contentFields: [
    { name: 'image', label: 'Tệp ảnh', widget: 'image', required: true, hint: 'Ảnh JPG, PNG hoặc WebP, tối đa 10 MB.' },
    {
      name: 'alt',
      label: 'Mô tả ảnh (alt)',
      widget: 'string',
      required: true,
      hint: 'Tả ngắn gọn nội dung ảnh cho người không xem được ảnh, ví dụ người khiếm thị.',
    },
  ],
  syntax: (attributes) => ({
    pattern: /^<Figure((?:\s+[A-Za-z][\w-]*="[^"]*")*)\s*>\s*!\[([^\]\n]*)\]\(([^)\s]+)\)\s*<\/Figure>/,
    fromBlock: (match) => ({ ...readAttributes(match[1] ?? ''), alt: match[2], image: match[3] }),
    toBlock: (data) =>
      `<Figure${writeAttributes(attributes, data)}>\n\n![${(data.alt ?? '').replace(/[[\]\n]/g, ' ').trim()}](${data.image ?? ''})\n\n</Figure>`,
  }),
  preview: (data) =>
    `<figure class="figure"><img src="${escapeHtml(data.image)}" alt="${escapeHtml(data.alt)}">${data.caption ? `<figcaption>${escapeHtml(data.caption)}</figcaption>` : ''}</figure>`,
  readme: '`<Figure caption="…">` + a blank line + `![mô tả ảnh](../../media/anh.jpg)` + `</Figure>`',
  examples,
});
