/** Named examples of <Callout>; they drive its render, CMS round-trip and preview tests and the README table. */
import type { AuthorExample } from '../define.ts';

export const examples: AuthorExample[] = [
  {
    name: 'a warning with its own title, bold text and a double quote',
    values: { type: 'warning', title: 'Lưu ý "quan trọng"', body: 'Gọi **113** khi có nguy hiểm.\nGọi 111 nếu nạn nhân là trẻ em.' },
    mdx: '<Callout type="warning" title="Lưu ý &quot;quan trọng&quot;">\nGọi **113** khi có nguy hiểm.\nGọi 111 nếu nạn nhân là trẻ em.\n</Callout>',
    html: [
      '<aside class="callout callout--warning">',
      '<p class="callout__title"><strong>Lưu ý &quot;quan trọng&quot;</strong></p>',
      '<strong>113</strong>',
    ],
  },
  {
    name: 'a tip titled by its type',
    values: { type: 'tip', body: 'Lưu số **111** vào danh bạ điện thoại.' },
    mdx: '<Callout type="tip">\nLưu số **111** vào danh bạ điện thoại.\n</Callout>',
    html: [
      '<aside class="callout callout--tip">',
      '<p class="callout__title"><strong>Mẹo</strong></p>',
      '<p>Lưu số <strong>111</strong> vào danh bạ điện thoại.</p>',
    ],
  },
  {
    name: 'two paragraphs, titled in Vietnamese on a page of a language without UI strings',
    values: { type: 'danger', body: 'Gọi 113 khi có nguy hiểm.\n\nBáo cho chính quyền xã.' },
    mdx: '<Callout type="danger">\nGọi 113 khi có nguy hiểm.\n\nBáo cho chính quyền xã.\n</Callout>',
    html: [
      '<p class="callout__title"><strong>Quan trọng</strong></p>',
      '<p>Gọi 113 khi có nguy hiểm.</p>',
      '<p>Báo cho chính quyền xã.</p>',
    ],
    lang: 'tyz',
  },
];
