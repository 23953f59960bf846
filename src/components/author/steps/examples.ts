/** Named examples of <Steps>; they drive its render, CMS round-trip and preview tests and the README table. */
import type { AuthorExample } from '../define.ts';

export const examples: AuthorExample[] = [
  {
    name: 'three steps',
    values: { steps: 'Giữ an toàn trước hết.\nGọi 113 khi có nguy hiểm.\nBáo cho chính quyền xã.' },
    mdx: '<Steps>\n\n1. Giữ an toàn trước hết.\n2. Gọi 113 khi có nguy hiểm.\n3. Báo cho chính quyền xã.\n\n</Steps>',
    html: ['<div class="steps"><ol>', '<li>Giữ an toàn trước hết.</li>', '<li>Báo cho chính quyền xã.</li>'],
  },
];
