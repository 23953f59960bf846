/** Named examples of <Download>; they drive its render, CMS round-trip and preview tests and the README table. */
import type { AuthorExample } from '../define.ts';

export const examples: AuthorExample[] = [
  {
    name: 'a leaflet',
    values: { file: 'to-gap.pdf', title: 'Tờ gấp phòng, chống bạo lực gia đình' },
    mdx: '<Download file="to-gap.pdf" title="Tờ gấp phòng, chống bạo lực gia đình" />',
    html: [
      '<p class="download">',
      '<a href="/files/to-gap.pdf" download>Tải về: Tờ gấp phòng, chống bạo lực gia đình</a>',
      '<span class="download__meta">(PDF, ',
    ],
    previewOmits: { '.download__meta': 'the format and size are read from the file at build time; the preview shows the file name' },
  },
];
