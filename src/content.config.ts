import { defineCollection } from 'astro:content';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { COLLECTIONS, contentRoot, type CollectionName } from './collections/root.ts';
import { campaignSchema } from './schemas/campaign.ts';
import { eventSchema } from './schemas/event.ts';
import { hotlineSchema } from './schemas/hotline.ts';
import { legalSchema } from './schemas/legal.ts';
import { materialSchema } from './schemas/material.ts';
import { pageSchema } from './schemas/page.ts';
import { quizSchema } from './schemas/quiz.ts';

const root = contentRoot();

/** A blank file (the CMS writes one per language nobody translated yet) is no entry at all. */
const isBlank = (entry: { data: Record<string, unknown>; body?: string | undefined }) =>
  Object.keys(entry.data).length === 0 && (entry.body ?? '').trim() === '';

const loader = (name: CollectionName): Loader => {
  const inner = glob({
    pattern: `*/*.${COLLECTIONS[name].extension}`,
    base: `${root}/${name}`,
    // Keep the file name as written: ids are `<lang>/<slug>`, and slugs are permanent URLs.
    generateId: ({ entry }) => entry.replace(/\.(mdx|yaml)$/, ''),
  });
  return {
    name: `content-${name}`,
    load: (context: LoaderContext) =>
      inner.load({
        ...context,
        parseData: (props) => (isBlank(props) ? Promise.resolve(props.data) : context.parseData(props)),
        store: new Proxy(context.store, {
          get: (target, key) =>
            key === 'set'
              ? (entry: Parameters<typeof target.set>[0]) => (isBlank(entry) ? false : target.set(entry))
              : (Reflect.get(target, key) as unknown) instanceof Function
                ? (Reflect.get(target, key) as (...args: unknown[]) => unknown).bind(target)
                : Reflect.get(target, key),
        }),
      }),
  };
};

export const collections = {
  campaigns: defineCollection({ loader: loader('campaigns'), schema: ({ image }) => campaignSchema(image) }),
  materials: defineCollection({ loader: loader('materials'), schema: ({ image }) => materialSchema(image) }),
  legal: defineCollection({ loader: loader('legal'), schema: legalSchema }),
  pages: defineCollection({ loader: loader('pages'), schema: pageSchema }),
  hotlines: defineCollection({ loader: loader('hotlines'), schema: hotlineSchema }),
  quizzes: defineCollection({ loader: loader('quizzes'), schema: quizSchema }),
  events: defineCollection({ loader: loader('events'), schema: eventSchema }),
};
