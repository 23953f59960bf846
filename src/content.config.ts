import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, contentRoot, type CollectionName } from './lib/content-root.ts';
import { campaignSchema } from './schemas/campaign.ts';
import { hotlineSchema } from './schemas/hotline.ts';
import { legalSchema } from './schemas/legal.ts';
import { materialSchema } from './schemas/material.ts';
import { pageSchema } from './schemas/page.ts';
import { quizSchema } from './schemas/quiz.ts';

const root = contentRoot();
const loader = (name: CollectionName) =>
  glob({
    pattern: `*/*.${COLLECTIONS[name].extension}`,
    base: `${root}/${name}`,
    // Keep the file name as written: ids are `<lang>/<slug>`, and slugs are permanent URLs.
    generateId: ({ entry }) => entry.replace(/\.(mdx|yaml)$/, ''),
  });

export const collections = {
  campaigns: defineCollection({ loader: loader('campaigns'), schema: ({ image }) => campaignSchema(image) }),
  materials: defineCollection({ loader: loader('materials'), schema: ({ image }) => materialSchema(image) }),
  legal: defineCollection({ loader: loader('legal'), schema: legalSchema }),
  pages: defineCollection({ loader: loader('pages'), schema: pageSchema }),
  hotlines: defineCollection({ loader: loader('hotlines'), schema: hotlineSchema }),
  quizzes: defineCollection({ loader: loader('quizzes'), schema: quizSchema }),
};
