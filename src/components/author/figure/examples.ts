/** Named examples of <Figure>; they drive its render, CMS round-trip and preview tests and the README table. */
import type { AuthorExample } from '../define.ts';

export const examples: AuthorExample[] = [
  {
    name: 'an image with a caption',
    values: {
      caption: 'Gia đình bình đẳng, yêu thương.',
      image: '../../media/gia-dinh.jpg',
      alt: 'Ba hình tròn màu cam, tím và xanh ngọc.',
    },
    mdx: '<Figure caption="Gia đình bình đẳng, yêu thương.">\n\n![Ba hình tròn màu cam, tím và xanh ngọc.](../../media/gia-dinh.jpg)\n\n</Figure>',
    html: [
      '<figure class="figure">',
      'alt="Ba hình tròn màu cam, tím và xanh ngọc."',
      '<figcaption>Gia đình bình đẳng, yêu thương.</figcaption></figure>',
    ],
  },
  {
    name: 'an image without a caption',
    values: { image: '../../media/gia-dinh.jpg', alt: 'Ba hình tròn màu cam, tím và xanh ngọc.' },
    mdx: '<Figure>\n\n![Ba hình tròn màu cam, tím và xanh ngọc.](../../media/gia-dinh.jpg)\n\n</Figure>',
    html: ['<figure class="figure">', 'alt="Ba hình tròn màu cam, tím và xanh ngọc."'],
    absent: ['figcaption'],
  },
];
