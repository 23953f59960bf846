/**
 * Editor-component form values shared by the unit round trip and the build round trip: the first
 * example of each author component (src/components/author/<name>/examples.ts), which includes
 * Vietnamese text and a double quote.
 */
import type { Values } from '../../admin/editor-components.ts';
import { AUTHOR_COMPONENT_LIST } from '../../src/components/author/index.ts';

export const SAMPLE_VALUES: Record<string, Values> = Object.fromEntries(
  AUTHOR_COMPONENT_LIST.map((component) => [component.name, component.examples[0]!.values]),
);
