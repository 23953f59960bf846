/**
 * The registry of author components: the only components content under content/ may use. Each
 * lives in its own folder (component, props schema, CMS editor component and preview, CSS,
 * examples) and is registered by one line in all.ts; every other list derives from the one below:
 * the names the MDX allow-list accepts, the props the content check validates, the CMS's editor
 * components and preview stand-ins, the `components` given to <Content> (astro.ts), the
 * stylesheet (styles.ts) and the README table.
 * To add a component, add its folder and its line in all.ts.
 */
import type { z } from 'astro/zod';
import * as definitions from './all.ts';
import { checkProps, type AuthorComponentDefinition } from './define.ts';

type Definition = (typeof definitions)[keyof typeof definitions];

/** Sorted by `menuOrder`: the order of the CMS "+" menu, of the content check's messages and of the README table. */
export const AUTHOR_COMPONENT_LIST: readonly Definition[] = Object.values(definitions).sort((a, b) => a.menuOrder - b.menuOrder);

for (const [index, component] of AUTHOR_COMPONENT_LIST.entries()) {
  const previous = AUTHOR_COMPONENT_LIST[index - 1];
  if (previous?.menuOrder === component.menuOrder)
    throw new Error(
      `Author components ${previous.name} and ${component.name} have the same menuOrder (${component.menuOrder}); give each its own.`,
    );
}

export type AuthorComponentName = Definition['name'];
type DefinitionOf<N extends AuthorComponentName> = Extract<Definition, { name: N }>;

export const AUTHOR_COMPONENTS: AuthorComponentName[] = AUTHOR_COMPONENT_LIST.map((component) => component.name);

/** Each component's props schema, by name. */
export const authorComponentProps = Object.fromEntries(AUTHOR_COMPONENT_LIST.map((component) => [component.name, component.props])) as {
  [N in AuthorComponentName]: DefinitionOf<N>['props'];
};

/** The definition of one author component. */
export function authorComponent<N extends AuthorComponentName>(name: N): DefinitionOf<N> {
  return AUTHOR_COMPONENT_LIST.find((component) => component.name === name) as DefinitionOf<N>;
}

/** Validates the props of an author component, with a Vietnamese message naming the component. */
export function authorProps<N extends AuthorComponentName>(name: N, props: unknown): z.infer<DefinitionOf<N>['props']> {
  return checkProps(authorComponent(name) as AuthorComponentDefinition, props) as z.infer<DefinitionOf<N>['props']>;
}
