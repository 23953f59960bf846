/**
 * The file format of the translated collections: YAML frontmatter + MDX body, like Decap's own
 * `frontmatter`, with one difference: a language version with nothing of its own serialises to an
 * empty string. Decap keeps a draft for every enabled language, with the language-neutral fields
 * copied from Vietnamese (`i18n: 'duplicate'`, admin/config.ts), and would otherwise write a
 * content/<collection>/<lang>/<slug>.mdx holding only those copies (no title) for each language
 * nobody translated, which the build refuses. An empty file is read as "no translation".
 */
import { parse, stringify } from 'yaml';
import { escapeMdxProse } from '../src/collections/mdx-escape.ts';

export const FORMAT_NAME = 'mdx-frontmatter';

const isEmpty = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && !Array.isArray(value) && Object.values(value).every(isEmpty));

/** Drops empty values, recursively, so no half-filled optional object reaches the file. */
function prune(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => !isEmpty(v)).map(prune);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => !isEmpty(v)).map(([k, v]) => [k, prune(v)]));
  }
  return value;
}

/** The part of a CMS field this module reads. */
export interface FieldLike {
  name: string;
  widget?: string;
  i18n?: boolean | 'translate' | 'duplicate' | 'none';
  fields?: FieldLike[];
}

/** Dotted paths of the fields Decap copies from Vietnamese into every language (`i18n: 'duplicate'`). */
export function duplicatedFieldPaths(fields: FieldLike[], prefix = ''): string[] {
  return fields.flatMap((field) => [
    ...(field.i18n === 'duplicate' ? [`${prefix}${field.name}`] : []),
    ...(field.widget === 'object' && field.fields ? duplicatedFieldPaths(field.fields, `${prefix}${field.name}.`) : []),
  ]);
}

/** `data` without the values at `paths` (dotted), for telling what a language version has of its own. */
function without(data: Record<string, unknown>, paths: readonly string[]): Record<string, unknown> {
  const copy = structuredClone(data);
  for (const path of paths) {
    const keys = path.split('.');
    let node: unknown = copy;
    for (const key of keys.slice(0, -1)) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
    if (node && typeof node === 'object') delete (node as Record<string, unknown>)[keys.at(-1)!];
  }
  return copy;
}

/** Whether a language version has nothing but values copied from Vietnamese: nothing to write. */
export function isOnlyCopied(data: Record<string, unknown>, duplicated: readonly string[]): boolean {
  return isEmpty(without(data, duplicated));
}

/** `duplicated`: the copied fields' paths, so a version with only those is not written. */
export function toFile(data: Record<string, unknown>, duplicated: readonly string[] = []): string {
  const { body, ...fields } = data;
  // Prose MDX would misread ({, <, a line starting with import/export) is escaped on save.
  const text = typeof body === 'string' ? escapeMdxProse(body.trim()) : '';
  const frontmatter = prune(fields) as Record<string, unknown>;
  if (text === '' && isOnlyCopied(frontmatter, duplicated)) return '';
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

export function toYamlFile(data: Record<string, unknown>, duplicated: readonly string[] = []): string {
  const fields = prune(data) as Record<string, unknown>;
  return isOnlyCopied(fields, duplicated) ? '' : stringify(fields, { lineWidth: 0 });
}

export function fromYamlFile(content: string): Record<string, unknown> {
  return (parse(content) as Record<string, unknown> | null) ?? {};
}
