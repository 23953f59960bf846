/**
 * Content under content/ is data, not code. This module parses an MDX body with the same parser
 * the build uses (Sätteri, the MDX processor of @astrojs/mdx) and lists everything that would let
 * content run code or put a script into a page: import/export, {expressions}, components not on
 * the author allow-list, script/style/iframe/object/embed, on* attributes, javascript: and data:
 * URLs. MDX syntax errors become Vietnamese messages that say how to write the text instead.
 *
 * The same rules run twice: in the content check (before the build, with every message at once)
 * and as a Sätteri mdast plugin inside the real MDX pipeline (src/build/integrations/mdx-guard.ts).
 */
import { mdxToMdast } from 'satteri';
import { AUTHOR_COMPONENTS } from '../components/author/index.ts';

/** A loose view of an mdast/MDX node: only what the rules read. */
export interface MdxNode {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  alt?: string | null;
  attributes?: MdxAttribute[];
  children?: MdxNode[];
  position?: { start: { line: number; column: number } };
}

export interface MdxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: string; value: string };
}

export interface BodyProblem {
  /** 1-based line in the body as given to the parser. */
  line?: number;
  /** Short name of what is wrong: a component name, `image`, `link`… */
  field?: string;
  /** Vietnamese: what is wrong and what to do. */
  message: string;
}

/** Elements that run code or embed other pages; named in their own message. */
export const BLOCKED_ELEMENTS = ['script', 'style', 'iframe', 'object', 'embed'] as const;
/** URL schemes that run code or smuggle content in. */
const BLOCKED_SCHEMES = ['javascript:', 'data:', 'vbscript:'];

const lineOf = (node: MdxNode) => node.position?.start.line;

export type ParsedMdx = { tree: MdxNode; syntaxError?: undefined } | { tree?: undefined; syntaxError: BodyProblem };

/** Parses an MDX body with the build's parser; a syntax error becomes a Vietnamese message. */
export function parseMdx(source: string): ParsedMdx {
  try {
    return { tree: mdxToMdast(source) as unknown as MdxNode };
  } catch (error) {
    return { syntaxError: explainSyntaxError(error instanceof Error ? error.message : String(error), source) };
  }
}

/** Turns the parser's English "line:column: reason" into a message an editor can act on. */
export function explainSyntaxError(raw: string, source: string): BodyProblem {
  const match = /^(\d+):(\d+):\s*([\s\S]*)$/.exec(raw);
  const line = match ? Number(match[1]) : undefined;
  const reason = match ? match[3]! : raw;
  const lineText = line ? (source.split('\n')[line - 1] ?? '') : '';
  const field = 'cú pháp';
  if (/comment/i.test(reason) || lineText.includes('<!--')) {
    return { line, field, message: 'Ghi chú dạng <!-- … --> không dùng được trong nội dung. Hãy xóa ghi chú này.' };
  }
  if (/expression|brace|`\{`|`\}`/i.test(reason)) {
    return {
      line,
      field,
      message:
        'Dấu ngoặc nhọn "{" hoặc "}" bị hiểu là mã lệnh. Nếu muốn viết dấu ngoặc nhọn trong câu, hãy thêm dấu \\ phía trước (ví dụ: Giá \\{100.000đ\\}), hoặc dùng ngoặc tròn.',
    };
  }
  if (/after `<`|before name|JSX tag|tag name/i.test(reason)) {
    return {
      line,
      field,
      message:
        'Dấu "<" bị hiểu là mở đầu một thẻ. Nếu muốn viết dấu nhỏ hơn, hãy thêm dấu \\ phía trước (ví dụ: \\<3) hoặc viết bằng chữ "nhỏ hơn". Muốn chèn liên kết, hãy viết [chữ hiển thị](địa chỉ).',
    };
  }
  if (/closing tag|end tag|Unexpected (?:closing|lazy)/i.test(reason)) {
    return {
      line,
      field,
      message: 'Một thẻ (ví dụ <Callout>) chưa được đóng hoặc đóng sai chỗ. Hãy kiểm tra mỗi thẻ mở có một thẻ đóng tương ứng như </Callout>.',
    };
  }
  return {
    line,
    field,
    message:
      'Không đọc được đoạn này (lỗi cú pháp MDX). Hãy kiểm tra các dấu <, >, {, } trong dòng: muốn viết chúng như chữ thường, hãy thêm dấu \\ phía trước, ví dụ \\{ hoặc \\<.',
  };
}

/** Every node of the tree, depth first. */
export function* walk(node: MdxNode): Generator<MdxNode> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

const isJsx = (node: MdxNode) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** True when a URL would run code or inline data; control characters and case are ignored, as browsers do. */
export function isDangerousUrl(url: string): boolean {
  const cleaned = url.replace(/[\u0000-\u0020\u007f]+/g, '').toLowerCase();
  return BLOCKED_SCHEMES.some((scheme) => cleaned.startsWith(scheme));
}

