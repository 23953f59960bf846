/** Named examples of <Hotline>; they drive its render, CMS round-trip and preview tests and the README table. */
import type { AuthorExample } from '../define.ts';

export const examples: AuthorExample[] = [
  {
    name: 'the national child-protection hotline',
    values: { id: '111' },
    mdx: '<Hotline id="111" />',
    html: ['<div class="hotline">', '<a class="hotline__call" href="tel:111">Gọi 111</a>', '<span>Miễn phí</span>'],
  },
];
