/**
 * What one author component is made of. Each folder under src/components/author/ defines one
 * component with `defineAuthorComponent`: its props schema, its CMS editor component (form fields
 * and the MDX it reads and writes), its CMS preview markup, its examples and its place in the
 * menu; the registry (all.ts, one line per folder) lists them. Pure TypeScript, with no Astro and
 * no Decap import, so the content check, the admin bundle and unit tests all use the same
 * definitions.
 */
import type { z } from 'astro/zod';

/** Values of an editor component's form: attributes and content fields, as typed. */
export type Values = Record<string, string | undefined>;

/** A form field for the element's content rather than an attribute, in Decap's field format. */
export interface ContentField {
  name: string;
  label: string;
  widget: 'text' | 'string' | 'image';
  required: boolean;
  hint?: string;
}

/** How the CMS writes a component into the body and reads it back (Decap's editor-component API). */
export interface EditorSyntax {
  /** Inline components sit inside a sentence ("theo <LegalRef … />, …"). */
  type?: 'inline';
  pattern: RegExp;
  fromBlock?: (match: RegExpMatchArray) => Values;
  toBlock?: (data: Values) => string;
  fromInline?: (match: RegExpMatchArray) => Values;
  toInline?: (data: Values) => string;
}

/** What the CMS preview knows of the site: UI strings and the registries the stand-ins look up. */
export interface PreviewData {
  /** UI strings from src/i18n/vi.json that the stand-ins need. */
  strings: Record<string, string>;
  /** The hotline registry, by id. */
  hotlines: Record<string, { name: string; number: string; hours: string; free: boolean; stateRun: boolean }>;
  /** Legal documents by number. */
  legal: Record<string, { title: string }>;
}

/** A UI string with its `{placeholders}` filled, HTML-escaped. */
export type PreviewTranslate = (key: string, values?: Record<string, string>) => string;

/**
 * One named example: what an editor types in the CMS, the MDX the CMS writes, and key markup the
 * site renders. The render test, the CMS round trip and the preview test all run every example.
 */
export interface AuthorExample {
  /** What the example shows, in English (a test name). */
  name: string;
  /** The editor component's form values: attributes and content fields. */
  values: Values;
  /** The MDX the CMS writes from `values`, exactly. */
  mdx: string;
  /** Pieces of the site's rendered HTML, each found verbatim in it. */
  html: string[];
  /** Pieces that must not be in it. */
  absent?: string[];
  /** The page language the site renders it in; Vietnamese when absent. */
  lang?: string;
  /** Selectors whose text the preview cannot know (e.g. a file size read at build time), with why. */
  previewOmits?: Record<string, string>;
}

export interface AuthorComponentDefinition<Name extends string = string, Props extends z.ZodType = z.ZodType> {
  /** The tag content writes, e.g. `Callout`. */
  name: Name;
  /** Vietnamese name in the CMS "+" menu. */
  label: string;
  /**
   * Place in the CMS "+" menu, the content check's messages and the README table: lower comes
   * first, unique among the components. The shipped seven use 10 to 70 and stay first (the
   * registry test checks their order), so a new one takes 80, 90, …
   */
  menuOrder: number;
  /** The attributes content may write; validated at build time and turned into CMS fields. */
  props: Props;
  /** Form fields for the element's content, after the attribute fields. */
  contentFields?: ContentField[];
  /** The MDX the CMS writes, given the attribute names in schema order. */
  syntax: (attributes: readonly string[]) => EditorSyntax;
  /** The stand-in markup shown in the CMS preview: the site's element structure and classes, every value escaped. */
  preview: (data: Values, t: PreviewTranslate, site: PreviewData) => string;
  /** The README's "example" cell for this component, in Markdown (`npm run docs:components`). */
  readme: string;
  examples: readonly AuthorExample[];
}

/** Declares an author component; the identity function that keeps its name and props typed. */
export function defineAuthorComponent<const Name extends string, Props extends z.ZodType>(
  definition: AuthorComponentDefinition<Name, Props>,
): AuthorComponentDefinition<Name, Props> {
  return definition;
}

/** Validates an author component's props, with a Vietnamese message naming the component. */
export function checkProps<Props extends z.ZodType>(definition: AuthorComponentDefinition<string, Props>, props: unknown): z.infer<Props> {
  const parsed = definition.props.safeParse(props);
  if (!parsed.success) {
    const details = parsed.error.issues
      .map((issue) =>
        issue.code === 'unrecognized_keys'
          ? `thuộc tính không dùng được: ${issue.keys.join(', ')}`
          : `${issue.path.join('.') || definition.name}: ${issue.message}`,
      )
      .join('; ');
    throw new Error(`Thẻ <${definition.name}> có thuộc tính không hợp lệ: ${details}`);
  }
  return parsed.data;
}

// The MDX syntax shared by the components: attributes in double quotes, no expressions.

/** Attribute values are written in double quotes; a double quote inside becomes &quot;. */
const escapeAttribute = (value: string) => value.replace(/"/g, '&quot;');
const unescapeAttribute = (value: string) => value.replace(/&quot;/g, '"');

/** `name="value"` pairs in schema order, leaving out empty optional values. */
export function writeAttributes(names: readonly string[], data: Values): string {
  return names
    .filter((name) => data[name] !== undefined && String(data[name]).trim() !== '')
    .map((name) => ` ${name}="${escapeAttribute(String(data[name]).trim())}"`)
    .join('');
}

export function readAttributes(source: string): Values {
  const values: Values = {};
  for (const match of source.matchAll(/([A-Za-z][\w-]*)="([^"]*)"/g)) values[match[1]!] = unescapeAttribute(match[2]!);
  return values;
}

export const trimLines = (text: string | undefined) => (text ?? '').replace(/\r\n/g, '\n').trim();

/** A self-closing block element, `<Name a="…" />`, on a line of its own. */
export function selfClosingSyntax(name: string, attributes: readonly string[]): EditorSyntax {
  return {
    pattern: new RegExp(`^<${name}((?:\\s+[A-Za-z][\\w-]*="[^"]*")*)\\s*/>`),
    fromBlock: (match) => readAttributes(match[1] ?? ''),
    toBlock: (data) => `<${name}${writeAttributes(attributes, data)} />`,
  };
}

/** A block element around one text field: `<Name a="…">`, the text, `</Name>`, each on its own line. */
export function wrappingSyntax(name: string, attributes: readonly string[], field: string): EditorSyntax {
  return {
    pattern: new RegExp(`^<${name}((?:\\s+[A-Za-z][\\w-]*="[^"]*")*)\\s*>\\n([\\s\\S]*?)\\n<\\/${name}>`),
    fromBlock: (match) => ({ ...readAttributes(match[1] ?? ''), [field]: trimLines(match[2]) }),
    toBlock: (data) => `<${name}${writeAttributes(attributes, data)}>\n${trimLines(data[field])}\n</${name}>`,
  };
}

// Helpers for preview markup.

export const escapeHtml = (value: unknown) =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Fills `{placeholders}` of a UI string; unescaped. */
export const fill = (template: string | undefined, values: Record<string, string>) =>
  (template ?? '').replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');

/** Escaped text with **bold**. */
export const inlineMarkdown = (text: string) => escapeHtml(text).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>');

/** Paragraphs of plain text with **bold**, escaped; as in Markdown, a blank line starts a paragraph and a single line break does not. */
export const paragraphs = (text: string | undefined) =>
  (text ?? '')
    .split(/\n\s*\n/)
    .filter((paragraph) => paragraph.trim() !== '')
    .map((paragraph) => `<p>${inlineMarkdown(paragraph.trim())}</p>`)
    .join('');
