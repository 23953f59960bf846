/** Connects each collection of the registry (src/collections/registry.ts) to its loader and schema. */
import { defineCollection } from 'astro:content';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { REGISTRY } from './collections/registry.ts';
import type { ImageHelper } from './schemas/fields.ts';
import { COLLECTIONS, contentRoot, type CollectionName } from './collections/root.ts';

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

/** One collection of the registry: its files, and its schema given Astro's image(). */
const define = (name: CollectionName) => defineCollection({ loader: loader(name), schema: ({ image }) => REGISTRY[name].schema(image) });

/** Typed per collection, so that CollectionEntry<'materials'> knows the material schema. */
type Collections = { [N in CollectionName]: { loader: Loader; schema: (context: { image: ImageHelper }) => ReturnType<(typeof REGISTRY)[N]['schema']> } };

export const collections = Object.fromEntries((Object.keys(COLLECTIONS) as CollectionName[]).map((name) => [name, define(name)])) as unknown as Collections;
