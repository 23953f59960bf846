/**
 * The author components as Astro components, for `<Content components={authorComponents} />`;
 * content never imports anything. Found by file name in the folders of the registry (index.ts),
 * so a new folder needs no line here. Vite-only (import.meta.glob): pages import it, the content
 * check and the admin use index.ts.
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { AUTHOR_COMPONENTS, type AuthorComponentName } from './index.ts';

const files = import.meta.glob<AstroComponentFactory>('./*/*.astro', { eager: true, import: 'default' });
const byName = new Map(Object.entries(files).map(([path, component]) => [path.replace(/^.*\/|\.astro$/g, ''), component]));

export const authorComponents = Object.fromEntries(
  AUTHOR_COMPONENTS.map((name) => {
    const component = byName.get(name);
    if (!component) throw new Error(`Author component ${name} has no ${name}.astro in its folder under src/components/author/.`);
    return [name, component];
  }),
) as Record<AuthorComponentName, AstroComponentFactory>;
