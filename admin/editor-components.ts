/**
 * Decap editor components for every author component: staff pick one from the "+" menu of the
 * body editor, fill a form, and the CMS writes the MDX documented in README "Author components".
 * The attribute fields come from the same zod schemas that validate the props at build time.
 * Pure: no Decap import, so the round trip is unit-tested (test/unit/admin/editor-components.test.ts).
 */
import { AUTHOR_COMPONENTS, authorComponentProps, type AuthorComponentName } from '../src/schemas/author-components.ts';
import { describeField, objectFields } from '../src/collections/schema-walk.ts';
import { MAX_IMAGE_BYTES, cmsField, type CmsField } from './config.ts';

export type Values = Record<string, string | undefined>;

export interface EditorComponent {
  id: AuthorComponentName;
  label: string;
  /** Inline components sit inside a sentence ("theo <LegalRef … />, …"). */
  type?: 'inline';
  fields: CmsField[];
  pattern: RegExp;
  fromBlock?: (match: RegExpMatchArray) => Values;
  toBlock?: (data: Values) => string;
  fromInline?: (match: RegExpMatchArray) => Values;
  toInline?: (data: Values) => string;
  /** Names of the attribute fields (the rest are the element's content). */
  attributes: string[];
}

/** Vietnamese names shown in the "+" menu. */
const LABELS: Record<AuthorComponentName, string> = {
  Callout: 'Hộp lưu ý',
  Hotline: 'Đường dây nóng',
  LegalRef: 'Dẫn văn bản pháp luật',
  Figure: 'Ảnh có chú thích',
  Download: 'Tệp tải về',
  Steps: 'Các bước',
  FAQ: 'Câu hỏi – trả lời',
};

/** Fields that are the element's content rather than attributes. */
const CONTENT_FIELDS: Partial<Record<AuthorComponentName, CmsField[]>> = {
  Callout: [{ name: 'body', label: 'Nội dung hộp', widget: 'text', required: true, hint: 'Một hoặc vài câu; có thể dùng **chữ đậm**.' }],
  Figure: [
    {
      name: 'image',
      label: 'Tệp ảnh',
      widget: 'image',
      required: true,
      choose_url: false,
      hint: 'Ảnh JPG, PNG hoặc WebP, tối đa 10 MB.',
      media_library: { config: { max_file_size: MAX_IMAGE_BYTES } },
    },
    {
      name: 'alt',
      label: 'Mô tả ảnh (alt)',
      widget: 'string',
      required: true,
      hint: 'Tả ngắn gọn nội dung ảnh cho người không xem được ảnh, ví dụ người khiếm thị.',
    },
  ],
  Steps: [
    {
      name: 'steps',
      label: 'Các bước',
      widget: 'text',
      required: true,
      hint: 'Mỗi dòng một bước, theo thứ tự. Không cần gõ số thứ tự.',
    },
  ],
  FAQ: [{ name: 'answer', label: 'Câu trả lời', widget: 'text', required: true, hint: 'Câu trả lời ngắn gọn, dễ hiểu.' }],
};

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

const trimLines = (text: string | undefined) => (text ?? '').replace(/\r\n/g, '\n').trim();

/** The MDX each component writes, and the pattern that reads it back. */
function syntax(name: AuthorComponentName, attributes: string[]): Pick<EditorComponent, 'pattern' | 'fromBlock' | 'toBlock' | 'fromInline' | 'toInline' | 'type'> {
  const open = (data: Values) => `<${name}${writeAttributes(attributes, data)}`;
  switch (name) {
    case 'Hotline':
    case 'Download':
      return {
        pattern: new RegExp(`^<${name}((?:\\s+[A-Za-z][\\w-]*="[^"]*")*)\\s*/>`),
        fromBlock: (match) => readAttributes(match[1] ?? ''),
        toBlock: (data) => `${open(data)} />`,
      };
    case 'LegalRef':
      return {
        type: 'inline',
        pattern: /<LegalRef((?:\s+[A-Za-z][\w-]*="[^"]*")*)\s*\/>/,
        fromInline: (match) => readAttributes(match[1] ?? ''),
        toInline: (data) => `${open(data)} />`,
      };
    case 'Callout':
      return {
        pattern: /^<Callout((?:\s+[A-Za-z][\w-]*="[^"]*")*)\s*>\n([\s\S]*?)\n<\/Callout>/,
        fromBlock: (match) => ({ ...readAttributes(match[1] ?? ''), body: trimLines(match[2]) }),
        toBlock: (data) => `${open(data)}>\n${trimLines(data.body)}\n</Callout>`,
      };
    case 'FAQ':
      return {
        pattern: /^<FAQ((?:\s+[A-Za-z][\w-]*="[^"]*")*)\s*>\n([\s\S]*?)\n<\/FAQ>/,
        fromBlock: (match) => ({ ...readAttributes(match[1] ?? ''), answer: trimLines(match[2]) }),
        toBlock: (data) => `${open(data)}>\n${trimLines(data.answer)}\n</FAQ>`,
      };
    case 'Figure':
      return {
        pattern: /^<Figure((?:\s+[A-Za-z][\w-]*="[^"]*")*)\s*>\s*!\[([^\]\n]*)\]\(([^)\s]+)\)\s*<\/Figure>/,
        fromBlock: (match) => ({ ...readAttributes(match[1] ?? ''), alt: match[2], image: match[3] }),
        toBlock: (data) => `${open(data)}>\n\n![${(data.alt ?? '').replace(/[[\]\n]/g, ' ').trim()}](${data.image ?? ''})\n\n</Figure>`,
      };
    case 'Steps':
      return {
        pattern: /^<Steps>\s*\n((?:\d+\.[^\n]*\n?)+)\s*<\/Steps>/,
        fromBlock: (match) => ({
          steps: (match[1] ?? '')
            .split('\n')
            .map((line) => line.replace(/^\d+\.\s*/, '').trim())
            .filter(Boolean)
            .join('\n'),
        }),
        toBlock: (data) => {
          const steps = trimLines(data.steps)
            .split('\n')
            .map((line) => line.replace(/^\d+\.\s*/, '').trim())
            .filter(Boolean);
          return `<Steps>\n\n${steps.map((step, index) => `${index + 1}. ${step}`).join('\n')}\n\n</Steps>`;
        },
      };
  }
}

export const editorComponents: EditorComponent[] = AUTHOR_COMPONENTS.map((name) => {
  const props = objectFields(authorComponentProps[name]);
  const attributes = props.map(([key]) => key);
  const fields = [...props.map(([key, schema]) => cmsField(key, schema)), ...(CONTENT_FIELDS[name] ?? [])];
  return { id: name, label: LABELS[name], fields, attributes, ...syntax(name, attributes) };
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
  for (const name of component.attributes) {
    const info = describeField(new Map(objectFields(authorComponentProps[component.id])).get(name)!);
    const value = data[name]?.trim();
    if (value) props[name] = value;
    else if (!info.optional) props[name] = value;
  }
  return props;
}
