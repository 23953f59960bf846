/** Named examples of <FAQ>; they drive its render, CMS round-trip and preview tests and the README table. */
import type { AuthorExample } from '../define.ts';

export const examples: AuthorExample[] = [
  {
    name: 'a question with a one-line answer',
    values: { question: 'Bình đẳng giới là gì?', answer: 'Nam và nữ có vị trí, vai trò ngang nhau.' },
    mdx: '<FAQ question="Bình đẳng giới là gì?">\nNam và nữ có vị trí, vai trò ngang nhau.\n</FAQ>',
    html: [
      '<section class="faq" aria-labelledby="hoi-binh-dang-gioi-la-gi">',
      '<h2 id="hoi-binh-dang-gioi-la-gi" class="faq__question">Bình đẳng giới là gì?</h2>',
      '<div class="faq__answer"><p>Nam và nữ có vị trí, vai trò ngang nhau.</p>',
    ],
  },
];
