/**
 * The frontmatter fields of an entry that are words to translate, found from its schema: strings
 * and lists of strings, except ids, references, images, dates, choices from a list and the
 * translation bookkeeping. Paths are dotted (`title`, `tags.0`, `cover.alt`, `easyRead.1.text`).
 */
import type { z } from 'astro/zod';
import { arrayElement, describeField, objectFields } from '../../collections/schema-walk.ts';

/** Fields that hold ids or technical values even though they are strings. */
const NEUTRAL_KEYS = new Set([
  'translation',
  'campaign',
  'legal',
  'audiences',
  'file',
  'image',
  'src',
  'url',
  'href',
  'number',
  'id',
  'consent',
]);

function isTextField(schema: z.ZodType): boolean {
  const info = describeField(schema);
  return (
    info.type === 'string' &&
    info.meta.widget !== 'image' &&
    info.meta.widget !== 'date' &&
    !info.meta.reference &&
    info.meta.i18n !== 'duplicate'
  );
}

/** The translatable string values of `data`, by dotted path, in the order of the schema. */
export function translatableFields(schema: z.ZodType, data: unknown, path: string[] = []): [string, string][] {
  const info = describeField(schema);
  if (info.meta.i18n === 'duplicate' || info.meta.reference) return [];
  if (info.type === 'object' && data && typeof data === 'object' && !Array.isArray(data)) {
    return objectFields(schema).flatMap(([key, field]) =>
      NEUTRAL_KEYS.has(key) ? [] : translatableFields(field, (data as Record<string, unknown>)[key], [...path, key]),
    );
  }
  if (info.type === 'array' && Array.isArray(data)) {
    const element = arrayElement(schema);
    return element ? data.flatMap((item, index) => translatableFields(element, item, [...path, String(index)])) : [];
  }
  if (typeof data === 'string' && isTextField(schema) && /\p{L}/u.test(data)) return [[path.join('.'), data]];
  return [];
}
