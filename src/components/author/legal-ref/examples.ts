/** Named examples of <LegalRef>; they drive its render, CMS round-trip and preview tests and the README table. */
import type { AuthorExample } from '../define.ts';

export const examples: AuthorExample[] = [
  {
    name: 'an article of a law',
    values: { number: '73/2006/QH11', article: '5' },
    mdx: '<LegalRef number="73/2006/QH11" article="5" />',
    html: ['<a class="legal-ref" href="/van-ban/luat-binh-dang-gioi-2006/#dieu-5" title="Luật Bình đẳng giới">Điều 5 73/2006/QH11</a>'],
  },
  {
    name: 'a whole document, linked within the reader language',
    values: { number: '73/2006/QH11' },
    mdx: '<LegalRef number="73/2006/QH11" />',
    html: ['<a class="legal-ref" href="/tyz/van-ban/luat-binh-dang-gioi-2006/" title="Luật Bình đẳng giới">73/2006/QH11</a>'],
    lang: 'tyz',
  },
];
