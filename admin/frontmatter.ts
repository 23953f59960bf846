/**
 * The file format of the translated collections: YAML frontmatter + MDX body, like Decap's own
 * `frontmatter`, with one difference: a language version with nothing in it serialises to an
 * empty string, which Decap then does not write. Decap keeps an (empty) draft for every enabled
 * language and would otherwise write an empty content/<collection>/<lang>/<slug>.mdx for each
 * language nobody translated, which the build refuses.
 */
import { parse, stringify } from 'yaml';
import { escapeMdxProse } from '../src/lib/mdx-escape.ts';

export const FORMAT_NAME = 'mdx-frontmatter';

const isEmpty = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && !Array.isArray(value) && Object.values(value as object).every(isEmpty));

/** Drops empty values, recursively, so no half-filled optional object reaches the file. */
function prune(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => !isEmpty(v)).map(prune);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => !isEmpty(v)).map(([k, v]) => [k, prune(v)]));
  }
  return value;
}

export function toFile(data: Record<string, unknown>): string {
  const { body, ...fields } = data;
  // Prose MDX would misread ({, <, a line starting with import/export) is escaped on save.
  const text = typeof body === 'string' ? escapeMdxProse(body.trim()) : '';
  const frontmatter = prune(fields) as Record<string, unknown>;
  if (Object.keys(frontmatter).length === 0 && text === '') return '';
  return `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n${text}${text ? '\n' : ''}`;
}

export function fromFile(content: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n?---\r?\n?([\s\S]*)$/.exec(content);
  if (!match) return { body: content };
  const fields = (parse(match[1] ?? '') as Record<string, unknown> | null) ?? {};
  return { ...fields, body: (match[2] ?? '').replace(/^\r?\n/, '').replace(/\r?\n$/, '') };
}

/** The file format of translated data collections (quizzes): plain YAML, with the same rule. */
export const YAML_FORMAT_NAME = 'yaml-translated';

export function toYamlFile(data: Record<string, unknown>): string {
  const fields = prune(data) as Record<string, unknown>;
  return Object.keys(fields).length === 0 ? '' : stringify(fields, { lineWidth: 0 });
}

export function fromYamlFile(content: string): Record<string, unknown> {
  return (parse(content) as Record<string, unknown> | null) ?? {};
}