/** The restriction rules: what content may never contain, whatever it references. */
export function safetyProblems(tree: MdxNode): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const allowed = new Set<string>(AUTHOR_COMPONENTS);
  for (const node of walk(tree)) {
    const line = lineOf(node);
    switch (node.type) {
      case 'mdxjsEsm':
        problems.push({
          line,
          field: 'import/export',
          message:
            'Nội dung không được dùng "import" hay "export" (đó là mã lệnh). Hãy xóa dòng này; các thành phần được phép như <Callout>, <Hotline> dùng được mà không cần import. Nếu đây là câu văn bắt đầu bằng chữ "import" hay "export", hãy viết lại để câu không bắt đầu bằng chữ đó.',
        });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        problems.push({
          line,
          field: 'biểu thức',
          message:
            'Dấu ngoặc nhọn {…} là mã lệnh, không được dùng trong nội dung. Nếu muốn viết dấu ngoặc nhọn như chữ, hãy thêm dấu \\ phía trước: \\{ và \\}.',
        });
        break;
      case 'html':
        problems.push({ line, field: 'HTML', message: 'Không được chèn mã HTML vào nội dung. Hãy dùng định dạng Markdown hoặc các thành phần được phép.' });
        break;
      case 'link':
      case 'image':
      case 'definition':
        if (typeof node.url === 'string' && isDangerousUrl(node.url)) {
          problems.push({
            line,
            field: node.type === 'image' ? 'image' : 'link',
            message: `Địa chỉ "${node.url.slice(0, 40)}" không được phép: liên kết và ảnh không được bắt đầu bằng "javascript:" hay "data:". Hãy dùng địa chỉ https:// hoặc ảnh trong thư mục media.`,
          });
        }
        break;
    }
    if (!isJsx(node)) continue;
    const name = node.name ?? '';
    if ((BLOCKED_ELEMENTS as readonly string[]).includes(name.toLowerCase())) {
      problems.push({
        line,
        field: name,
        message: `Thẻ <${name}> không được dùng trong nội dung vì có thể chạy mã hoặc nhúng trang khác. Hãy xóa thẻ này; muốn dẫn tới video hay trang khác, hãy chèn liên kết [chữ hiển thị](https://…).`,
      });
    } else if (!allowed.has(name)) {
      problems.push({
        line,
        field: name || 'thẻ rỗng',
        message: `Thẻ <${name}> không có trong danh sách thành phần được phép (${AUTHOR_COMPONENTS.join(', ')}). Hãy xóa thẻ hoặc dùng định dạng Markdown; nếu muốn viết dấu "<" như chữ, hãy viết \\<.`,
      });
    }
    for (const attribute of node.attributes ?? []) {
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        problems.push({ line, field: name, message: `Thẻ <${name}> có biểu thức {…} là mã lệnh. Hãy xóa phần {…} và ghi thuộc tính dạng ten="giá trị".` });
        continue;
      }
      const attributeName = attribute.name ?? '';
      if (/^on/i.test(attributeName)) {
        problems.push({
          line,
          field: name,
          message: `Thẻ <${name}> có thuộc tính "${attributeName}" dùng để chạy mã. Hãy xóa thuộc tính này.`,
        });
      }
      if (attribute.value && typeof attribute.value === 'object') {
        problems.push({
          line,
          field: name,
          message: `Thuộc tính "${attributeName}" của thẻ <${name}> dùng biểu thức {…}, là mã lệnh. Hãy ghi giá trị trong dấu ngoặc kép, ví dụ ${attributeName}="…".`,
        });
      } else if (typeof attribute.value === 'string' && isDangerousUrl(attribute.value)) {
        problems.push({
          line,
          field: name,
          message: `Thuộc tính "${attributeName}" của thẻ <${name}> bắt đầu bằng "javascript:" hoặc "data:", không được phép. Hãy dùng địa chỉ https:// hoặc tệp có sẵn.`,
        });
      }
    }
  }
  return problems;
}

/** Parses and applies the restriction rules; the syntax error, if any, is the only problem. */
export function checkMdxSafety(source: string): { tree?: MdxNode; problems: BodyProblem[] } {
  const parsed = parseMdx(source);
  if (parsed.syntaxError) return { problems: [parsed.syntaxError] };
  return { tree: parsed.tree, problems: safetyProblems(parsed.tree) };
}

/** The values of plain attributes (a bare flag counts as empty); expression attributes are left out. */
export function attributeValues(node: MdxNode): Record<string, string> {
  const values: Record<string, string> = {};
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
    if (typeof attribute.value === 'string') values[attribute.name] = attribute.value;
    else if (attribute.value == null) values[attribute.name] = '';
  }
  return values;
}

export { isJsx as isJsxElement };
