/**
 * Decap editor components for every author component: staff pick one from the "+" menu of the
 * body editor, fill a form, and the CMS writes the MDX documented in README "Author components".
 * Each component's label, content fields and syntax are in its folder under src/components/author/;
 * the attribute fields come from the same zod schemas that validate the props at build time.
 * Pure: no Decap import, so the round trip is unit-tested (test/unit/admin/editor-components.test.ts).
 */
import { AUTHOR_COMPONENT_LIST, authorComponent, type AuthorComponentName } from '../src/components/author/index.ts';
import type { ContentField, EditorSyntax, Values } from '../src/components/author/define.ts';
import { describeField, objectFields } from '../src/collections/schema-walk.ts';
import { MAX_IMAGE_BYTES, cmsField, type CmsField } from './config.ts';

export type { Values } from '../src/components/author/define.ts';

export interface EditorComponent extends EditorSyntax {
  id: AuthorComponentName;
  label: string;
  fields: CmsField[];
  /** Names of the attribute fields (the rest are the element's content). */
  attributes: string[];
}

/** A content field as Decap needs it: an image field uploads through the media library, within the size limit. */
const contentField = (field: ContentField): CmsField =>
  field.widget === 'image' ? { ...field, choose_url: false, media_library: { config: { max_file_size: MAX_IMAGE_BYTES } } } : { ...field };

export const editorComponents: EditorComponent[] = AUTHOR_COMPONENT_LIST.map((component) => {
  const props = objectFields(component.props);
  const attributes = props.map(([key]) => key);
  const fields = [...props.map(([key, schema]) => cmsField(key, schema)), ...(component.contentFields ?? []).map(contentField)];
  return { id: component.name, label: component.label, fields, attributes, ...component.syntax(attributes) };
});

/** Reads a written component back: the values of its form, or undefined when the text is not one. */
export function parseComponent(component: EditorComponent, text: string): Values | undefined {
  const match = component.pattern.exec(text);
  if (!match) return undefined;
  return component.type === 'inline' ? component.fromInline!(match) : component.fromBlock!(match);
}

/** Writes a component's MDX from its form values. */
export function writeComponent(component: EditorComponent, data: Values): string {
  return component.type === 'inline' ? component.toInline!(data) : component.toBlock!(data);
}

/** The props the site's component will receive, for schema validation in tests and preview. */
export function propsOf(component: EditorComponent, data: Values): Values {
  const props: Values = {};
  const schemas = new Map(objectFields(authorComponent(component.id).props));
  for (const name of component.attributes) {
    const info = describeField(schemas.get(name)!);
    const value = data[name]?.trim();
    if (value) props[name] = value;
    else if (!info.optional) props[name] = value;
  }
  return props;
}
